/**
 * Ask in Chat's buttons and what a click sends back.
 *
 * Each button's value is `<question id>:<choice number>`, the question ID a short tag derived from
 * the run's Zapier callback URL, so a value tells which run and which choice it is. What DailyBot
 * POSTs to a button's `callback_url` is not documented anywhere we could read (its official CLI only
 * says "the server POSTs the button value on click (may include modal answers)"), so `readClick`
 * accepts every plausible shape: the value at the top level or nested (`button`, `action`,
 * `actions[]`, `payload`, `data`, a JSON text), with or without who clicked and when. The sandbox
 * models one shape (sandbox/README.md).
 */
import { createHash } from 'node:crypto';

/** `q` and 10 hex digits of the callback URL's SHA-256: short, and the same for every button of a run. */
export const questionId = (callbackUrl: string): string => `q${createHash('sha256').update(callbackUrl).digest('hex').slice(0, 10)}`;

/** Any http(s) URL in a text. */
const URL_IN_TEXT = /https?:\/\/[^\s"'<>\\]+/gi;

/** Zapier's callback URLs (every run's is a secret). */
const ZAPIER_HOOK = /^https?:\/\/hooks\.zapier\.com\//i;

/**
 * A click's body as the step outputs it (`raw_callback`), without the run's callback URL: DailyBot
 * may echo it (with the button), and it is a secret of the run. A URL is the callback URL when its
 * questionId is the question's (with or without trailing punctuation), or when it is Zapier's hook.
 */
export const withoutCallbackUrl = (body: unknown, question: string, depth = 0): unknown => {
  if (typeof body === 'string') {
    const isCallback = (url: string) => questionId(url) === question || ZAPIER_HOOK.test(url);
    return body.replace(URL_IN_TEXT, (url) => {
      if (isCallback(url)) return '[hidden]';
      const bare = url.replace(/[.,;:!?)\]}]+$/, '');
      return isCallback(bare) ? `[hidden]${url.slice(bare.length)}` : url;
    });
  }
  if (body === null || typeof body !== 'object' || depth > MAX_DEPTH * 2) return typeof body === 'object' && body !== null ? null : body;
  if (Array.isArray(body)) return body.map((item) => withoutCallbackUrl(item, question, depth + 1));
  return Object.fromEntries(Object.entries(body).map(([key, item]) => [key, withoutCallbackUrl(item, question, depth + 1)]));
};

export const choiceValue = (question: string, index: number): string => `${question}:${index + 1}`;

const VALUE = /^(q[0-9a-f]{10}):(\d{1,2})$/;
const VALUE_KEYS = new Set(['value', 'button_value', 'action_value', 'selected_value', 'clicked_value']);
const WHO_KEYS = ['user', 'clicked_by', 'answered_by', 'responder', 'actor', 'sender', 'member'];
const TIME_KEYS = ['clicked_at', 'answered_at', 'action_ts', 'timestamp', 'created_at', 'event_timestamp'];
const MAX_DEPTH = 6;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A JSON text (Slack-style `payload=…`) read as what it holds; anything else as it is. */
const unwrap = (v: unknown): unknown => {
  if (typeof v !== 'string' || !/^\s*[[{]/.test(v)) return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
};

/** Every text under a value-like key, anywhere in the body (depth-limited). */
const valuesIn = (node: unknown, depth = 0, out: string[] = []): string[] => {
  const v = unwrap(node);
  if (depth > MAX_DEPTH) return out;
  if (Array.isArray(v)) for (const item of v) valuesIn(item, depth + 1, out);
  else if (isObject(v)) {
    for (const [key, item] of Object.entries(v)) {
      const inner = unwrap(item);
      if (VALUE_KEYS.has(key) && (typeof inner === 'string' || typeof inner === 'number')) out.push(String(inner).trim());
      else valuesIn(inner, depth + 1, out);
    }
  }
  return out;
};

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** The first object under one of `keys` (at the top, or one level down), breadth first. */
const findObject = (body: Json, keys: readonly string[]): Json | undefined => {
  const levels: Json[] = [body, ...Object.values(body).map(unwrap).filter(isObject)];
  for (const level of levels) for (const key of keys) if (isObject(unwrap(level[key]))) return unwrap(level[key]) as Json;
  return undefined;
};

export interface Clicker {
  uuid: string | null;
  name: string | null;
  email: string | null;
}

/** Who clicked, when DailyBot says: a `user`-like object, or `user_uuid` / `user_email` / `user_name` beside the value. */
export const whoClicked = (body: Json): Clicker => {
  const who = findObject(body, WHO_KEYS) ?? {};
  const first = (...values: unknown[]) => values.map(text).find((v) => v !== null) ?? null;
  return {
    uuid: first(who.uuid, who.id, who.user_uuid, body.user_uuid, body.user_id),
    name: first(who.full_name, who.name, who.display_name, who.real_name, body.user_full_name, body.user_name),
    email: first(who.email, body.user_email, body.email),
  };
};

/** When the click happened, as ISO 8601: DailyBot's time when it sends one (epoch seconds, ms or a date), else `now`. */
export const whenClicked = (body: Json, now: Date): string => {
  for (const level of [body, ...Object.values(body).map(unwrap).filter(isObject)]) {
    for (const key of TIME_KEYS) {
      const v = level[key];
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
      const date = Number.isFinite(n) ? new Date(n < 1e12 ? n * 1000 : n) : typeof v === 'string' ? new Date(v) : undefined;
      if (date && !Number.isNaN(date.getTime())) return date.toISOString();
    }
  }
  return now.toISOString();
};

export type Click =
  | { kind: 'answer'; index: number }
  /** No button value at all in the body. */
  | { kind: 'none' }
  /** Values of another question, or choice numbers this question did not offer. */
  | { kind: 'foreign'; values: string[] }
  /** Values of two different choices of this question. */
  | { kind: 'ambiguous' };

/** Which of `choices` the click chose, if the body says so unambiguously. */
export const readClick = (body: unknown, question: string, choices: number): Click => {
  const values = [...new Set(valuesIn(body))];
  if (values.length === 0) return { kind: 'none' };
  const mine = new Set<number>();
  for (const value of values) {
    const m = VALUE.exec(value);
    if (m && m[1] === question && Number(m[2]) >= 1 && Number(m[2]) <= choices) mine.add(Number(m[2]) - 1);
  }
  if (mine.size === 0) return { kind: 'foreign', values };
  if (mine.size > 1) return { kind: 'ambiguous' };
  return { kind: 'answer', index: [...mine][0]! };
};
