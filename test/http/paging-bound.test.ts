/**
 * Issue 19 item 1: paging never trusts the server's `count`. A server that reports a billion items and
 * hands out one a page costs one run at most MAX_PAGES_PER_RUN requests; the run ends with a
 * ThrottledError and Zapier's retry goes on from the first unread page.
 */
import nock from 'nock';

import { findFirst, listAll, MAX_PAGES_PER_RUN, pages, RUN_BOUND_DELAY_SECONDS, type ListPosition } from '../../src/http/paginate';
import { resolveUsers } from '../../src/people';
import { Team } from '../../src/schemas/api';
import { API, appTester, authData, errorOf, runInApp } from '../helpers';

const BILLION = 1_000_000_000;
const listTeams = { path: '/teams/', item: Team, what: 'teams' };

/**
 * A hostile listing at `path`: `count` a billion, one item a page, `next` always one page further
 * (`?page=N`). `last` ends it. Records each page number asked for.
 */
const hostile = (path: string, item: (n: number) => Record<string, unknown>, last = Number.POSITIVE_INFINITY) => {
  const asked: number[] = [];
  nock(API)
    .persist()
    .get(path)
    .query(true)
    .reply((uri) => {
      const n = Number(new URL(uri, API).searchParams.get('page') ?? 1);
      asked.push(n);
      return [200, { count: BILLION, next: n < last ? `${API}${path}?page=${n + 1}` : null, results: [item(n)] }];
    });
  return asked;
};

const team = (n: number) => ({ uuid: `team-${n}`, name: `Team ${n}` });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

jest.setTimeout(60_000);
afterEach(() => nock.cleanAll());

describe('one run reads at most MAX_PAGES_PER_RUN pages, whatever count claims', () => {
  it('is enough for the benchmark’s 10,000-person directory (100 pages of 100) in one run', () => {
    expect(MAX_PAGES_PER_RUN).toBeGreaterThanOrEqual(100);
  });

  it('a search over a billion claimed items asks for 100 pages, ends with a ThrottledError, and the retry goes on from page 101', async () => {
    const asked = hostile('/teams/', team);
    const search = (keep: boolean) =>
      runInApp((z, bundle) => findFirst(z, bundle, { ...listTeams, sought: 'name:Team 150' }, (t) => t.name === 'Team 150'), {}, !keep);
    const error = await errorOf(search(false));
    expect(error).toMatchObject({ name: 'ThrottledError', delay: RUN_BOUND_DELAY_SECONDS });
    expect(error.message).toContain('longer than one run reads (100 pages)');
    expect(asked).toEqual(range(1, MAX_PAGES_PER_RUN));
    asked.length = 0;
    await expect(search(true)).resolves.toEqual(team(150));
    expect(asked).toEqual(range(101, 150));
  });

  it('a search that finds nothing still costs each run 100 requests at most; without `sought` the retry starts over', async () => {
    const asked = hostile('/teams/', team);
    for (let run = 0; run < 2; run += 1) {
      await expect(errorOf(runInApp((z, bundle) => findFirst(z, bundle, listTeams, () => false), {}, false))).resolves.toMatchObject({ name: 'ThrottledError' });
    }
    expect(asked).toEqual([...range(1, 100), ...range(1, 100)]);
  });

  it('a listing read whole ends with a plain error that says how to ask for less', async () => {
    const asked = hostile('/teams/', team);
    const error = await errorOf(runInApp((z, bundle) => listAll(z, bundle, listTeams, 'Narrow the dates.')));
    expect(error).toMatchObject({ code: 'dailybot_list_too_long' });
    expect(error.message).toBe('DailyBot\'s list of teams holds more than 100 items, more than one run reads. Narrow the dates.');
    expect(asked).toHaveLength(MAX_PAGES_PER_RUN);
  });

  it('a listing of exactly 100 pages is read in one run', async () => {
    const asked = hostile('/teams/', team, 100);
    await expect(runInApp((z, bundle) => listAll(z, bundle, listTeams))).resolves.toHaveLength(100);
    expect(asked).toHaveLength(100);
  });

  it('the directory keeps what it read and the retry goes on from the first unread page', async () => {
    const user = (n: number) => ({ uuid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, full_name: `Person ${n}`, email: `p${n}@acme.com` });
    const asked = hostile('/users/', user, 130);
    const resolve = (keep: boolean) =>
      appTester(((z: never, bundle: never) => resolveUsers(z, bundle, ['p120@acme.com', 'p3@acme.com'], 'Recipients')) as never, { authData } as never, !keep) as Promise<
        Awaited<ReturnType<typeof resolveUsers>>
      >;
    const error = await errorOf(resolve(false));
    expect(error).toMatchObject({ name: 'ThrottledError', delay: RUN_BOUND_DELAY_SECONDS });
    expect(error.message).toBe('Your organization has more users than one run reads (100 read so far). Zapier will retry in 60 seconds and go on from there.');
    expect(asked).toHaveLength(100);
    asked.length = 0;
    const users = await resolve(true);
    expect(users.map((x) => x.email)).toEqual(['p120@acme.com', 'p3@acme.com']);
    expect(asked).toEqual(range(101, 120));
  });

  it('the pages seen are not copied at every page: each position of one run shares one list', async () => {
    hostile('/teams/', team, 5);
    const positions = await runInApp(async (z, bundle) => {
      const out: ListPosition[] = [];
      for await (const page of pages(z, bundle, listTeams)) if (page.position) out.push(page.position);
      return out;
    });
    expect(positions).toHaveLength(4);
    expect(new Set(positions.map((p) => p.seen)).size).toBe(1);
    expect(positions[3]!.seen).toHaveLength(5);
  });
});
