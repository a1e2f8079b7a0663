/** Section 3: how the 50 are chosen, how one listing is recognized, and the rows. */
import { directoryRows, isOneListing, spread, throttledRows, type DirectoryRun, type ThrottledRun } from '../../bench/directory';

describe('spread', () => {
  it('runs from the first position to the last, evenly', () => {
    const positions = spread(10_000, 50);
    expect(positions).toHaveLength(50);
    expect(positions[0]).toBe(0);
    expect(positions.at(-1)).toBe(9_999);
    expect(new Set(positions).size).toBe(50);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('isOneListing', () => {
  const page = (query: string) => ({ url: `/v1/users/?${query}` });

  it('accepts pages of one size at offsets 0, size, 2·size…', () => {
    expect(isOneListing([page('include_email=true&limit=250'), page('include_email=true&limit=250&offset=250')])).toEqual({ one: true, pageSize: 250 });
    const byNumber = [page('include_email=true&limit=100&page_size=100'), page('include_email=true&limit=100&page_size=100&page=2')];
    expect(isOneListing(byNumber)).toEqual({ one: true, pageSize: 100 });
    expect(isOneListing([byNumber[0]!, byNumber[0]!]).one).toBe(false);
  });

  it('refuses a listing read twice, or with a gap', () => {
    expect(isOneListing([page('limit=250'), page('limit=250')]).one).toBe(false);
    expect(isOneListing([page('limit=250'), page('limit=250&offset=500')]).one).toBe(false);
    expect(isOneListing([])).toEqual({ one: false, pageSize: null });
  });
});

describe('directoryRows', () => {
  const run: DirectoryRun = {
    users: 10_000,
    recipients: 50,
    minPages: 100,
    pages: 100,
    oneListing: true,
    pageSize: 100,
    requests: 101,
    ms: 1234,
    again: { requests: 1, ms: 12 },
    delivered: true,
  };

  it('meets one listing of at most 100 pages of 100 and one request more than the pages', () => {
    const [listing, requests] = directoryRows(run);
    expect(listing).toMatchObject({ result: '100 pages of 100, one listing', goal: 'one listing, ≤ 100 pages of 100', met: true });
    expect(requests).toMatchObject({ result: '101', goal: '= 101', met: true });
  });

  it('misses a listing read twice, or more pages than 100', () => {
    const [listing, requests] = directoryRows({ ...run, pages: 200, oneListing: false, requests: 201, delivered: false });
    expect(listing).toMatchObject({ result: '200 pages of 100, NOT one listing', met: false });
    expect(requests!.met).toBe(false);
    expect(requests!.why).toContain('did NOT reach');
  });
});

describe('throttledRows', () => {
  const run: ThrottledRun = {
    users: 10_000,
    recipients: 50,
    perMinute: 60,
    first: { requests: 61, pages: 60, throttled: true, retryAfter: 59, message: 'DailyBot asked this connection to slow down…', ms: 900 },
    retry: { requests: 41, pages: 40, ms: 600, delivered: true },
    totalPages: 100,
    readTwice: 0,
    cacheBytes: 1_234_567,
  };

  it('meets 60 pages then a ThrottledError, a retry of the 40 unread pages and the message, no page twice', () => {
    const [first, retry, twice, cache] = throttledRows(run);
    expect(first).toMatchObject({ result: '61 requests (60 pages, then 429), 900 ms', met: true });
    expect(retry).toMatchObject({ result: '41 requests (40 pages + the message), 600 ms', goal: '= 41', met: true });
    expect(retry!.why).toContain('Retry-After (59 s here)');
    expect(twice).toMatchObject({ result: '0', met: true });
    expect(cache).toMatchObject({ result: '1.23 MB' });
  });

  it('misses a run that was not throttled, a retry that starts over, or a page read twice', () => {
    const [first, retry, twice] = throttledRows({ ...run, first: { ...run.first, throttled: false }, retry: { ...run.retry, requests: 101, pages: 100 }, readTwice: 60 });
    expect(first!.met).toBe(false);
    expect(retry!.met).toBe(false);
    expect(twice!.met).toBe(false);
  });
});
