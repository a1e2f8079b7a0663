/**
 * The catch hook: a local stand-in for Zapier's webhook receiver (`…/hooks/catch/<id>/`), on
 * 127.0.0.1. It records each delivery with its headers, answers as Zapier's hooks do, and turns a
 * delivery into what Zapier hands a hook trigger's `perform` (`zapierRequest`). Used by the harness.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Bundle } from 'zapier-platform-core';

/** One request the catch hook received. */
export interface CaughtDelivery {
  /** 1, 2, 3… in the order they arrived. */
  seq: number;
  method: string;
  /** Path and query as received. */
  url: string;
  /** Header names in lower case, as Node gives them. */
  headers: http.IncomingHttpHeaders;
  /** The body as sent. */
  text: string;
  /** The body parsed as JSON (the text when it is not JSON). */
  body: unknown;
  receivedAt: number;
}

export interface CatchHook {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** A hook URL of its own for `name` (one per subscription), like Zapier's `…/hooks/catch/<id>/`. */
  url(name?: string): string;
  /** Everything received so far, in order. */
  readonly received: readonly CaughtDelivery[];
  /** What was received at one hook URL (all of them when `url` is undefined). */
  receivedAt(url?: string): CaughtDelivery[];
  /**
   * Resolves with the deliveries at `url` (or at any URL) once there are at least `count`; rejects
   * after `timeoutMs` (default 5 s) saying how many arrived.
   */
  waitFor(count: number, options?: { url?: string; timeoutMs?: number }): Promise<CaughtDelivery[]>;
  /** The status the hook answers with (default 200, as Zapier's does). */
  status: number;
  /** Forgets what was received. */
  clear(): void;
  close(): Promise<void>;
}

const pathOf = (url: string): string => new URL(url, 'http://localhost').pathname;

export const startCatchHook = async (): Promise<CatchHook> => {
  const received: CaughtDelivery[] = [];
  const waiters = new Set<() => void>();
  let seq = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      seq += 1;
      received.push({ seq, method: req.method ?? '', url: req.url ?? '', headers: req.headers, text, body, receivedAt: Date.now() });
      // Zapier's catch hooks answer like this
      res.writeHead(hook.status, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ status: hook.status < 300 ? 'success' : 'error', request_id: `local-${seq}` }));
      for (const wake of [...waiters]) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const receivedAt = (url?: string): CaughtDelivery[] => {
    if (url === undefined) return [...received];
    const path = pathOf(url);
    return received.filter((d) => pathOf(d.url) === path);
  };

  const hook: CatchHook = {
    origin,
    url: (name = 'zap') => `${origin}/hooks/catch/${encodeURIComponent(name)}/`,
    received,
    receivedAt,
    status: 200,
    waitFor: (count, options = {}) =>
      new Promise((resolve, reject) => {
        const timeoutMs = options.timeoutMs ?? 5_000;
        const check = (): boolean => {
          const got = receivedAt(options.url);
          if (got.length < count) return false;
          waiters.delete(wake);
          clearTimeout(timer);
          resolve(got);
          return true;
        };
        const wake = () => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          const where = options.url ? ` at ${pathOf(options.url)}` : '';
          reject(new Error(`The catch hook received ${receivedAt(options.url).length} of ${count} deliveries${where} within ${timeoutMs} ms.`));
        }, timeoutMs);
        waiters.add(wake);
        check();
      }),
    clear: () => {
      received.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const wake of [...waiters]) wake();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return hook;
};

/**
 * A delivery as Zapier hands it to a hook trigger's `perform`: the parsed body as `cleanedRequest`,
 * and the raw request with each header named `Http-<Header-Name>` (`Http-X-Bearer`).
 */
export const zapierRequest = (delivery: CaughtDelivery): Pick<Bundle, 'cleanedRequest' | 'rawRequest'> => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(delivery.headers)) {
    if (value === undefined) continue;
    const titled = name
      .split('-')
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join('-');
    headers[`Http-${titled}`] = Array.isArray(value) ? value.join(', ') : value;
  }
  const query = delivery.url.includes('?') ? delivery.url.slice(delivery.url.indexOf('?') + 1) : '';
  return {
    cleanedRequest: delivery.body as Bundle['cleanedRequest'],
    rawRequest: { method: delivery.method, querystring: query, headers, content: delivery.text } as Bundle['rawRequest'],
  };
};
