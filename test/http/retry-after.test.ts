/**
 * `Retry-After` on a 429: both forms RFC 9110 defines (delay-seconds and HTTP-date), clamped to an
 * hour (DailyBot's budgets are hourly), and a sensible default for anything unreadable.
 */
import nock from 'nock';

import { api } from '../../src/http/client';
import { DEFAULT_RETRY_AFTER_SECONDS, MAX_RETRY_AFTER_SECONDS } from '../../src/http/config';
import { parseRetryAfter, retryDelaySeconds } from '../../src/http/retry-after';
import { API, errorOf, runInApp } from '../helpers';

const NOW = Date.parse('2026-10-21T07:28:00Z');
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toUTCString();

const throttled = (headers: Record<string, string>, body: unknown = { detail: 'Request was throttled.' }) => {
  nock(API).get('/things/').reply(429, body as nock.Body, headers);
  return errorOf(runInApp((z, bundle) => api(z, bundle, { path: '/things/' })));
};

describe('Retry-After', () => {
  it.each([
    ['delay-seconds', '120', 120],
    ['zero', '0', 0],
    ['with spaces around it', '  45 ', 45],
    ['an IMF-fixdate 90 s ahead', 'Wed, 21 Oct 2026 07:29:30 GMT', 90],
    ['an RFC 850 date 60 s ahead', 'Wednesday, 21-Oct-26 07:29:00 GMT', 60],
    ['an asctime date 30 s ahead (GMT)', 'Wed Oct 21 07:28:30 2026', 30],
    ['a date already past', 'Wed, 21 Oct 2026 07:00:00 GMT', 0],
    ['a huge number', '99999999999', MAX_RETRY_AFTER_SECONDS],
    ['a date a year ahead', 'Thu, 21 Oct 2027 07:28:00 GMT', MAX_RETRY_AFTER_SECONDS],
  ])('%s (%j) → %i seconds', (_name, header, seconds) => {
    expect(parseRetryAfter(header, NOW)).toBe(seconds);
  });

  it.each([['1e3'], ['-5'], ['1.5'], ['soon'], [''], ['0x10'], ['Wed, 21 Oct 2026'], ['2026-10-21T07:29:00Z'], ['Infinity']])(
    '%j is not a Retry-After value',
    (header) => {
      expect(parseRetryAfter(header, NOW)).toBeUndefined();
      expect(retryDelaySeconds(header, '', NOW)).toBe(DEFAULT_RETRY_AFTER_SECONDS);
    },
  );

  it('without a readable header, DailyBot’s own text names the wait', () => {
    expect(retryDelaySeconds(undefined, 'Request was throttled. Expected available in 30 seconds.', NOW)).toBe(30);
    expect(retryDelaySeconds('junk', 'Request was throttled. Expected available in 1 second.', NOW)).toBe(1);
  });

  it('a 429 with an HTTP-date waits until then', async () => {
    const error = await throttled({ 'Retry-After': inSeconds(300) });
    expect(error.name).toBe('ThrottledError');
    expect(error.delay).toBeGreaterThanOrEqual(298);
    expect(error.delay).toBeLessThanOrEqual(300);
    expect(error.message).toContain('Zapier will retry in about 5 minutes');
  });

  it('a 429 asking for 99999999999 seconds waits an hour at most', async () => {
    const error = await throttled({ 'Retry-After': '99999999999' });
    expect(error).toMatchObject({ name: 'ThrottledError', delay: MAX_RETRY_AFTER_SECONDS });
    expect(error.message).toContain('about 60 minutes');
  });

  it('a 429 with Retry-After: 1e3 (no valid form) waits the default, not 1 second', async () => {
    const error = await throttled({ 'Retry-After': '1e3' });
    expect(error).toMatchObject({ name: 'ThrottledError', delay: DEFAULT_RETRY_AFTER_SECONDS });
  });
});
