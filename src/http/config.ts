/**
 * Where DailyBot is and how long we wait for it. Each platform injects this: the Zapier app from the
 * environment (`DAILYBOT_API_URL`, `DAILYBOT_TIMEOUT_MS`, read at request time by src/http/environment.ts,
 * so tests and the local sandbox can point it elsewhere), the n8n package from its credential, carried
 * on each run's bundle (`withApiConfig`), so two executions with different credentials never share it.
 * Nothing here reads the environment: the n8n package bundles this file, and n8n forbids `process`.
 */
export const DEFAULT_API_URL = 'https://api.dailybot.com/v1';

/**
 * Zapier ends every step after 30 seconds. A request that hangs longer than this ends in a clear
 * "could not be reached" error instead, leaving time for the step's other request (a user listing,
 * say) and for Zapier itself.
 */
export const DEFAULT_TIMEOUT_MS = 12_000;

/** What a platform may set; anything missing or unusable falls back to the defaults above. */
export interface ApiConfig {
  apiUrl?: string;
  timeoutMs?: number;
}

/** Where a run's own configuration rides on its bundle (a symbol: no step reads or outputs it). */
const API_CONFIG = Symbol.for('dailybot.apiConfig');

/** Anything that may carry a run's configuration: a bundle, or nothing. */
export type ConfigCarrier = object | undefined;

/** Gives one run (its bundle) its own configuration. */
export const withApiConfig = <B extends object>(bundle: B, config: ApiConfig): B => {
  Object.defineProperty(bundle, API_CONFIG, { value: { ...config }, enumerable: true, configurable: true });
  return bundle;
};

/**
 * The configuration for runs that carry none: the Zapier app registers a reader of the environment
 * here once (src/http/environment.ts). Module-wide, and so process-wide, like the environment it reads.
 */
let defaultSource: () => ApiConfig = () => ({});
export const setDefaultApiConfig = (source: () => ApiConfig): void => {
  defaultSource = source;
};

const configOf = (carrier: ConfigCarrier): ApiConfig => {
  const carried = carrier ? (carrier as { [API_CONFIG]?: ApiConfig })[API_CONFIG] : undefined;
  return carried ?? defaultSource();
};

/** The API's base URL, without a trailing slash. */
export const apiBaseUrl = (carrier: ConfigCarrier): string => (configOf(carrier).apiUrl?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');

/** The API's origin (scheme, host and port): the only place the API key is ever sent. */
export const apiOrigin = (carrier: ConfigCarrier): string => new URL(apiBaseUrl(carrier)).origin;

/** A full URL for an API path such as `/users/`. */
export const apiUrl = (path: string, carrier: ConfigCarrier): string => `${apiBaseUrl(carrier)}${path.startsWith('/') ? path : `/${path}`}`;

/**
 * How long a slow endpoint may take (Post Stand-up Update: DailyBot's AI sorts the text; its CLI waits
 * up to 120 s). Zapier ends the step at 30 s, and the step sends nothing else: 25 s leaves Zapier its
 * margin. A configured timeout (`DAILYBOT_TIMEOUT_MS` on Zapier: tests, the sandbox) sets this one too.
 */
export const SLOW_REQUEST_TIMEOUT_MS = 25_000;

const configuredTimeout = (carrier: ConfigCarrier): number | undefined => {
  const configured = Number(configOf(carrier).timeoutMs);
  return Number.isFinite(configured) && configured > 0 ? configured : undefined;
};

export const slowRequestTimeoutMs = (carrier: ConfigCarrier): number => configuredTimeout(carrier) ?? SLOW_REQUEST_TIMEOUT_MS;

export const requestTimeoutMs = (carrier: ConfigCarrier): number => configuredTimeout(carrier) ?? DEFAULT_TIMEOUT_MS;

/**
 * True when `url` is one of DailyBot's API endpoints: same scheme, host and port as the base URL, and
 * under its path (`/v1/…`). Other URLs on the same host (an Activity Hook URL, say) are not the API.
 */
export const isApiUrl = (url: string, carrier: ConfigCarrier): boolean => {
  try {
    const target = new URL(url);
    const base = new URL(apiBaseUrl(carrier));
    const basePath = base.pathname.replace(/\/+$/, '');
    return target.origin === base.origin && (target.pathname === basePath || target.pathname.startsWith(`${basePath}/`));
  } catch {
    return false;
  }
};

/**
 * The longest wait a 429's `Retry-After` may ask for before Zapier retries: one hour. DailyBot's newer
 * rate limits are hourly budgets per group of endpoints (its rate-limit docs), so no honest answer asks
 * for more; a longer one (or a far-future date) is read as this.
 */
export const MAX_RETRY_AFTER_SECONDS = 3600;

/** The wait when a 429 says none that can be read: one minute, DailyBot's classic rate-limit window. */
export const DEFAULT_RETRY_AFTER_SECONDS = 60;
