/**
 * Where DailyBot is and how long we wait for it. Read at request time, so tests and the local
 * sandbox can point the app elsewhere with `DAILYBOT_API_URL`.
 */
export const DEFAULT_API_URL = 'https://api.dailybot.com/v1';

/**
 * Zapier ends every step after 30 seconds. A request that hangs longer than this ends in a clear
 * "could not be reached" error instead, leaving time for the step's other request (a user listing,
 * say) and for Zapier itself.
 */
export const DEFAULT_TIMEOUT_MS = 12_000;

/** The API's base URL, without a trailing slash. */
export const apiBaseUrl = (): string => (process.env.DAILYBOT_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');

/** The API's origin (scheme, host and port): the only place the API key is ever sent. */
export const apiOrigin = (): string => new URL(apiBaseUrl()).origin;

/** A full URL for an API path such as `/users/`. */
export const apiUrl = (path: string): string => `${apiBaseUrl()}${path.startsWith('/') ? path : `/${path}`}`;

/**
 * How long a slow endpoint may take (Post Stand-up Update: DailyBot's AI sorts the text; its CLI waits
 * up to 120 s). Zapier ends the step at 30 s, and the step sends nothing else: 25 s leaves Zapier its
 * margin. `DAILYBOT_TIMEOUT_MS` sets this one too (tests, the sandbox).
 */
export const SLOW_REQUEST_TIMEOUT_MS = 25_000;

export const slowRequestTimeoutMs = (): number => {
  const fromEnv = Number(process.env.DAILYBOT_TIMEOUT_MS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : SLOW_REQUEST_TIMEOUT_MS;
};

export const requestTimeoutMs = (): number => {
  const fromEnv = Number(process.env.DAILYBOT_TIMEOUT_MS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_TIMEOUT_MS;
};

/**
 * True when `url` is one of DailyBot's API endpoints: same scheme, host and port as the base URL, and
 * under its path (`/v1/…`). Other URLs on the same host (an Activity Hook URL, say) are not the API.
 */
export const isApiUrl = (url: string): boolean => {
  try {
    const target = new URL(url);
    const base = new URL(apiBaseUrl());
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
