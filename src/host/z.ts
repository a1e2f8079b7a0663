/**
 * Zapier's `z` and `bundle`, built on a `Host` (./host.ts), so the app's steps run unchanged on
 * another platform. `z.request` runs the app's own middleware (src/http/middleware.ts) around the
 * host's request, exactly as zapier-platform-core does: the API key goes to DailyBot's API only,
 * redirects are never followed, every failing answer becomes the app's own error.
 */
import { createHash } from 'node:crypto';

import type { Bundle, HttpRequestOptions, ZObject } from 'zapier-platform-core';

import { withApiConfig } from '../http/config';
import { addDailyBotHeaders, handleDailyBotErrors } from '../http/middleware';
import { hostErrors, ResponseError } from './errors';
import type { Host, HostResponse } from './host';

/** What a step may be given besides the connection and its inputs. */
export interface BundleParts {
  inputData?: Record<string, unknown>;
  /** `inputDataRaw`, `meta`, `targetUrl`, `subscribeData`, `cleanedRequest`, `rawRequest`, `outputData`: as Zapier names them. */
  [key: string]: unknown;
}

type Request = HttpRequestOptions & { url: string; params?: Record<string, unknown>; middlewareData?: unknown };

const headerOf = (headers: Record<string, unknown>, name: string): string | undefined => {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name.toLowerCase()) continue;
    const first: unknown = Array.isArray(value) ? value[0] : value;
    return first === undefined || first === null ? undefined : String(first);
  }
  return undefined;
};

const withParams = (url: string, params: Record<string, unknown> | undefined): string => {
  if (!params || Object.keys(params).length === 0) return url;
  const target = new URL(url);
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null) target.searchParams.set(key, String(value));
  return target.toString();
};

const parseJson = (content: string): unknown => {
  if (content.trim() === '') return undefined;
  try {
    return JSON.parse(content) as unknown;
  } catch {
    return undefined;
  }
};

/** The response object core's middleware sees. */
const responseFor = (request: Request, answer: HostResponse) => {
  const data = parseJson(answer.content);
  const response = {
    status: answer.status,
    content: answer.content,
    data,
    json: data,
    headers: answer.headers,
    getHeader: (name: string) => headerOf(answer.headers, name),
    request,
    skipThrowForStatus: false,
    throwForStatus: () => {
      if (response.status >= 400) throw new ResponseError(`The server answered HTTP ${response.status}.`, response.status);
    },
  };
  return response;
};

/** A `z` on `host` for one run with `bundle`. */
const zOn = (host: Host, getBundle: () => Bundle): ZObject => {
  const z = {
    errors: hostErrors,
    console: { log: (...parts: unknown[]) => host.log(parts.map(String).join(' ')), error: (...parts: unknown[]) => host.log(parts.map(String).join(' ')) },
    JSON: { parse: (text: string) => JSON.parse(text) as unknown, stringify: (value: unknown) => JSON.stringify(value) },
    hash: (algorithm: string, text: string) => createHash(algorithm).update(text, 'utf8').digest('hex'),
    cache: {
      get: (key: string) => host.cache.get(key),
      set: async (key: string, value: unknown, ttl?: number) => {
        await host.cache.set(key, value, ttl);
        return true;
      },
    },
    cursor: {
      get: async () => host.cursor?.get() ?? null,
      set: async (value: string) => host.cursor?.set(value),
    },
    generateCallbackUrl: () => {
      if (!host.callbackUrl) throw new hostErrors.Error('This step can wait for an answer only where the platform gives it an address to answer to.', 'no_callback_url');
      return host.callbackUrl();
    },
    request: async (urlOrOptions: string | Request, maybeOptions?: Partial<Request>) => {
      const options = typeof urlOrOptions === 'string' ? { ...maybeOptions, url: urlOrOptions } : urlOrOptions;
      const bundle = getBundle();
      const request = { method: 'GET', headers: {}, ...options } as Request;
      const prepared = (await addDailyBotHeaders(request as never, z as never, bundle)) as Request;
      const body = prepared.body === undefined || prepared.body === null ? undefined : typeof prepared.body === 'string' ? prepared.body : JSON.stringify(prepared.body);
      const answer = await host.request({
        url: withParams(prepared.url, prepared.params),
        method: String(prepared.method ?? 'GET').toUpperCase(),
        headers: Object.fromEntries(Object.entries(prepared.headers ?? {}).map(([key, value]) => [key, String(value)])),
        body,
        timeoutMs: Number(prepared.timeout) || 0,
      });
      const response = responseFor(prepared, answer);
      const checked = (await handleDailyBotErrors(response as never, z as never, bundle)) as unknown as typeof response;
      if (!checked.skipThrowForStatus) checked.throwForStatus();
      return checked;
    },
  };
  return z as unknown as ZObject;
};

export interface HostRun {
  z: ZObject;
  bundle: Bundle;
}

/**
 * A `z` and a `bundle` for one run of a step on `host`: the connection (`authData`), the step's inputs
 * and whatever else the step reads (`meta`, `subscribeData`, `cleanedRequest`, …). The run's
 * configuration rides on its bundle, so concurrent runs never share it.
 */
export const runOnHost = (host: Host, authData: Record<string, string>, parts: BundleParts = {}): HostRun => {
  const bundle = withApiConfig(
    {
      authData: { ...authData },
      inputData: {},
      inputDataRaw: parts.inputData ?? {},
      meta: { isLoadingSample: false, isFillingDynamicDropdown: false, isTestingAuth: false, isPopulatingDedupe: false, limit: -1, page: 0, timezone: host.timezone ?? null },
      ...parts,
    } as unknown as Bundle,
    host.config,
  );
  return { z: zOn(host, () => bundle), bundle };
};
