/**
 * DailyBot's rate limit, as DRF's throttles apply it: at most N requests a minute per API key, counted
 * over the last 60 seconds; one more answers 429 `{"detail": "Request was throttled. Expected available
 * in S seconds."}` with `Retry-After: S` (shared/reference/dailybot-api-notes.md §2.4). Off unless set:
 * `DAILYBOT_SANDBOX_RATE_LIMIT=60`, the `rateLimit` option, or `POST /_sandbox/rate-limit {per_minute}`.
 * It counts `/v1/` requests only, on the sandbox's real clock.
 */
const WINDOW_MS = 60_000;

/** The budget `DAILYBOT_SANDBOX_RATE_LIMIT` names (none when unset); anything but a positive whole number is a mistake. */
export const rateLimitFromEnv = (): number | null => {
  const value = (process.env.DAILYBOT_SANDBOX_RATE_LIMIT ?? '').trim();
  if (value === '' || value === '0' || value.toLowerCase() === 'off') return null;
  if (!/^\d+$/.test(value)) throw new RangeError(`DAILYBOT_SANDBOX_RATE_LIMIT must be a number of requests a minute (such as 60), or "off", not "${value}".`);
  return Number(value);
};

export class RateLimit {
  private readonly seen = new Map<string, number[]>();
  private throttledCount = 0;

  constructor(private budget: number | null) {}

  /** Requests a minute per key, or `null` for no limit. */
  get perMinute(): number | null {
    return this.budget;
  }

  /** How many requests were answered 429 since the last change. */
  get throttled(): number {
    return this.throttledCount;
  }

  /** A new budget; the window starts afresh (as if a minute had passed). */
  set(perMinute: number | null): void {
    this.budget = perMinute;
    this.clear();
  }

  /** Forgets the requests counted so far. */
  clear(): void {
    this.seen.clear();
    this.throttledCount = 0;
  }

  /** Counts a request of `key`: `undefined` when it may go on, else the seconds until it may. */
  take(key: string, now = Date.now()): number | undefined {
    if (this.budget === null) return undefined;
    const recent = (this.seen.get(key) ?? []).filter((at) => at > now - WINDOW_MS);
    this.seen.set(key, recent);
    const oldest = recent[0];
    if (recent.length >= this.budget && oldest !== undefined) {
      this.throttledCount += 1;
      return Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000));
    }
    recent.push(now);
    return undefined;
  }
}
