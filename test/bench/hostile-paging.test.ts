import { hostilePagingRows, measureHostilePaging, type HostileRun } from '../../bench/hostile-paging';

const run = (requests: number, firstPage: number, lastPage: number, ended = 'ThrottledError'): HostileRun => ({ requests, firstPage, lastPage, ended, ms: 1000 });

describe('hostile paging rows', () => {
  it('meets its goals at the bound, the retry going on from the next page', () => {
    const rows = hostilePagingRows(run(100, 1, 100), run(100, 101, 200));
    expect(rows.map((r) => r.met)).toEqual([true, true]);
    expect(rows[0]!.result).toContain('100 requests, then ThrottledError');
  });

  it('misses them past the bound, or when the retry starts over', () => {
    const rows = hostilePagingRows(run(10_000, 1, 10_000, 'a result'), run(100, 1, 100));
    expect(rows.map((r) => r.met)).toEqual([false, false]);
  });

  it('measures a real run against a local hostile server: 100 requests, then the retry from page 101', async () => {
    const [first, retry] = await measureHostilePaging();
    expect(first).toMatchObject({ requests: 100, firstPage: 1, lastPage: 100, ended: 'ThrottledError' });
    expect(retry).toMatchObject({ requests: 100, firstPage: 101, lastPage: 200 });
  }, 120_000);
});
