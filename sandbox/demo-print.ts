/** How the demo (`npm start`) prints: lined-up rows, the requests of each step, and no secrets. */
import type { Harness } from './harness';
import type { OutboxEntry, RequestRecord } from './index';

/** The terminal's width (100 when it is not a terminal), at most 120. */
export const WIDTH = Math.min(process.stdout.columns || 100, 120);
export const LABEL = 12;
/** The values to hide (the API key, the Activity Hook's token, the bearer): the demo adds them. */
export const secrets: string[] = [];

/** `--verbose`: every output and request in full. */
export const options = { verbose: false };

/** Hides the API key and the Activity Hook's token wherever they would show. */
export const redact = (text: string): string => secrets.reduce((t, secret) => t.split(secret).join('••••'), text);

export const short = (value: unknown, max = WIDTH - LABEL - 4): string => {
  const text = redact(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)).replace(/\s*\n\s*/g, ' ⏎ ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

/** `   label       value`, the values lined up (a longer label pushes its value right). */
export const row = (label: string, value: unknown, width = LABEL): void => {
  const padded = label.length >= width ? `${label} ` : label.padEnd(width);
  console.log(`   ${padded}${short(value, WIDTH - padded.length - 4)}`);
};

export const heading = (n: number, title: string, ms?: number): void => {
  const time = ms === undefined ? '' : `${Math.round(ms)} ms`;
  const left = `${n}. ${title}`;
  console.log(`\n${left}${time.padStart(Math.max(Math.min(WIDTH, 80) - left.length, time.length + 2))}`);
};

const requestLines = (requests: readonly RequestRecord[]): string[] =>
  requests.map((r) => `${r.method} ${redact(decodeURIComponent(r.url))} → ${r.status ?? 'no answer'}`);

export const showRequests = (requests: readonly RequestRecord[]): void => {
  const lines = requestLines(requests);
  if (lines.length === 0) row('requests', 'none');
  lines.forEach((line, i) => row(i === 0 ? `requests` : '', line));
  if (options.verbose) {
    for (const r of requests) {
      const headers = { ...r.headers, ...(r.headers['x-api-key'] ? { 'x-api-key': '••••' } : {}) };
      console.log(indent(redact(JSON.stringify({ request: `${r.method} ${r.url}`, headers, body: r.body }, null, 2)), 6));
    }
  }
};

const indent = (text: string, by: number): string => text.replace(/^/gm, ' '.repeat(by));

export const showVerbose = (what: string, value: unknown): void => {
  if (options.verbose) console.log(`   ${what}:\n${indent(redact(JSON.stringify(value, null, 2)), 6)}`);
};

/** The message of a Zapier error (z.errors.Error carries JSON). */
export const messageOf = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  try {
    const parsed = JSON.parse(message) as { message?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {
    // a plain message
  }
  return message;
};

/** One line for an outbox entry, naming people. */
export const describeOutbox = (h: Harness, entry: OutboxEntry): string => {
  const name = (uuid: string | null) => (uuid ? (h.sandbox.state.users.get(uuid)?.full_name ?? uuid) : 'DailyBot');
  const names = (uuids: readonly string[]) => uuids.map(name).join(', ') || '—';
  switch (entry.kind) {
    case 'message':
      return `to ${names(entry.recipients)}: ${entry.message ?? ''}`;
    case 'kudos':
      return `${name(entry.giver)} → ${names(entry.receivers)}: ${entry.content}`;
    case 'activity':
      return `${name(entry.user)} · ${entry.custom_type}: ${entry.message}`;
    case 'email':
      return `to ${names(entry.recipients)}: ${entry.email_subject}`;
    case 'reminder':
      return `to ${names(entry.recipients)} for ${entry.date}`;
    case 'conversation':
      return `${entry.channel} with ${names(entry.users)}`;
    case 'click':
      return `${name(entry.user)} clicked “${entry.label}” → callback ${entry.callback_status ?? 'none'}`;
    case 'workflow':
      return `${h.sandbox.state.workflows.get(entry.workflow)?.name ?? entry.workflow} by ${name(entry.by)} with ${JSON.stringify(entry.payload)}`;
    case 'workflow_event':
      return `event ${entry.event_type} with ${JSON.stringify(entry.fields)}${entry.secret_ok ? '' : ' (wrong secret)'}`;
  }
};
