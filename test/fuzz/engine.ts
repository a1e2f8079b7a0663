/**
 * Runs one step of the app on one input as Zapier would (core's own createApp, createInput and
 * logger: the same middleware, output checks and log scrubbing), with every API answer coming
 * from the input, and reports what happened: a result, an error Zapier shows (a z.errors.* error),
 * or a crash (anything else: core would append the whole bundle to it); any secret in the output,
 * the message or the logs; any request to a host that is not DailyBot's API; and the time it took.
 *
 * The app is compiled once (appTester compiles it on every call, half of a run's time).
 */
import nock from 'nock';

import { setResolver } from '../../src/http/resolve';
import { compiledApp, core } from '../core';
import { API_KEY, HOOK_URL, SECRETS, TRIGGER_SECRET, TRIGGER_URL, type Answer } from './hostile';


export const API_ORIGIN = 'https://api.dailybot.com';
export const authData = { api_key: API_KEY, activity_hook_url: HOOK_URL, workflow_trigger_url: TRIGGER_URL, workflow_trigger_secret: TRIGGER_SECRET };

export interface Outcome {
  ok: boolean;
  crash?: string;
  leaks: string[];
  stray: string[];
  ms: number;
  /** Requests the API answered in this run. */
  requests: number;
  output: unknown;
  /** The request bodies the API received (parsed JSON). */
  sent: unknown[];
}

/** The answers the API gives during the current run, in order (the last one again once they run out). */
let answers: Answer[] = [];
let answered = 0;
const stray: string[] = [];

/** The request bodies the API received in the current run. */
const sent: unknown[] = [];

const reply = (received?: unknown): [number, string | Buffer, Record<string, string>] => {
  if (received !== undefined && received !== '') sent.push(received);
  const answer = answers[Math.min(answered, answers.length - 1)] ?? { status: 200, body: {}, headers: {} };
  answered += 1;
  const empty = answer.status === 204 || (answer.status >= 300 && answer.status < 400);
  const body = empty ? '' : typeof answer.body === 'string' ? answer.body : (JSON.stringify(answer.body) ?? 'null');
  const json = typeof answer.body !== 'string';
  return [answer.status, body, { ...(json && !empty ? { 'Content-Type': 'application/json' } : {}), ...answer.headers }];
};

let started = false;
/** Net connect off (but for 127.0.0.1), every method on the API origin answered from `answers`, and every other request counted. */
export const startNetwork = (): void => {
  if (started) return;
  started = true;
  // no DNS here: every name answers a public address (the hook host check still runs)
  setResolver(async () => [{ address: '93.184.215.14', family: 4 }]);
  nock.disableNetConnect();
  nock.enableNetConnect((host) => host.startsWith('127.0.0.1'));
  for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']) {
    nock(API_ORIGIN)
      .persist()
      .intercept(/.*/, method)
      .reply((_uri, body) => reply(body));
  }
  nock.emitter.on('no match', (req: { method?: string; href?: string; host?: string; hostname?: string; path?: string }) => {
    const where = req.href ?? `${req.hostname ?? req.host ?? '?'}${req.path ?? ''}`;
    if (!/^(https?:\/\/)?127\.0\.0\.1/.test(where)) stray.push(`${req.method ?? '?'} ${where}`);
  });
};

/** Removes the fuzz's interceptors; the network stays off but for this machine. */
export const stopNetwork = (): void => {
  nock.cleanAll();
  setResolver(undefined);
  nock.emitter.removeAllListeners('no match');
  nock.enableNetConnect((host) => host.startsWith('127.0.0.1') || host.startsWith('localhost'));
  started = false;
};

/** The secret forms a leak is searched for: as saved, lower-cased, percent-encoded. */
const needles = SECRETS.flatMap((secret) => [secret.toLowerCase(), encodeURIComponent(secret).toLowerCase()]);

const leaksIn = (where: string, text: string): string[] => {
  const lower = text.toLowerCase();
  return needles.some((needle) => lower.includes(needle)) ? [where] : [];
};

/** Runs `method` (`triggers.x.operation.perform`…) with `bundle`, the API answering `apiAnswers`. */
export const runStep = async (method: string, bundle: Record<string, unknown>, apiAnswers: Answer[]): Promise<Outcome> => {
  const { app, definition } = compiledApp();
  answers = apiAnswers;
  answered = 0;
  stray.length = 0;
  sent.length = 0;
  const logLines: string[] = [];
  const event = {
    command: 'execute',
    method,
    bundle: { authData, ...bundle },
    zcacheTestObj: {},
    customLogger: (message: unknown, data: unknown) => logLines.push(`${String(message)} ${safeJson(data)}`),
  };
  const logBuffer: unknown[] = [];
  const logger = core.createLogger(event, { logBuffer });
  const input = core.createInput(definition, event, logger, logBuffer, core.createRpcClient(event));
  const consoleLines: string[] = [];
  const original = { log: console.log, error: console.error };
  console.log = (...args: unknown[]) => void consoleLines.push(args.map(String).join(' '));
  console.error = console.log;
  const startedAt = performance.now();
  let output: unknown;
  let error: (Error & { doNotContextify?: boolean }) | undefined;
  try {
    output = (await app(input)).results;
  } catch (e) {
    error = e instanceof Error ? e : new Error(String(e));
  } finally {
    console.log = original.log;
    console.error = original.error;
  }
  const ms = performance.now() - startedAt;
  const crash = error && !ZAPIER_ERRORS.has(error.name) ? `${error.name}: ${error.message.split('\n')[0]!.slice(0, 160)} ${whereFrom(error)}` : undefined;
  const leaks = [
    ...leaksIn('output', safeJson(output)),
    ...leaksIn(`message of ${error?.name ?? ''}`, error?.message ?? ''),
    ...leaksIn('log', logLines.join('\n')),
    ...leaksIn('console', consoleLines.join('\n')),
  ];
  return { ok: !error, crash, leaks, stray: [...stray], ms, requests: answered, output, sent: [...sent] };
};

/** The errors Zapier shows as the step's own (z.errors.*): anything else is a crash. */
const ZAPIER_ERRORS = new Set(['AppError', 'ResponseError', 'ThrottledError', 'CheckError', 'DehydrateError', 'ExpiredAuthError', 'HaltedError', 'RefreshAuthError', 'StopRequestError']);

/** Where in the app (or core) a crash came from: its first frames outside node_modules' internals. */
const whereFrom = (error: Error): string =>
  `at ${(error.stack ?? '')
    .split('\n')
    .filter((line) => /\((.*\/(src|index)\/?[^)]*)\)/.test(line) && !line.includes('node:'))
    .slice(0, 2)
    .map((line) => line.trim().replace(/^at /, '').replace(/\/.*\/(src|node_modules)\//, '$1/'))
    .join(' < ')}`;

const safeJson = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? '';
  } catch (e) {
    return `(not JSON: ${(e as Error).message})`;
  }
};
