/**
 * Zapier's app-level `throttle`: how many steps of one DailyBot connection Zapier starts per window.
 * Past the limit Zapier queues the run and retries it later (`retry` defaults to true) instead of
 * letting DailyBot answer 429 and the run wait or fail.
 *
 * The numbers (facts: shared/reference/dailybot-api-beyond.md §7):
 * - DailyBot allows 60 requests a minute per authenticated API key (its v3 developer docs).
 * - A step sends one request as a rule, two when it names people by email or name (the user listing)
 *   or reads a check-in before its responses; so 30 steps a minute stay within 60 requests.
 * - `scope: ['auth']` counts per connection, that is per API key, across every step of the app (the
 *   same throttle everywhere and no `action` scope, so Zapier shares one count): DailyBot's limit is
 *   the key's, whichever step spends it.
 * - DailyBot's newer hourly budgets per group of endpoints publish no numbers, so they are left to
 *   DailyBot's 429 and `Retry-After` (src/http/errors.ts), which Zapier also retries.
 */
import type { ThrottleObject } from 'zapier-platform-core';

/** DailyBot's documented limit: requests a minute per API key. */
export const DAILYBOT_REQUESTS_PER_MINUTE = 60;
/** The requests a step sends at most as a rule (the request, and a user listing or a check-in read). */
export const REQUESTS_PER_STEP = 2;

export const DAILYBOT_THROTTLE: ThrottleObject = { window: 60, limit: DAILYBOT_REQUESTS_PER_MINUTE / REQUESTS_PER_STEP, scope: ['auth'] };
