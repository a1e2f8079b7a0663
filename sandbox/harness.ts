/**
 * Drives the app against the sandbox the way Zapier runs it: the app's own definitions
 * (`index.ts`) through zapier-platform-core's runtime (`createAppTester`), a connection to the
 * sandbox, and a local "catch hook" that stands in for Zapier's webhook receiver. Shared by
 * `npm start` (sandbox/demo.ts), the end-to-end tests (test/e2e/) and benchmarks.
 *
 *   const h = await startHarness({ users: 25 });
 *   const auth = await h.authTest();                          // { output, requests, ms }
 *   const sub = await h.subscribe('checkin_blocker_reported', { checkin: h.sandbox.state.demo.standup });
 *   h.sandbox.state.completeCheckinResponse(h.sandbox.state.demo.standup, { blocker: true });
 *   const [delivery] = await h.hook.waitFor(1, { url: sub.output.targetUrl });
 *   const items = await h.perform(sub.output, delivery!);     // the trigger's mappable fields
 *   await h.create('send_message', { message: 'Hi', target_users: ['priya@…'] });
 *   await h.unsubscribe(sub.output);
 *   const ask = await h.createWaiting('ask_in_chat', { message: 'Help?', target_users: […], choices: ['Yes', 'No'] });
 *   await h.sandbox.state.clickButton(ask.output.bot_message_id, { button: 'Yes' });   // POSTs to ask.callbackUrl
 *   const [click] = await h.hook.waitFor(1, { url: ask.callbackUrl });
 *   const answer = await h.resume('ask_in_chat', ask, click!);                           // performResume
 *   await h.close();
 *
 * Every step returns what it gave, the requests the sandbox received while it ran (steps are
 * timed and counted one at a time: run steps side by side only when you do not need their requests)
 * and how long it took. A step that fails throws the app's error unchanged (a `z.errors.*` error).
 */
import zapier, { type Bundle } from 'zapier-platform-core';

import type AppDefinition from '../index';
import { startCatchHook, zapierRequest, type CatchHook, type CaughtDelivery } from './catch-hook';
import { startSandbox, type RequestRecord, type Sandbox, type SandboxOptions } from './index';

/**
 * The app from its TypeScript sources (index.ts). Named with its extension on purpose: a bare
 * `../index` now finds the root index.js first, which loads the last build (dist/), missing in a
 * fresh clone and stale after an edit; the demo and the tests must run the code as it is.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const App = (require('../index.ts') as { default: typeof AppDefinition }).default;

export { startCatchHook, zapierRequest, type CatchHook, type CaughtDelivery } from './catch-hook';

// ── The harness ─────────────────────────────────────────────────────────────────────────────────

export interface HarnessOptions extends SandboxOptions {
  /**
   * Keep one `z.cache` for every step, waiting or not, as Zapier keeps one per connection (what one step cached, such
   * as the user directory, the next step reads instead of asking DailyBot again). Default: each step starts empty.
   */
  keepCache?: boolean;
}

/** The connection fields (authData) for the sandbox's organization. */
export interface SandboxConnection {
  api_key: string;
  activity_hook_url: string;
  workflow_trigger_url: string;
  workflow_trigger_secret: string;
}

/** What one step gave, the sandbox requests it made, and its time. */
export interface StepRun<T> {
  output: T;
  requests: RequestRecord[];
  ms: number;
}

/** A trigger's live subscription: what `performSubscribe` returned, and where deliveries arrive. */
export interface HookSubscription {
  key: string;
  inputData: Record<string, unknown>;
  targetUrl: string;
  subscribeData: Record<string, unknown>;
}

export type StepKind = 'triggers' | 'creates' | 'searches';

/** A waiting action's run: its `perform` output, and the callback URL it was given. */
export interface WaitingRun<T> extends StepRun<T> {
  callbackUrl: string;
  inputData: Record<string, unknown>;
}

/** The parts of a bundle a run may set; `authData` is the sandbox connection unless given. */
export type RunBundle = Omit<Partial<Bundle>, 'inputData' | 'subscribeData'> & {
  inputData?: Record<string, unknown>;
  subscribeData?: Record<string, unknown>;
};
type Operation = Record<string, unknown> & { perform?: unknown; performList?: unknown; performSubscribe?: unknown; performUnsubscribe?: unknown };

export interface Harness {
  sandbox: Sandbox;
  hook: CatchHook;
  authData: SandboxConnection;
  /** Runs one of the app's functions with the sandbox connection (plus `bundle`), measured. */
  run<T>(fn: unknown, bundle?: RunBundle): Promise<StepRun<T>>;
  /** A step's function by kind, key and method: `fn('creates', 'send_message')`. */
  fn(kind: StepKind, key: string, method?: string): unknown;
  /** The connection test (`GET /me/`). */
  authTest(): Promise<StepRun<Record<string, unknown>>>;
  /** The connection label Zapier shows, rendered from the test's output. */
  connectionLabel(testOutput: Record<string, unknown>): string;
  create<T = Record<string, unknown>>(key: string, inputData: Record<string, unknown>): Promise<StepRun<T>>;
  search<T = Record<string, unknown>>(key: string, inputData: Record<string, unknown>): Promise<StepRun<T[]>>;
  /** Turns a trigger on: `performSubscribe` with a catch-hook URL of its own (named `hookName`, default the key). */
  subscribe(key: string, inputData?: Record<string, unknown>, hookName?: string): Promise<StepRun<HookSubscription>>;
  /** A delivery through the trigger's `perform`, as Zapier hands it over. */
  perform<T = Record<string, unknown>>(subscription: HookSubscription, delivery: CaughtDelivery): Promise<StepRun<T[]>>;
  /** The trigger's test step (`performList`). */
  performList<T = Record<string, unknown>>(key: string, inputData?: Record<string, unknown>): Promise<StepRun<T[]>>;
  /** Turns the trigger off (`performUnsubscribe`). */
  unsubscribe(subscription: HookSubscription): Promise<StepRun<Record<string, unknown>>>;
  /**
   * An action that waits for a callback (Ask in Chat): `perform` gets a callback URL of its own on the
   * catch hook from `z.generateCallbackUrl()`, as Zapier gives one per run (named `name`).
   */
  createWaiting<T = Record<string, unknown>>(key: string, inputData: Record<string, unknown>, name?: string): Promise<WaitingRun<T>>;
  /** The callback the catch hook received, through the action's `performResume` (`outputData` = what `perform` gave). */
  resume<T = Record<string, unknown>>(key: string, waiting: WaitingRun<unknown>, callback: CaughtDelivery): Promise<StepRun<T>>;
  /** A bookmark in the sandbox's request log, and the requests after it. */
  mark(): number;
  requestsSince(mark: number): RequestRecord[];
  /** Stops the catch hook and the sandbox. */
  close(): Promise<void>;
}

/** `{{key}}` → the value, as Zapier renders a connection label. */
export const renderLabel = (template: string, data: Record<string, unknown>): string =>
  template.replace(/{{\s*([\w.]+)\s*}}/g, (_m, key: string) => {
    const value = key.split(/\.|__/).reduce<unknown>((at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined), data);
    return value === undefined || value === null ? '' : String(value);
  });

export const startHarness = async (options: HarnessOptions = {}): Promise<Harness> => {
  const { keepCache = false, ...sandboxOptions } = options;
  const sandbox = await startSandbox(sandboxOptions);
  const hook = await startCatchHook();
  const authData: SandboxConnection = {
    api_key: sandbox.apiKey,
    activity_hook_url: sandbox.activityHookUrl,
    workflow_trigger_url: sandbox.workflowTriggerUrl,
    workflow_trigger_secret: sandbox.workflowTriggerSecret,
  };
  const tester = zapier.createAppTester(App);
  // core's app tester hands every run the same remote callback URL: a waiting action runs through the handler itself
  // (createAppHandler is in core's runtime exports, not in its type declarations)
  const handler = (zapier as unknown as { createAppHandler(app: unknown): (event: Record<string, unknown>) => Promise<{ results: unknown }> }).createAppHandler(App);
  // the connection's z.cache: the tester's own store, which waiting runs (through the handler) share when it is kept
  const store = tester as unknown as { zcacheTestObj: Record<string, unknown> };
  let callbacks = 0;
  const app = App as unknown as Record<StepKind, Record<string, { operation: Operation }>> & {
    authentication: { test: unknown; connectionLabel?: string };
  };

  const lastId = (): number => sandbox.state.requests.at(-1)?.id ?? 0;
  const requestsSince = (mark: number): RequestRecord[] => sandbox.state.requests.filter((r) => r.id > mark);

  const fn = (kind: StepKind, key: string, method = 'perform'): unknown => {
    const step = app[kind]?.[key];
    if (!step) throw new Error(`The app has no ${kind.slice(0, -1)} "${key}".`);
    const found = step.operation[method];
    if (typeof found !== 'function') throw new Error(`${kind}.${key} has no ${method}.`);
    return found;
  };

  const run = async <T>(target: unknown, bundle: RunBundle = {}, callbackUrl?: string): Promise<StepRun<T>> => {
    // read at request time by the app; set on every run (jest's setup clears it before each test)
    process.env.DAILYBOT_API_URL = sandbox.apiUrl;
    const mark = lastId();
    const started = performance.now();
    const full = { authData, inputData: {}, ...bundle };
    if (callbackUrl !== undefined && !keepCache) store.zcacheTestObj = {};
    const output = (
      callbackUrl === undefined
        ? await tester(target as never, full as never, !keepCache)
        : (await handler({ command: 'execute', method: target, bundle: full, callback_url: callbackUrl, zcacheTestObj: store.zcacheTestObj })).results
    ) as T;
    const ms = performance.now() - started;
    // the sandbox notes a request's status once its answer is sent: let that bookkeeping run
    await new Promise((resolve) => setImmediate(resolve));
    return { output, requests: requestsSince(mark), ms };
  };

  const harness: Harness = {
    sandbox,
    hook,
    authData,
    run,
    fn,
    authTest: () => run(app.authentication.test),
    connectionLabel: (testOutput) => renderLabel(app.authentication.connectionLabel ?? '', testOutput),
    create: (key, inputData) => run(fn('creates', key), { inputData }),
    search: (key, inputData) => run(fn('searches', key), { inputData }),
    subscribe: async (key, inputData = {}, hookName = key) => {
      const targetUrl = hook.url(hookName);
      const result = await run<Record<string, unknown>>(fn('triggers', key, 'performSubscribe'), { inputData, targetUrl });
      return { ...result, output: { key, inputData, targetUrl, subscribeData: result.output } };
    },
    perform: (subscription, delivery) =>
      run(fn('triggers', subscription.key), {
        inputData: subscription.inputData,
        targetUrl: subscription.targetUrl,
        subscribeData: subscription.subscribeData,
        ...zapierRequest(delivery),
      }),
    performList: (key, inputData = {}) => run(fn('triggers', key, 'performList'), { inputData }),
    unsubscribe: (subscription) =>
      run(fn('triggers', subscription.key, 'performUnsubscribe'), {
        inputData: subscription.inputData,
        targetUrl: subscription.targetUrl,
        subscribeData: subscription.subscribeData,
      }),
    createWaiting: async <T>(key: string, inputData: Record<string, unknown>, name = `${key}-${++callbacks}`) => {
      fn('creates', key); // says so when there is no such action
      const callbackUrl = hook.url(`callback/${name}`);
      const result = await run<T>(`creates.${key}.operation.perform`, { inputData }, callbackUrl);
      return { ...result, callbackUrl, inputData };
    },
    resume: (key, waiting, callback) =>
      run(fn('creates', key, 'performResume'), { inputData: waiting.inputData, outputData: waiting.output as object, ...zapierRequest(callback) }),
    mark: lastId,
    requestsSince,
    close: async () => {
      await sandbox.close();
      await hook.close();
    },
  };
  return harness;
};
