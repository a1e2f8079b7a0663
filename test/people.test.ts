import nock from 'nock';

import { classify, resolveUsers } from '../src/people';
import { API, appTester, authData, errorOf } from './helpers';

const u = (uuid: string, full_name: string, email: string | null, is_active = true) => ({ uuid, full_name, email, is_active, role: 'MEMBER' });
const ANN = u('11111111-1111-4111-8111-111111111111', 'Ann Lee', 'ann@acme.com');
const BOB = u('22222222-2222-4222-8222-222222222222', 'Bob Stone', 'bob@acme.com');
const JO1 = u('33333333-3333-4333-8333-333333333333', 'Jo Park', 'jo.park@acme.com');
const JO2 = u('44444444-4444-4444-8444-444444444444', 'Jo Park', 'jp@acme.com');
const OLD = u('55555555-5555-4555-8555-555555555555', 'Bob Stone', 'bob.old@acme.com', false);

/** The first page's query: 100 a page in both paging styles. */
const FIRST = { include_email: 'true', limit: '100', page_size: '100' };
const PAGE_2 = `${API}/users/?include_email=true&page=2`;

/** The directory on two pages, as `GET /users/?include_email=true` serves it: `first`, then the answer `second`. */
const twoPages = (first: unknown[], second: [status: number, body: Record<string, unknown>, headers?: Record<string, string>], count = 5) =>
  nock(API)
    .get('/users/')
    .query(FIRST)
    .reply(200, { count, next: PAGE_2, results: first })
    .get('/users/')
    .query({ include_email: 'true', page: '2' })
    .reply(...second);

const directory = (users = [ANN, BOB, JO1, JO2, OLD]) => twoPages(users.slice(0, 2), [200, { count: users.length, next: null, results: users.slice(2) }], users.length);

/** Runs resolveUsers in the app; `keepCache` runs it as a later run of the same connection. */
const resolve = (inputs: string[], keepCache = false) =>
  appTester(((z: never, bundle: never) => resolveUsers(z, bundle, inputs, 'Recipients')) as never, { authData } as never, !keepCache) as Promise<
    Awaited<ReturnType<typeof resolveUsers>>
  >;

describe('classify', () => {
  it.each([
    ['11111111-1111-4111-8111-111111111111', 'uuid'],
    ['  ann@acme.com ', 'email'],
    ['Ann Lee', 'name'],
    ['not-an-email@', 'name'],
  ])('%s is a %s', (input, kind) => expect(classify(input).kind).toBe(kind));
});

describe('resolveUsers', () => {
  it('sends no request when every person is a UUID', async () => {
    const users = await resolve([ANN.uuid, BOB.uuid, ANN.uuid]);
    expect(users.map((x) => x.uuid)).toEqual([ANN.uuid, BOB.uuid]);
  });

  it('resolves many emails and names with one paged listing, in the order given', async () => {
    directory();
    const users = await resolve(['BOB@acme.com', 'ann lee', JO1.uuid, '  Ann  Lee ']);
    expect(users).toEqual([
      { input: 'BOB@acme.com', uuid: BOB.uuid, email: 'bob@acme.com', full_name: 'Bob Stone' },
      { input: 'ann lee', uuid: ANN.uuid, email: 'ann@acme.com', full_name: 'Ann Lee' },
      { input: JO1.uuid, uuid: JO1.uuid, email: null, full_name: null },
    ]);
  });

  it('stops listing once every email is found (emails are unique)', async () => {
    nock(API).get('/users/').query(FIRST).reply(200, { count: 5, next: PAGE_2, results: [ANN, BOB] });
    const users = await resolve(['ann@acme.com', 'bob@acme.com']);
    expect(users).toHaveLength(2);
  });

  it('fails, naming every input that matches nobody, before anything is sent', async () => {
    directory();
    const error = await errorOf(resolve(['ann@acme.com', 'zoe@acme.com', 'Nobody Here']));
    expect(error).toMatchObject({ code: 'dailybot_user_not_found' });
    expect(error.message).toContain('No DailyBot user matches “zoe@acme.com”, “Nobody Here” in “Recipients”');
  });

  it('fails when a name matches two people, listing them and suggesting the email', async () => {
    directory();
    const error = await errorOf(resolve(['Jo Park']));
    expect(error.message).toBe('“Jo Park” in “Recipients” matches 2 DailyBot users (jo.park@acme.com, jp@acme.com): use an email address instead.');
  });

  it('prefers the one active person when a name is shared with a deactivated one', async () => {
    directory();
    const [bob] = await resolve(['Bob Stone']);
    expect(bob?.uuid).toBe(BOB.uuid);
  });

  it('keeps the directory for later runs of the same connection: no listing when all are cached', async () => {
    directory();
    await resolve(['Ann Lee']);
    const users = await resolve(['bob@acme.com', 'ann@acme.com'], true);
    expect(users.map((x) => x.uuid)).toEqual([BOB.uuid, ANN.uuid]);
  });

  it('never shares a directory between two connections', async () => {
    directory([ANN]);
    await resolve(['Ann Lee']);
    nock(API, { reqheaders: { 'x-api-key': 'another-organization-key' } })
      .get('/users/')
      .query(true)
      .reply(200, { count: 1, next: null, results: [BOB] });
    const other = appTester(((z: never, bundle: never) => resolveUsers(z, bundle, ['Ann Lee'], 'Recipients')) as never, {
      authData: { api_key: 'another-organization-key' },
    } as never);
    await expect(errorOf(other)).resolves.toMatchObject({ code: 'dailybot_user_not_found' });
  });

  it('refreshes the cached directory once for a name it lacks, then finds it', async () => {
    directory([ANN, BOB]);
    await resolve(['Ann Lee']);
    const NEW = u('66666666-6666-4666-8666-666666666666', 'New Hire', 'new@acme.com');
    directory([ANN, BOB, NEW]);
    const [found] = await resolve(['New Hire'], true);
    expect(found?.uuid).toBe(NEW.uuid);
  });

  it('refreshes once, and only once, before failing on an unknown name', async () => {
    directory();
    await resolve(['Ann Lee']);
    directory();
    const error = await errorOf(resolve(['Ghost'], true));
    expect(error.message).toContain('“Ghost”');
  });

  it('goes on from where an email look-up stopped when a later run needs a name: no page is read twice', async () => {
    nock(API).get('/users/').query(FIRST).reply(200, { count: 5, next: PAGE_2, results: [ANN, BOB] });
    await resolve(['ann@acme.com']);
    nock(API).get('/users/').query({ include_email: 'true', page: '2' }).reply(200, { count: 5, next: null, results: [JO1, JO2, OLD] });
    const error = await errorOf(resolve(['Jo Park'], true));
    expect(error.message).toContain('matches 2 DailyBot users');
  });

  it('caches as complete a listing that stopped for its emails on the last page: a later name needs no request', async () => {
    directory();
    await resolve(['jp@acme.com']); // found on the second, last, page
    const [ann] = await resolve(['Ann Lee'], true);
    expect(ann?.uuid).toBe(ANN.uuid);
  });

  describe('a big directory under the rate limit', () => {
    it('keeps what it read when DailyBot answers 429 part-way, ends with a ThrottledError, and the retry goes on from the next unread page', async () => {
      twoPages([ANN, BOB], [429, { detail: 'Request was throttled. Expected available in 30 seconds.' }, { 'Retry-After': '30' }]);
      const error = await errorOf(resolve(['jp@acme.com', 'Ann Lee']));
      expect(error).toMatchObject({ name: 'ThrottledError', delay: 30 });
      expect(error.message).toBe('DailyBot asked this connection to slow down after 2 of your organization’s users were read. Zapier will retry in 30 seconds and go on from there.');
      // Zapier's retry: only page 2 is asked for
      nock(API).get('/users/').query({ include_email: 'true', page: '2' }).reply(200, { count: 5, next: null, results: [JO1, JO2, OLD] });
      const users = await resolve(['jp@acme.com', 'Ann Lee'], true);
      expect(users.map((x) => x.uuid)).toEqual([JO2.uuid, ANN.uuid]);
    });

    it('a 429 on the first page keeps nothing and is DailyBot’s own throttle error', async () => {
      nock(API).get('/users/').query(FIRST).reply(429, { detail: 'Request was throttled.' }, { 'Retry-After': '5' });
      await expect(errorOf(resolve(['ann@acme.com']))).resolves.toMatchObject({ name: 'ThrottledError', delay: 5 });
      directory();
      await expect(resolve(['Ann Lee'], true)).resolves.toHaveLength(1);
    });

    it('people who join while the directory is read (an offset listing shifts) are not counted twice', async () => {
      twoPages([ANN, BOB], [200, { count: 3, next: null, results: [BOB, JO1] }], 3);
      await expect(resolve(['Bob Stone', 'Jo Park'])).resolves.toHaveLength(2);
    });
  });

  it('fails clearly when the directory’s paging loops, rather than report someone missing', async () => {
    nock(API).get('/users/').query(FIRST).reply(200, { count: 9, next: `${API}/users/?page_size=100&include_email=true&limit=100`, results: [ANN] });
    await expect(errorOf(resolve(['Bob Stone']))).resolves.toMatchObject({ code: 'dailybot_paging_loop' });
  });

  it.each([
    ['users: [null]', { v: 2, at: Date.now(), users: [null], resume: null }],
    ['a wrong type in an entry', { v: 2, at: Date.now(), users: [[ANN.uuid, 7, 'Ann Lee', 1]], resume: null }],
    ['version 1’s shape', { complete: true, users: [[ANN.uuid, 'ann@acme.com', 'Ann Lee', 1]] }],
    ['not an object', 'garbage'],
    ['a broken resume position', { v: 2, at: Date.now(), users: [], resume: { next: 42 } }],
  ])('treats a malformed cached directory (%s) as a miss, never a crash', async (_what, corrupt) => {
    directory();
    await resolve(['Ann Lee']);
    const cache = (appTester as unknown as { zcacheTestObj: Record<string, string> }).zcacheTestObj;
    expect(Object.keys(cache)).toHaveLength(1);
    for (const key of Object.keys(cache)) cache[key] = JSON.stringify(corrupt);
    directory();
    const [bob] = await resolve(['Bob Stone'], true);
    expect(bob?.uuid).toBe(BOB.uuid);
  });

  it('finds a full name typed in decomposed Unicode (NFD, as macOS writes it): one comparison rule everywhere', async () => {
    const ZOE = u('77777777-7777-4777-8777-777777777777', 'Zoë Ångström', 'zoe@acme.com');
    directory([ANN, ZOE]);
    const [zoe] = await resolve(['  zoë   ÅNGSTRÖM '.normalize('NFD')]);
    expect(zoe?.uuid).toBe(ZOE.uuid);
  });
});
