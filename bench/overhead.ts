/**
 * Section 4: what the app adds to one request. `send_message` through the app (zapier-platform-core's
 * runtime, input rules, middleware, answer parsing) against a bare `fetch` of the very request the app
 * sent (same URL, method, headers and body, taken from the sandbox's request log) to the same sandbox.
 * Recipients are UUIDs, so the step makes exactly that one request. A third series runs a step that
 * does next to nothing through the same runtime (a hook's perform handed a delivery with the wrong
 * bearer: one check, then no items): about what zapier-platform-core itself costs a step. The three run
 * in turn (A, B, C, A, B, C…) after a warm-up, so drift (GC, CPU frequency, other work on the
 * machine) hits them alike.
 */
import type { CaughtDelivery, Harness, HookSubscription } from '../sandbox/harness';
import type { Section } from './section';
import { median, ms, percentile, times } from './stats';
import type { Row } from './table';

// taken when the benchmark loads, before zapier-platform-core's runtime wraps it (it logs every fetch once a step has run)
const bareFetch = globalThis.fetch;
const SAMPLES = 200;

export interface OverheadRun {
  samples: number;
  appMs: number;
  fetchMs: number;
  /** A step that does next to nothing, through the same runtime: about core's share. */
  emptyMs: number;
  appP90: number;
  fetchP90: number;
  ratio: number;
  /** The bare request matched the app's: same status and the same body bytes. */
  same: boolean;
}

/** Headers a client may not set itself (fetch sets them). */
const TRANSPORT_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

export const measureOverhead = async (h: Harness, bareFetch: typeof fetch, samples = 200, warmup = 30): Promise<OverheadRun> => {
  const { state } = h.sandbox;
  const demo = state.demo;
  const targets = [demo.manager, ...[...state.users.values()].filter((u) => u.is_active && u.uuid !== demo.owner && u.uuid !== demo.manager).slice(0, 2).map((u) => u.uuid)];
  const input = { message: 'Deployment completed successfully! ✅', target_users: targets.join(', ') };

  // the request the app sends, as the sandbox received it
  const probe = await h.create('send_message', input);
  if (probe.requests.length !== 1) throw new Error(`send_message with UUIDs made ${probe.requests.length} requests, not 1.`);
  const sent = probe.requests[0]!;
  const url = `${h.sandbox.url}${sent.url}`;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(sent.headers)) {
    if (value !== undefined && !TRANSPORT_HEADERS.has(name)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const body = JSON.stringify(sent.body);
  const sentLength = Number(sent.headers['content-length']);
  const bare = async (): Promise<{ ms: number; status: number }> => {
    const started = performance.now();
    const response = await bareFetch(url, { method: sent.method, headers, body });
    await response.text();
    return { ms: performance.now() - started, status: response.status };
  };
  const app = async (): Promise<number> => (await h.create('send_message', input)).ms;
  // a delivery the trigger ignores: its bearer is not the subscription's
  const subscription: HookSubscription = { key: 'kudos_posted', inputData: {}, targetUrl: `${h.hook.origin}/hooks/catch/bench/`, subscribeData: { id: 'bench', bearer: 'expected' } };
  const ignored: CaughtDelivery = { seq: 0, method: 'POST', url: '/hooks/catch/bench/', headers: { 'x-bearer': 'other' }, text: '{}', body: { event: 'kudos.posted', body: {} }, receivedAt: 0 };
  const empty = async (): Promise<number> => {
    const run = await h.perform(subscription, ignored);
    if (run.output.length !== 0) throw new Error('The trigger did not ignore a delivery with the wrong bearer.');
    return run.ms;
  };

  for (let i = 0; i < warmup; i += 1) {
    await app();
    await bare();
    await empty();
  }
  const appTimes: number[] = [];
  const fetchTimes: number[] = [];
  const emptyTimes: number[] = [];
  let statuses = new Set<number>();
  for (let i = 0; i < samples; i += 1) {
    appTimes.push(await app());
    const { ms, status } = await bare();
    fetchTimes.push(ms);
    statuses.add(status);
    emptyTimes.push(await empty());
  }
  statuses = new Set([...statuses, sent.status ?? 0]);
  const appMs = median(appTimes);
  const fetchMs = median(fetchTimes);
  return {
    samples,
    appMs,
    fetchMs,
    emptyMs: median(emptyTimes),
    appP90: percentile(appTimes, 90),
    fetchP90: percentile(fetchTimes, 90),
    ratio: appMs / fetchMs,
    same: statuses.size === 1 && (!Number.isFinite(sentLength) || Buffer.byteLength(body) === sentLength),
  };
};

export const overheadRows = (o: OverheadRun): Row[] => [
  { measure: 'send_message through the app', result: ms(o.appMs), goal: 'baseline', why: `p90 ${ms(o.appP90)}; UUID recipients, so one request` },
  { measure: 'bare fetch, same request', result: ms(o.fetchMs), goal: 'baseline', why: `p90 ${ms(o.fetchP90)}; same URL, headers and body${o.same ? '' : ' (NOTE: the answers differed)'}` },
  { measure: 'app ÷ bare fetch', result: times(o.ratio), goal: 'no goal set', why: `the app adds ${ms(o.appMs - o.fetchMs)} per step` },
  {
    measure: 'a step doing next to nothing, same runtime',
    result: ms(o.emptyMs),
    goal: 'no goal set',
    why: `about core’s own share per step (a hook perform ignoring a delivery); send_message’s own work and its request: the other ${ms(o.appMs - o.emptyMs)}`,
  },
];

export const overheadSection: Section<Harness> = {
  progress: `per-step overhead (${SAMPLES} × app, bare fetch, a step doing nothing)`,
  run: async (h) => {
    const o = await measureOverhead(h, bareFetch, SAMPLES);
    return {
      title: `Per-step overhead: send_message through the app vs a bare fetch of the same request; ${o.samples} each, interleaved, after a warm-up; medians`,
      rows: overheadRows(o),
    };
  },
  how: ['- Overhead: medians of `send_message` through the harness and of a bare `fetch` replaying the request the app sent.'],
};
