/**
 * The app's `Host` (src/host/host.ts) on n8n: requests through plain `this.helpers.httpRequest` (never
 * `httpRequestWithAuthentication`, which would add the API key to any URL: the app's own middleware
 * adds it for DailyBot's API only), n8n's logger, a cache for one execution, the node's static data.
 */
import type { IDataObject, IHttpRequestOptions, Logger } from 'n8n-workflow';

import { connectionKeys } from '../generated/credential';
import { memoryCache, type Host, type HostCache } from '../../../src/host/host';
import { runOnHost, type BundleParts, type HostRun } from '../../../src/host/z';
import { setResolver } from '../../../src/http/resolve';

/**
 * n8n gives community nodes no DNS (./no-dns.ts): a host that is not DailyBot's API is judged by its name
 * as written (src/http/hosts.ts: private and local addresses and names are still refused), not by what
 * it resolves to. Set once for the package (the same for every execution).
 */
setResolver(async (hostname) => [{ address: hostname, family: 0 }]);

export const CREDENTIAL = 'dailyBotApi';
export const DEFAULT_API_URL = 'https://api.dailybot.com/v1';

/** The credential as n8n hands it over: the connection's fields (camelCase) and the hidden `apiUrl`. */
export interface DailyBotCredential {
  apiUrl?: string;
  [field: string]: unknown;
}

/** What every n8n function context offers that the host needs. */
export interface N8nContext {
  logger?: Logger;
  helpers: { httpRequest(options: IHttpRequestOptions): Promise<unknown> };
  getTimezone?(): string;
}

export interface HostOptions {
  cache?: HostCache;
  store?: IDataObject;
  cursor?: Host['cursor'];
  callbackUrl?: () => string;
}

interface FullResponse {
  statusCode: number;
  headers?: Record<string, unknown>;
  body?: unknown;
}

const text = (body: unknown): string => {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  return JSON.stringify(body);
};

/** Axios's names for "no answer in time" → Node's, which the app's error table reads. */
const transportCode = (error: unknown): string | undefined => {
  const code = (error as { code?: string } | undefined)?.code;
  return code === 'ECONNABORTED' || code === 'ERR_CANCELED' ? 'ETIMEDOUT' : code;
};

export const n8nHost = (ctx: N8nContext, credential: DailyBotCredential, options: HostOptions = {}): Host => ({
  request: async (request) => {
    let answer: FullResponse;
    try {
      answer = (await ctx.helpers.httpRequest({
        url: request.url,
        method: request.method as IHttpRequestOptions['method'],
        headers: request.headers,
        body: request.body,
        timeout: request.timeoutMs || undefined,
        disableFollowRedirect: true,
        returnFullResponse: true,
        ignoreHttpStatusErrors: true,
        encoding: 'text',
        json: false,
      })) as FullResponse;
    } catch (error) {
      // a request that got no answer: the app says which kind, never the URL (it may be a secret)
      throw Object.assign(new Error('no answer'), { code: transportCode(error) });
    }
    return { status: answer.statusCode, headers: answer.headers ?? {}, content: text(answer.body) };
  },
  log: (message) => ctx.logger?.debug(message),
  cache: options.cache ?? memoryCache(),
  store: options.store ?? {},
  config: { apiUrl: typeof credential.apiUrl === 'string' && credential.apiUrl !== '' ? credential.apiUrl : DEFAULT_API_URL },
  cursor: options.cursor,
  callbackUrl: options.callbackUrl,
  timezone: ctx.getTimezone?.(),
});

/** The Zapier connection fields for the credential. */
export const authDataOf = (credential: DailyBotCredential): Record<string, string> => {
  const authData: Record<string, string> = {};
  for (const [name, key] of Object.entries(connectionKeys)) {
    const value = credential[name];
    if (typeof value === 'string' && value !== '') authData[key] = value;
  }
  return authData;
};

/** A `z` and `bundle` for one run of a step in this n8n context. */
export const runIn = (ctx: N8nContext, credential: DailyBotCredential, parts: BundleParts = {}, options: HostOptions = {}): HostRun =>
  runOnHost(n8nHost(ctx, credential, options), authDataOf(credential), parts);
