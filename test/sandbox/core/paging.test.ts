/** DailyBot's list envelope with DRF limit/offset paging and absolute next/previous links. */
import { startSandbox, type Sandbox } from '../../../sandbox';
import { api, call } from '../helpers';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ users: 25, seed: 3 });
});

afterAll(async () => {
  await sandbox.close();
});

describe('paging', () => {
  it('walks three pages of users by following next, then back with previous', async () => {
    const first = await api(sandbox, 'GET', '/users/?limit=10&include_email=true');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ count: 25, previous: null });
    expect(first.body.next).toBe(`${sandbox.apiUrl}/users/?limit=10&include_email=true&offset=10`);

    const second = await call(sandbox, 'GET', first.body.next);
    expect(second.body.previous).toBe(`${sandbox.apiUrl}/users/?limit=10&include_email=true`);
    expect(second.body.next).toBe(`${sandbox.apiUrl}/users/?limit=10&include_email=true&offset=20`);

    const third = await call(sandbox, 'GET', second.body.next);
    expect(third.body.next).toBeNull();
    expect(third.body.previous).toBe(`${sandbox.apiUrl}/users/?limit=10&include_email=true&offset=10`);

    const pages = [first, second, third].map((p) => p.body.results as Array<{ uuid: string; email: string }>);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    const uuids = pages.flat().map((u) => u.uuid);
    expect(new Set(uuids).size).toBe(25);
    expect(uuids).toEqual([...sandbox.state.users.keys()]);
    // include_email survives in the links, so every page has emails
    for (const user of pages.flat()) expect(user.email).toBe(sandbox.state.users.get(user.uuid)!.email);
  });

  it('shows email only with include_email=true', async () => {
    const plain = await api(sandbox, 'GET', '/users/?limit=3');
    for (const user of plain.body.results) expect(user).not.toHaveProperty('email');
    const off = await api(sandbox, 'GET', '/users/?limit=3&include_email=false');
    for (const user of off.body.results) expect(user).not.toHaveProperty('email');
  });

  it('serves 250 by default and never more than 250', async () => {
    const big = await startSandbox({ users: 600 });
    try {
      const first = await api(big, 'GET', '/users/');
      expect(first.body.results).toHaveLength(250);
      expect(first.body.next).toBe(`${big.apiUrl}/users/?limit=250&offset=250`);
      const capped = await api(big, 'GET', '/users/?limit=1000&offset=500');
      expect(capped.body.results).toHaveLength(100);
      expect(capped.body.previous).toBe(`${big.apiUrl}/users/?limit=250&offset=250`);
      expect(capped.body.next).toBeNull();
    } finally {
      await big.close();
    }
  });

  it('reads a bad limit as the default and a bad offset as 0, like DRF', async () => {
    const answer = await api(sandbox, 'GET', '/users/?limit=abc&offset=-4');
    expect(answer.body.results).toHaveLength(25);
    expect(answer.body.previous).toBeNull();
  });

  it('pages teams, team members, check-ins and templates the same way', async () => {
    const teams = await api(sandbox, 'GET', '/teams/?limit=2');
    expect(teams.body).toMatchObject({ count: 5, next: `${sandbox.apiUrl}/teams/?limit=2&offset=2`, previous: null });
    expect(teams.body.results[0]).toEqual({ uuid: sandbox.state.demo.generalTeam, name: 'General', active: true, is_default: true });

    const members = await api(sandbox, 'GET', `/teams/${sandbox.state.demo.generalTeam}/members/?limit=20&offset=20`);
    expect(members.body).toMatchObject({ count: 25, next: null });
    expect(members.body.results).toHaveLength(5);

    const checkins = await api(sandbox, 'GET', '/checkins/?limit=3');
    expect(checkins.body).toMatchObject({ count: 4, next: `${sandbox.apiUrl}/checkins/?limit=3&offset=3` });

    const templates = await api(sandbox, 'GET', '/templates/?type=checkins&limit=1&offset=1');
    expect(templates.body).toMatchObject({ count: 3, previous: `${sandbox.apiUrl}/templates/?type=checkins&limit=1` });
  });
});

/** A sandbox started with `name` set: a good value read as `expected`, a bad one refused with `message`. */
const expectFromEnv = async (
  name: string,
  [good, read, expected]: [string, (s: Sandbox) => unknown, unknown],
  [bad, message]: [string, string],
): Promise<void> => {
  process.env[name] = good;
  try {
    const fromEnv = await startSandbox({ users: 5 });
    expect(read(fromEnv)).toBe(expected);
    await fromEnv.close();
    process.env[name] = bad;
    await expect(startSandbox()).rejects.toThrow(message);
  } finally {
    delete process.env[name];
  }
};

describe('paging like the official CLI (page/page_size)', () => {
  let pager: Sandbox;

  beforeAll(async () => {
    pager = await startSandbox({ users: 260, seed: 3, paging: 'page' });
  });

  afterAll(async () => {
    await pager.close();
  });

  it('serves 25 by default, ?page=N links that keep the other parameters, and ignores limit/offset', async () => {
    const first = await api(pager, 'GET', '/users/?include_email=true&limit=100&offset=50');
    expect(first.body).toMatchObject({ count: 260, previous: null, next: `${pager.apiUrl}/users/?include_email=true&limit=100&offset=50&page=2` });
    expect(first.body.results).toHaveLength(25);
    expect(first.body.results[0].uuid).toBe([...pager.state.users.keys()][0]);
    const second = await call(pager, 'GET', first.body.next);
    expect(second.body.results[0].uuid).toBe([...pager.state.users.keys()][25]);
    expect(second.body.previous).toBe(`${pager.apiUrl}/users/?include_email=true&limit=100&offset=50`);
  });

  it('clamps page_size above 100, and a page past the end is a 404 as in DRF', async () => {
    const third = await api(pager, 'GET', '/users/?page_size=500&page=3');
    expect(third.body.results).toHaveLength(60);
    expect(third.body).toMatchObject({ next: null, previous: `${pager.apiUrl}/users/?page_size=500&page=2` });
    const past = await api(pager, 'GET', '/users/?page_size=100&page=4');
    expect(past.status).toBe(404);
    expect(past.body).toEqual({ detail: 'Invalid page.', code: 'not_found' });
  });

  it('switches style through POST /_sandbox/paging, and reset restores the start’s', async () => {
    const sandbox2 = await startSandbox({ users: 30 });
    try {
      await expect(call(sandbox2, 'GET', '/_sandbox/paging')).resolves.toMatchObject({ body: { style: 'offset', default_page_size: 250 } });
      const switched = await call(sandbox2, 'POST', '/_sandbox/paging', { body: { style: 'page' } });
      expect(switched.body).toMatchObject({ style: 'page', parameters: ['page', 'page_size'], default_page_size: 25, max_page_size: 100 });
      expect((await api(sandbox2, 'GET', '/users/')).body.results).toHaveLength(25);
      const bad = await call(sandbox2, 'POST', '/_sandbox/paging', { body: { style: 'cursor' } });
      expect(bad.status).toBe(400);
      await call(sandbox2, 'POST', '/_sandbox/reset');
      expect((await api(sandbox2, 'GET', '/users/')).body.results).toHaveLength(30);
    } finally {
      await sandbox2.close();
    }
  });

  it('reads DAILYBOT_SANDBOX_PAGING, and says plainly when it names no style', async () => {
    await expectFromEnv('DAILYBOT_SANDBOX_PAGING', ['page', (s) => s.state.paging, 'page'], ['pages', 'DAILYBOT_SANDBOX_PAGING must be "offset"']);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past N requests a minute per key, API routes only', async () => {
    const limited = await startSandbox({ users: 5, rateLimit: 3 });
    try {
      for (let i = 0; i < 3; i += 1) expect((await api(limited, 'GET', '/teams/')).status).toBe(200);
      const refused = await api(limited, 'GET', '/teams/');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
      expect(refused.body.detail).toMatch(/^Request was throttled\. Expected available in \d+ seconds\.$/);
      // another key has its own budget; control routes are never limited
      expect((await api(limited, 'GET', '/teams/', { key: limited.freePlanKey })).status).toBe(403);
      await expect(call(limited, 'GET', '/_sandbox/rate-limit')).resolves.toMatchObject({ body: { per_minute: 3, throttled: 1 } });
      // a new budget starts a fresh window
      await call(limited, 'POST', '/_sandbox/rate-limit', { body: { per_minute: null } });
      expect((await api(limited, 'GET', '/teams/')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('reads DAILYBOT_SANDBOX_RATE_LIMIT', async () => {
    await expectFromEnv('DAILYBOT_SANDBOX_RATE_LIMIT', ['60', (s) => s.state.rateLimit.perMinute, 60], ['fast', 'DAILYBOT_SANDBOX_RATE_LIMIT must be a number']);
  });
});
