/**
 * What the n8n package's tests share: the package as n8n loads it (built with its own build script into
 * a folder of this test file, then required), the sandbox and a catch hook, and a test double of n8n's
 * function contexts whose `helpers.httpRequest` really sends to the sandbox on 127.0.0.1 (with the
 * options n8n's own takes: no redirects followed, full response, statuses not thrown).
 */
import fs from 'node:fs';
import path from 'node:path';

import type { IDataObject, IHttpRequestOptions, INode } from 'n8n-workflow';

import { startCatchHook, type CatchHook } from '../../sandbox/catch-hook';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildPackage } = require('../../n8n/scripts/build.js') as { buildPackage(dist: string): Promise<void> };

type Fn = (...args: never[]) => unknown;
type NodeClass = new () => Record<string, unknown> & { description: Record<string, unknown> };

export interface Package {
  dir: string;
  DailyBot: NodeClass;
  DailyBotTrigger: NodeClass;
  DailyBotFormApprovalTrigger: NodeClass;
  DailyBotApi: NodeClass;
  /** The bundle's text (for what it must not hold). */
  source: string;
}

const BUILD_ROOT = path.resolve(__dirname, '..', '..', 'n8n', '.build');

/** Builds the package for this test file and loads it through its `n8n` entry points (package.json). */
export const loadPackage = async (): Promise<Package> => {
  const dir = path.join(BUILD_ROOT, `${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  await buildPackage(dir);
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'n8n', 'package.json'), 'utf8')) as {
    n8n: { nodes: string[]; credentials: string[] };
  };
  const load = (entry: string): Record<string, NodeClass> => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(path.join(dir, entry.replace(/^dist\//, ''))) as Record<string, NodeClass>;
  };
  const classes: Record<string, NodeClass> = {};
  for (const entry of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) Object.assign(classes, load(entry));
  return {
    dir,
    DailyBot: classes.DailyBot!,
    DailyBotTrigger: classes.DailyBotTrigger!,
    DailyBotFormApprovalTrigger: classes.DailyBotFormApprovalTrigger!,
    DailyBotApi: classes.DailyBotApi!,
    source: fs.readFileSync(path.join(dir, 'dailybot.js'), 'utf8'),
  };
};

export const removeBuild = (pkg: Package | undefined): void => {
  if (pkg) fs.rmSync(pkg.dir, { recursive: true, force: true });
};

/** One request the node sent, as it left. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** n8n's `helpers.httpRequest`, for the options the package uses, over real sockets. */
export const httpRequest = (sent: SentRequest[]) => async (options: IHttpRequestOptions) => {
  const headers = Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k, String(v)]));
  const body = typeof options.body === 'string' ? options.body : options.body === undefined ? undefined : JSON.stringify(options.body);
  sent.push({ method: options.method ?? 'GET', url: options.url, headers, body });
  let response: Response;
  let text: string;
  // a timer of its own, cleared at once: nothing is left running when the test ends
  const abort = new AbortController();
  const timer = options.timeout ? setTimeout(() => abort.abort(), options.timeout) : undefined;
  try {
    response = await fetch(options.url, {
      method: options.method ?? 'GET',
      headers,
      body,
      redirect: options.disableFollowRedirect ? 'manual' : 'follow',
      signal: abort.signal,
    });
    text = await response.text();
  } catch (error) {
    const cause = (error as { cause?: { code?: string }; name?: string }).cause;
    throw Object.assign(new Error('request failed'), { code: cause?.code ?? (abort.signal.aborted ? 'ECONNABORTED' : undefined) });
  } finally {
    clearTimeout(timer);
  }
  if (!options.ignoreHttpStatusErrors && response.status >= 400) throw Object.assign(new Error(`HTTP ${response.status}`), { httpCode: response.status });
  const answer = { statusCode: response.status, headers: Object.fromEntries(response.headers), body: text };
  return options.returnFullResponse ? answer : text;
};

export interface World {
  sandbox: Sandbox;
  hook: CatchHook;
  pkg: Package;
  /** The credential for the sandbox (its API URL in the hidden field). */
  credential: IDataObject;
  /** Every request the package sent, in order. */
  sent: SentRequest[];
}

/** The package, the sandbox and a catch hook for the whole file; every test starts from a fresh seed. */
export const useWorld = (options: SandboxOptions = {}): (() => World) => {
  let world: World | undefined;
  beforeAll(async () => {
    const [pkg, sandbox, hook] = await Promise.all([loadPackage(), startSandbox({ users: 25, seed: 1, ...options }), startCatchHook()]);
    world = {
      pkg,
      sandbox,
      hook,
      credential: { apiKey: sandbox.apiKey, activityHookUrl: sandbox.activityHookUrl, apiUrl: sandbox.apiUrl },
      sent: [],
    };
  });
  afterEach(async () => {
    if (!world) return;
    await world.sandbox.state.idle();
    world.sandbox.state.reset();
    world.hook.clear();
    world.sent.length = 0;
  });
  afterAll(async () => {
    await world?.sandbox.close();
    await world?.hook.close();
    removeBuild(world?.pkg);
  });
  return () => {
    if (!world) throw new Error('The test world did not start.');
    return world;
  };
};

export const NODE: INode = {
  id: '4f8d2c1e-0000-4000-8000-000000000001',
  name: 'DailyBot',
  type: 'n8n-nodes-dailybot.dailyBot',
  typeVersion: 1,
  position: [0, 0],
  parameters: {},
};

export interface ContextOptions {
  /** The node's parameters (one object for every item, or one per item). */
  params: IDataObject | IDataObject[];
  /** Raw parameters (expressions unresolved), when they differ. */
  rawParams?: IDataObject | IDataObject[];
  items?: number;
  continueOnFail?: boolean;
  credential?: IDataObject;
  store?: IDataObject;
  mode?: 'manual' | 'trigger';
  /** `getCurrentNodeParameter` in a load-options context. */
  current?: IDataObject;
  webhookUrl?: string;
  resumeUrl?: string;
  body?: IDataObject;
  headers?: Record<string, string>;
}

/** What a context recorded: hints, the wait, the webhook answer. */
export interface Recorded {
  hints: Array<{ message: string }>;
  waitTill?: Date;
  response?: { status: number; body: unknown };
}

/** A test double of n8n's function contexts (execute, hooks, webhook, poll, load options). */
export const context = (world: World, options: ContextOptions): { ctx: Record<string, Fn | unknown>; recorded: Recorded } => {
  const recorded: Recorded = { hints: [] };
  const paramsOf = (source: IDataObject | IDataObject[] | undefined, i: number): IDataObject =>
    Array.isArray(source) ? (source[i] ?? {}) : (source ?? {});
  const getNodeParameter = (name: string, a?: unknown, b?: unknown, c?: { rawExpressions?: boolean }) => {
    // execute: (name, itemIndex, fallback, options); others: (name, fallback, options)
    const indexed = typeof a === 'number';
    const i = indexed ? a : 0;
    const fallback = indexed ? b : a;
    const raw = (indexed ? c : (b as { rawExpressions?: boolean } | undefined))?.rawExpressions;
    const params = raw && options.rawParams ? paramsOf(options.rawParams, i) : paramsOf(options.params, i);
    return name in params ? params[name] : fallback;
  };
  const store = options.store ?? {};
  const ctx = {
    getNodeParameter,
    getCurrentNodeParameter: (name: string) => (options.current ?? paramsOf(options.params, 0))[name],
    getCredentials: async () => options.credential ?? world.credential,
    getInputData: () => Array.from({ length: options.items ?? 1 }, (_, i) => ({ json: { item: i } })),
    continueOnFail: () => options.continueOnFail === true,
    getNode: () => NODE,
    getMode: () => options.mode ?? 'trigger',
    getActivationMode: () => 'activate',
    getTimezone: () => 'UTC',
    getWorkflowStaticData: () => store,
    addExecutionHints: (...hints: Array<{ message: string }>) => recorded.hints.push(...hints),
    getSignedResumeUrl: () => options.resumeUrl ?? `${world.hook.url('resume/exec-1')}/${NODE.id}?signature=5f2b`,
    putExecutionToWait: async (waitTill: Date) => {
      recorded.waitTill = waitTill;
    },
    getNodeWebhookUrl: () => options.webhookUrl ?? world.hook.url('n8n-webhook'),
    getBodyData: () => options.body ?? {},
    getHeaderData: () => options.headers ?? {},
    getResponseObject: () => {
      const res = {
        status: (status: number) => ({ json: (body: unknown) => (recorded.response = { status, body }), send: (body: unknown) => (recorded.response = { status, body }) }),
      };
      return res;
    },
    logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    helpers: { httpRequest: httpRequest(world.sent) },
  };
  return { ctx, recorded };
};

/** Calls `fn` (a node method) with `ctx` as `this`. */
export const call = <T>(fn: unknown, ctx: unknown, ...args: unknown[]): Promise<T> => (fn as (...a: unknown[]) => Promise<T>).apply(ctx, args);

/** A resource locator value picked "By ID". */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** Rows of resource locators (a list field). */
export const rowsOf = (...values: string[]) => ({ values: values.map((value) => ({ value: byId(value) })) });
