/**
 * The one way steps talk to DailyBot: `api(z, bundle, request, schema?)`.
 *
 * It builds the URL from an API path, sends JSON, turns a request that got no answer (timeout,
 * reset) into a readable error (middleware never sees those), and parses the answer with a zod
 * schema so a step works with typed data, or fails with a clear message if DailyBot's answer changed.
 */
import type { Bundle, HttpResponse, ZObject } from 'zapier-platform-core';
import type * as Zod from 'zod';

import type { LazySchema } from '../schemas/lazy';
import { apiUrl } from './config';
import { errorForTransportFailure, isZapierError } from './errors';
import type { DailyBotMiddlewareData } from './middleware';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;

export interface ApiRequest extends DailyBotMiddlewareData {
  method?: HttpMethod;
  /** An API path such as `/users/`, joined to the base URL. */
  path?: string;
  /** A full URL instead of a path: a `next` link, the Activity Hook URL. */
  url?: string;
  params?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  /** Milliseconds to wait for the answer (default `requestTimeoutMs()`: a slow endpoint waits longer). */
  timeout?: number;
}

const cleanParams = (params: Record<string, QueryValue> | undefined): Record<string, string> | undefined => {
  if (!params) return undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') out[key] = String(value);
  }
  return out;
};

/**
 * JSON for the request body. zapier-platform-core refuses to send a request holding `{{bundle.…}}` or
 * `{{process.…}}` (it would read them as templates), even when that is text a Zap builder mapped in.
 * Inside JSON strings `{{` can be written `{\u007b`: DailyBot reads the same text, and core lets it go.
 */
export const toJsonBody = (body: unknown): string => JSON.stringify(body).replace(/{{/g, '{\\u007b');

/** Sends one request; every failure ends in a `z.errors.*` error. */
export const send = async (z: ZObject, bundle: Bundle, req: ApiRequest): Promise<HttpResponse> => {
  const url = req.url ?? apiUrl(req.path ?? '/', bundle);
  const middlewareData: DailyBotMiddlewareData = { allowStatuses: req.allowStatuses, where: req.where, unsafeToRepeat: req.unsafeToRepeat };
  try {
    return await z.request({
      url,
      method: req.method ?? 'GET',
      // core strips `{{…}}` from query strings: no step puts free text there (searches match names here)
      params: cleanParams(req.params),
      body: req.body === undefined ? undefined : toJsonBody(req.body),
      headers: req.body === undefined ? {} : { 'Content-Type': 'application/json' },
      ...(req.timeout === undefined ? {} : { timeout: req.timeout }),
      middlewareData,
    });
  } catch (error) {
    if (isZapierError(z, error)) throw error;
    throw errorForTransportFailure(z, error, req.where, req.unsafeToRepeat);
  }
};

/** Parses data DailyBot sent with a schema; a mismatch is DailyBot's change, said plainly. */
export const parseAnswer = <T extends Zod.ZodType>(z: ZObject, schema: LazySchema<T>, data: unknown, what: string): Zod.output<T> => {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')}: ${issue.message})` : '';
  throw new z.errors.Error(
    `DailyBot's answer for ${what} was not in the shape this app expects${where}. ` +
      'DailyBot may have changed its API: try again later, and tell the app’s maintainers if it persists.',
    'dailybot_unexpected_answer',
  );
};

/** Sends a request and returns its parsed answer (or the raw data when no schema is given). */
export function api(z: ZObject, bundle: Bundle, req: ApiRequest): Promise<unknown>;
export function api<T extends Zod.ZodType>(z: ZObject, bundle: Bundle, req: ApiRequest, schema: LazySchema<T>): Promise<Zod.output<T>>;
export async function api<T extends Zod.ZodType>(
  z: ZObject,
  bundle: Bundle,
  req: ApiRequest,
  schema?: LazySchema<T>,
): Promise<unknown> {
  const response = await send(z, bundle, req);
  if (!schema) return response.data;
  return parseAnswer(z, schema, response.data, `${req.method ?? 'GET'} ${req.path ?? 'the request'}`);
}
