/** What the sandbox tests share: calling the sandbox over a real socket, and a webhook receiver. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox';

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when the answer is not JSON (or empty). */
  body: T;
  text: string;
}

export interface CallOptions {
  /** The API key; `null` sends none. Default: the sandbox's main key. */
  key?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One request to the sandbox: `path` is a server path (`/v1/me/`, `/_sandbox/outbox`) or a full URL. */
export const call = async <T = any>(sandbox: Sandbox, method: string, path: string, options: CallOptions = {}): Promise<Answer<T>> => {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const key = options.key === undefined ? sandbox.apiKey : options.key;
  if (key !== null) headers['x-api-key'] = key;
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(path.startsWith('http') ? path : `${sandbox.url}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? text : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: body as T, text };
};

export const api = <T = any>(sandbox: Sandbox, method: string, path: string, options?: CallOptions) =>
  call<T>(sandbox, method, `/v1${path}`, options);

export interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: any;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** The status the next requests get (default 200). */
  status: number;
  close(): Promise<void>;
}

/** A local webhook target that records what it receives. */
export const startReceiver = async (status = 200): Promise<Receiver> => {
  const received: Received[] = [];
  const receiver: Receiver = { url: '', received, status, close: async () => undefined };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: text ? JSON.parse(text) : undefined });
      res.writeHead(receiver.status, { 'content-type': 'application/json', connection: 'close' });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/zapier`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
};

/** Subscribes a receiver through the API; answers the subscription's id. */
export const subscribe = async (
  sandbox: Sandbox,
  hookUrl: string,
  subscriptions: string[],
  extra: Record<string, unknown> = {},
): Promise<string> => {
  const answer = await api(sandbox, 'POST', '/webhook-subscription/', { body: { hook_url: hookUrl, subscriptions, ...extra } });
  if (answer.status !== 201) throw new Error(`subscribe failed: ${answer.status} ${answer.text}`);
  return answer.body.id as string;
};

/**
 * One sandbox for the whole test file: started before the first test, freshly seeded after each, closed
 * at the end. The returned object stands for it, so tests write `sandbox.state…` as usual.
 */
export const useSandbox = (options?: SandboxOptions): Sandbox => {
  let current: Sandbox | undefined;
  beforeAll(async () => {
    current = await startSandbox(options);
  });
  afterEach(() => {
    current?.state.reset();
  });
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as Sandbox, {
    get: (_target, key) => {
      if (!current) throw new Error('the sandbox is not started yet (use it inside a test)');
      return Reflect.get(current, key);
    },
  });
};

/** The active members of a team, in the order they joined. */
export const activeMembers = (sandbox: Sandbox, team: string): string[] =>
  [...sandbox.state.team(team).members].filter((u) => sandbox.state.users.get(u)!.is_active);
