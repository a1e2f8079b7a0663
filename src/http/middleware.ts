/**
 * The app's HTTP middleware: what every request to DailyBot carries, and how every answer is checked.
 */
import type { AfterResponseMiddleware, BeforeRequestMiddleware, HttpRequestOptions } from 'zapier-platform-core';

import { isApiUrl, requestTimeoutMs } from './config';
import { errorForResponse } from './errors';
import { hostKind } from './hosts';
import { resolvedHostProblem } from './resolve';
import { hideSecretsFromCoreLogs, redactAnswer } from './secrets';

/** Options this app passes to its own middleware through `middlewareData`. */
export interface DailyBotMiddlewareData {
  /** Statuses the caller handles itself (a 404 that means "not found", say). */
  allowStatuses?: number[];
  /** The service named in error messages; "DailyBot" by default. */
  where?: string;
  /**
   * The request must never be sent twice (no idempotency key: Post Stand-up Update). Nothing retries
   * it, not even after a 429, and a time-out or a server error says it may still have been applied.
   */
  unsafeToRepeat?: boolean;
}

type Request = HttpRequestOptions & { url: string; throwForThrottlingEarly?: boolean };

const setHeader = (request: Request, name: string, value: string): void => {
  const headers = (request.headers ??= {});
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
  headers[name] = value;
};

const dropHeader = (request: Request, name: string): void => {
  for (const key of Object.keys(request.headers ?? {})) {
    if (key.toLowerCase() === name.toLowerCase()) delete request.headers?.[key];
  }
};

/** The connection's own URLs outside the API: the Activity Hook URL and the Workflow Trigger URL. */
const HOOK_URL_KEYS = ['activity_hook_url', 'workflow_trigger_url'] as const;

/** True for a request to one of the connection's hook URLs (which must never receive the API key). */
const isConnectionHook = (url: string, authData: Record<string, unknown> | undefined): boolean => {
  const strip = (u: string) => u.trim().replace(/[?#].*$/, '').replace(/\/+$/, '');
  return HOOK_URL_KEYS.some((key) => {
    const hookUrl = authData?.[key];
    return typeof hookUrl === 'string' && hookUrl.trim() !== '' && strip(url) === strip(hookUrl);
  });
};

/**
 * Adds the API key and JSON headers, but only to requests for DailyBot's API host: the key never
 * travels to another host (the Activity Hook URL, a `next` link elsewhere). No request follows a
 * redirect. Every request gets a timeout below Zapier's 30-second step limit, and 429s reach
 * `afterResponse` (so a free plan's daily limit is not retried as if it were a burst limit).
 */
/** The host of a URL, or undefined when it is no URL. */
const hostnameOf = (url: string): string | undefined => {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
};

const PRIVATE_REFUSED =
  'This step was asked to send a request to a private or local network address, where this app does not send anything. ' +
  'Check the addresses saved in this DailyBot connection (the Activity Hook URL is a public https:// address; the Workflow Trigger URL is on https://api.dailybot.com).';

export const addDailyBotHeaders: BeforeRequestMiddleware = async (request: Request, z, bundle) => {
  hideSecretsFromCoreLogs(bundle);
  // nothing goes into a private network (a cloud's metadata service, an office server), whoever built the URL
  const host = hostnameOf(request.url);
  if (host !== undefined && hostKind(host) === 'private') throw new z.errors.Error(PRIVATE_REFUSED, 'private_address_refused');
  // anywhere but DailyBot's API: a public name must not resolve to a private address either
  if (host !== undefined && !isApiUrl(request.url, bundle)) {
    const problem = await resolvedHostProblem(host);
    if (problem === 'not_public') throw new z.errors.Error(PRIVATE_REFUSED, 'private_address_refused');
    if (problem === 'not_found') {
      throw new z.errors.Error(
        'The address this step sends to could not be found (its name has no DNS answer). ' +
          'Check the addresses saved in this DailyBot connection (the Activity Hook URL is a public https:// address), and try again later.',
        'host_not_found',
      );
    }
  }
  if (isApiUrl(request.url, bundle) && !isConnectionHook(request.url, bundle.authData)) {
    const apiKey = bundle.authData?.api_key?.trim();
    if (apiKey) setHeader(request, 'X-API-KEY', apiKey);
    setHeader(request, 'Content-Type', 'application/json');
    setHeader(request, 'Accept', 'application/json');
  } else {
    dropHeader(request, 'X-API-KEY');
  }
  request.timeout ??= requestTimeoutMs(bundle);
  // never follow a redirect: node-fetch would carry X-API-KEY (and a POST's body) to any `Location`,
  // even another host or plain http. DailyBot's API never needs one; `afterResponse` says what happened.
  request.redirect = 'manual';
  request.follow = 0;
  request.throwForThrottlingEarly = false;
  return request;
};

/** Turns every failed answer into a readable `z.errors.*` error (SURFACE.md's error table). */
export const handleDailyBotErrors: AfterResponseMiddleware = (response, z, bundle) => {
  // nothing a server says reaches a step with a secret in it
  const clean = redactAnswer(response.content, response.data, bundle);
  if (clean) Object.assign(response, clean, { json: clean.data });
  const data = (response.request.middlewareData ?? {}) as DailyBotMiddlewareData;
  if (data.allowStatuses?.includes(response.status)) {
    response.skipThrowForStatus = true;
    return response;
  }
  const error = errorForResponse(z, bundle, response, data.where, data.unsafeToRepeat);
  if (error) throw error;

  const fromApi = response.request.url ? isApiUrl(response.request.url, bundle) : false;
  if (fromApi && response.content.trim() !== '' && response.data === undefined) {
    throw new z.errors.Error(
      `DailyBot answered with something that is not JSON (HTTP ${response.status}). ` +
        'This is usually temporary: try again in a few minutes.',
      'dailybot_bad_answer',
      response.status,
    );
  }
  return response;
};
