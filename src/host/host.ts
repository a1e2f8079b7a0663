/**
 * One runtime for both platforms. A step's code (src/creates, src/searches, src/triggers) talks to
 * Zapier's `z` and `bundle`; on Zapier those are core's own, elsewhere `runOnHost` (./z.ts) builds
 * them on top of a `Host`: what a platform must offer to run the steps unchanged.
 *
 * The n8n package implements it on n8n's function contexts (n8n/src/runtime/host.ts); the Zapier app
 * needs none (core is its host) and injects its configuration from the environment
 * (src/http/environment.ts).
 */
import type { ApiConfig } from '../http/config';

/** One request as the app's middleware left it: never followed when redirected, bounded by `timeoutMs`. */
export interface HostRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

/** A server's answer, whatever its status (a 4xx is an answer; only no answer at all throws). */
export interface HostResponse {
  status: number;
  headers: Record<string, unknown>;
  content: string;
}

/** A short-lived cache (Zapier's `z.cache`); a platform without one keeps it for one execution. */
export interface HostCache {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttlSeconds?: number): Promise<void>;
}

export interface Host {
  /** Sends one request; throws (with Node's `code`, such as `ECONNREFUSED`) only when no answer came. */
  request(request: HostRequest): Promise<HostResponse>;
  /** A log line (never holds a secret: the app redacts before it logs). */
  log(message: string): void;
  cache: HostCache;
  /** The node's own small, lasting store (a trigger's subscription, a poll's seen IDs). */
  store: Record<string, unknown>;
  /** Where DailyBot is, for this run. */
  config: ApiConfig;
  /** "Load more" of a dropdown: where the previous page stopped, and where this one stops. */
  cursor?: { get(): string | null; set(value: string): void };
  /** The URL a waiting step's answer must be sent to (Zapier's `z.generateCallbackUrl`). */
  callbackUrl?(): string;
  /** The user's time zone (IANA), when the platform knows it. */
  timezone?: string;
}

/** A `HostCache` kept in memory for one execution (n8n has no cache that outlives it). */
export const memoryCache = (): HostCache => {
  const entries = new Map<string, { value: unknown; until: number }>();
  return {
    get: async (key) => {
      const entry = entries.get(key);
      return entry && entry.until > Date.now() ? entry.value : null;
    },
    set: async (key, value, ttlSeconds = 300) => {
      entries.set(key, { value, until: Date.now() + ttlSeconds * 1000 });
    },
  };
};
