/**
 * The connection's secrets (the API key, the Activity Hook URL) in every form a text may hold them,
 * and the one function that hides them: `redact`. Every error message built from what a server
 * said goes through it, and the same forms are handed to zapier-platform-core's log scrubber
 * (src/http/middleware.ts), so a log line hides exactly what a message hides.
 */
import type { Bundle } from 'zapier-platform-core';

/** What replaces a secret in a message. */
export const HIDDEN = '[hidden]';

/** Shorter strings are not secrets (core's scrubber uses the same floor). */
const MIN_SECRET_LENGTH = 6;

/** A path segment made of plain words ("activity-hook") names a place, not a secret, unless it is long. */
const looksLikeWords = (segment: string): boolean => segment.length < 16 && /^[a-z]+(?:[-_.][a-z]+)*$/i.test(segment);

const withoutTrailingSlashes = (text: string): string => text.replace(/\/+$/, '');

/** The forms of one URL-shaped secret: with and without scheme and trailing slash, its path, last segment, query values. */
const urlForms = (value: string): string[] => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [];
  const bare = withoutTrailingSlashes(value.replace(/[?#].*$/, ''));
  const path = withoutTrailingSlashes(url.pathname);
  const segments = path.split('/').filter(Boolean);
  const last = segments.at(-1);
  const forms = [bare, `${bare}/`, bare.replace(/^https?:\/\//i, ''), url.href];
  if (segments.length > 0) forms.push(path, `${path}/`, path.replace(/^\/+/, ''));
  if (last && !looksLikeWords(decodeURIComponent(last))) forms.push(last, decodeURIComponent(last));
  for (const queryValue of url.searchParams.values()) forms.push(queryValue);
  return forms;
};

/**
 * Every form of every secret in the connection: the value as saved, trimmed, and for a URL the forms
 * above; each also percent-encoded (as it appears inside another URL, an `upgrade_url` say).
 * Longest first, so a whole URL is hidden before its parts.
 */
export const secretForms = (authData: Bundle['authData'] | undefined): string[] => {
  const forms = new Set<string>();
  for (const value of Object.values(authData ?? {})) {
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    for (const form of [value, trimmed, ...urlForms(trimmed)]) {
      if (form.length < MIN_SECRET_LENGTH) continue;
      forms.add(form);
      forms.add(encodeURIComponent(form));
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every form of every secret of the connection that a text may hold (any letter case). */
export const redact = (text: string, bundle: Pick<Bundle, 'authData'> | undefined): string => {
  const forms = secretForms(bundle?.authData);
  if (forms.length === 0) return text;
  return text.replace(new RegExp(forms.map(escapeRegExp).join('|'), 'gi'), HIDDEN);
};

/**
 * zapier-platform-core scrubs from its logs (the HTTP line of every request included) the saved
 * connection values whose key looks secret (`api_key`), but logs a plain URL under any other key as
 * it is: `activity_hook_url` is public API (SURFACE.md) and cannot be renamed. So before the first
 * request of a run, every form of every secret is added to the run's `bundle.authData` under keys
 * core reads as secret (`…_secret_…`); core reads `bundle.authData` each time it logs, and hides them
 * all. A new object: the connection as saved is never changed, only this run's view of it.
 */
const LOG_SECRET_PREFIX = 'dailybot_log_secret_';

export const hideSecretsFromCoreLogs = (bundle: Bundle | undefined): void => {
  const authData = bundle?.authData;
  if (!bundle || !authData || Object.keys(authData).some((key) => key.startsWith(LOG_SECRET_PREFIX))) return;
  const forms = new Set<string>();
  // core's scrubber matches letter case exactly: the forms as saved, in capitals and in small letters
  for (const form of secretForms(authData)) for (const variant of [form, form.toUpperCase(), form.toLowerCase()]) forms.add(variant);
  bundle.authData = { ...authData, ...Object.fromEntries([...forms].map((form, index) => [`${LOG_SECRET_PREFIX}${index}`, form])) };
};

/** The keys under which `hideRunSecret` hands core a run's own secrets (core reads any key with "secret" as one). */
const RUN_SECRET_PREFIX = 'dailybot_run_secret_';

/**
 * A secret of this one run that is no connection value (Ask in Chat's callback URL): from now on in
 * this run, core's log lines (the HTTP line of the request that carries it included), error messages
 * built with `redact` and answers read with `redactAnswer` hide it in every form, as the connection's.
 */
export const hideRunSecret = (bundle: Bundle, value: string): void => {
  hideSecretsFromCoreLogs(bundle);
  const forms = new Set<string>();
  const trimmed = value.trim();
  for (const form of [value, trimmed, ...urlForms(trimmed)]) {
    if (form.length < MIN_SECRET_LENGTH) continue;
    for (const variant of [form, encodeURIComponent(form)]) for (const cased of [variant, variant.toUpperCase(), variant.toLowerCase()]) forms.add(cased);
  }
  const authData = bundle.authData ?? {};
  const start = Object.keys(authData).filter((key) => key.startsWith(RUN_SECRET_PREFIX)).length;
  bundle.authData = { ...authData, ...Object.fromEntries([...forms].map((form, index) => [`${RUN_SECRET_PREFIX}${start + index}`, form])) };
};

/** How deep `redactAnswer` walks a parsed answer; deeper values are dropped (no answer DailyBot documents nests past a few levels). */
const ANSWER_DEPTH_LIMIT = 32;

const redactValue = (value: unknown, hide: (text: string) => string, depth: number): unknown => {
  if (typeof value === 'string') return hide(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= ANSWER_DEPTH_LIMIT) return null;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, hide, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [hide(key), redactValue(item, hide, depth + 1)]));
};

/**
 * A server's answer with every form of every secret hidden, in its text and in its parsed data, so no
 * step can put one in an output, an error or a later request (a hostile or misconfigured server
 * echoing the key in a success `detail`, say). Most answers hold none: a quick look at the text (with
 * JSON's `\/` read as `/`) spares them the walk. `undefined` when nothing needed hiding.
 */
export const redactAnswer = (
  content: string,
  data: unknown,
  bundle: Pick<Bundle, 'authData'> | undefined,
): { content: string; data: unknown } | undefined => {
  const forms = secretForms(bundle?.authData);
  if (forms.length === 0 || content === '') return undefined;
  const text = content.replace(/\\\//g, '/').toLowerCase();
  if (!forms.some((form) => text.includes(form.toLowerCase()))) return undefined;
  const hide = (value: string): string => redact(value, bundle);
  return { content: hide(content), data: redactValue(data, hide, 0) };
};
