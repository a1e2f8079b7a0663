/** Section 3: how the 50 are chosen, how one listing is recognized, and the rows. */
import { directoryRows, isOneListing, spread, type DirectoryRun } from '../../bench/directory';

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
    minPages: 40,
    pages: 40,
    oneListing: true,
    pageSize: 250,
    requests: 41,
    ms: 1234,
    again: { requests: 1, ms: 12 },
    delivered: true,
  };

  it('meets one listing of at most 40 pages and one request more than the pages', () => {
    const [listing, requests] = directoryRows(run);
    expect(listing).toMatchObject({ result: '40 pages of 250, one listing', goal: 'one listing, ≤ 40 pages of 250', met: true });
    expect(requests).toMatchObject({ result: '41', goal: '= 41', met: true });
  });

  it('misses a listing read twice, or more pages than 40', () => {
    const [listing, requests] = directoryRows({ ...run, pages: 80, oneListing: false, requests: 81, delivered: false });
    expect(listing).toMatchObject({ result: '80 pages of 250, NOT one listing', met: false });
    expect(requests!.met).toBe(false);
    expect(requests!.why).toContain('did NOT reach');
  });
});
