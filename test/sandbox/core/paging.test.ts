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
