/** Organization, users and teams: the documented answers, checks and errors. */
import { api, call, useSandbox } from '../helpers';

const sandbox = useSandbox({ users: 25, now: '2025-03-12T15:00:00Z' });

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('organization and users', () => {
  it('GET /organization/ answers the documented fields', async () => {
    const answer = await api(sandbox, 'GET', '/organization/');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      uuid: sandbox.state.org.uuid,
      name: 'Acme Robotics',
      image: expect.stringMatching(/^https:\/\//),
      platform: 'slack',
      chat_platform_data: { is_active: true, organization_external_id: expect.stringMatching(/^T[A-Z0-9]{10}$/) },
      supported_domains: ['acme-robotics.example'],
      has_email_password_enabled: false,
    });
  });

  it('GET /users/{uuid}/ answers the user, with the email when asked', async () => {
    const manager = sandbox.state.users.get(sandbox.state.demo.manager)!;
    const answer = await api(sandbox, 'GET', `/users/${manager.uuid}/?include_email=true`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      uuid: manager.uuid,
      full_name: 'Priya Natarajan',
      occupation: 'Engineering Manager',
      email: 'priya.natarajan@acme-robotics.example',
      is_active: true,
      work_days: [1, 2, 3, 4, 5],
      chat_platform_data: { user_external_id: expect.any(String) },
      organization: { uuid: sandbox.state.org.uuid, name: 'Acme Robotics' },
    });
  });

  it('keeps exactly one "Engineering Manager", one deactivated admin and one person on time off', async () => {
    const all = (await api(sandbox, 'GET', '/users/?include_email=true')).body.results as Array<Record<string, unknown>>;
    expect(all.filter((u) => u.occupation === 'Engineering Manager').map((u) => u.uuid)).toEqual([sandbox.state.demo.manager]);
    expect(all.filter((u) => u.is_active === false).map((u) => u.uuid)).toEqual([sandbox.state.demo.inactiveUser]);
    // The listing shows time off as DD/MM/YYYY, as in DailyBot's documentation
    expect(all.filter((u) => u.timeoff_start !== null).map((u) => [u.full_name, u.timeoff_start, u.timeoff_end])).toEqual([
      ['Hannah Schmidt', '11/03/2025', '17/03/2025'],
    ]);
    expect(new Set(all.map((u) => u.email)).size).toBe(25);
    expect(new Set(all.map((u) => u.full_name)).size).toBe(25);
  });

  it.each(['/users/not-a-uuid/', `/users/${MISSING}/`])('GET %s is a 404', async (path) => {
    const answer = await api(sandbox, 'GET', path);
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ detail: 'Not found.', code: 'not_found' });
  });

  it('PATCH /users/{uuid}/ changes the documented fields and answers an empty 200', async () => {
    const uuid = sandbox.state.demo.manager;
    const answer = await api(sandbox, 'PATCH', `/users/${uuid}/`, {
      body: {
        full_name: 'Priya N. Natarajan',
        occupation: 'Director of Engineering',
        birth_date: '10-26',
        timezone: 'America/New_York',
        work_days: [5, 1, 2],
        timeoff_start: '2025-04-01',
        timeoff_end: '2025-04-04',
        hour_init_work: '08:15',
        bot_enabled: false,
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
    const after = await api(sandbox, 'GET', `/users/${uuid}/`);
    expect(after.body).toMatchObject({
      full_name: 'Priya N. Natarajan',
      occupation: 'Director of Engineering',
      birth_date: '10-26',
      work_days: [1, 2, 5],
      timeoff_start: '01/04/2025',
      timeoff_end: '04/04/2025',
      work_start_time: '08:15:00',
      bot_enabled: false,
    });
  });

  it('PATCH /users/{uuid}/ lists every bad field in one 400', async () => {
    const answer = await api(sandbox, 'PATCH', `/users/${sandbox.state.demo.manager}/`, {
      body: { birth_date: '1990-10-26', timezone: 'Mars/Olympus', work_days: [0, 8], is_active: 'maybe', hour_init_work: '25:00', timeoff_start: '2025-04-05', timeoff_end: '2025-04-01' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      detail: 'Invalid input.',
      code: 'invalid',
      errors: {
        birth_date: ['Birth date has wrong format. Use MM-DD.'],
        timezone: ['"Mars/Olympus" is not a valid choice.'],
        work_days: ['Each day must be a number from 1 (Monday) to 7 (Sunday).'],
        is_active: ['Must be a valid boolean.'],
        hour_init_work: ['Time has wrong format. Use one of these formats instead: hh:mm[:ss[.uuuuuu]].'],
        timeoff_end: ['The time off must end on or after its start.'],
      },
    });
    expect(sandbox.state.users.get(sandbox.state.demo.manager)!.timezone).toBe('America/New_York');
  });

  it('PATCH /users/{uuid}/ refuses a field DailyBot does not document', async () => {
    const answer = await api(sandbox, 'PATCH', `/users/${sandbox.state.demo.manager}/`, { body: { work_start_time: '09:00:00', name: 'x' } });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      detail: 'Unknown fields: work_start_time, name.',
      code: 'unknown_field',
      errors: { work_start_time: ['Unknown field.'], name: ['Unknown field.'] },
    });
  });
});

describe('teams', () => {
  const engineering = () => sandbox.state.demo.engineeringTeam;

  it('GET /teams/{uuid}/ and its members', async () => {
    const team = await api(sandbox, 'GET', `/teams/${engineering()}/`);
    expect(team.body).toEqual({ uuid: engineering(), name: 'Engineering', active: true, is_default: false });
    const members = await api(sandbox, 'GET', `/teams/${engineering()}/members/?include_email=true`);
    expect(members.body.count).toBe(sandbox.state.team(engineering()).members.size);
    expect(members.body.results[0]).toMatchObject({ full_name: 'Priya Natarajan', email: 'priya.natarajan@acme-robotics.example' });
  });

  it('404s for an unknown team', async () => {
    for (const path of [`/teams/${MISSING}/`, `/teams/${MISSING}/members/`]) {
      expect((await api(sandbox, 'GET', path)).status).toBe(404);
    }
  });

  it('POST /teams/{uuid}/member/ adds users and answers an empty 200', async () => {
    const owner = sandbox.state.demo.owner;
    expect(sandbox.state.team(engineering()).members.has(owner)).toBe(false);
    const answer = await api(sandbox, 'POST', `/teams/${engineering()}/member/`, { body: { members: [{ uuid: owner, platform: 'dailybot' }] } });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
    expect(sandbox.state.team(engineering()).members.has(owner)).toBe(true);
  });

  it('POST /teams/{uuid}/member/ checks the members', async () => {
    const owner = sandbox.state.demo.owner;
    const cases: Array<[unknown, number, string]> = [
      [{}, 400, 'invalid'],
      [{ members: [] }, 400, 'invalid'],
      [{ members: [owner] }, 400, 'invalid'],
      [{ members: [{ uuid: owner, platform: 'slack' }] }, 400, 'invalid'],
      [{ members: [{ uuid: MISSING, platform: 'dailybot' }] }, 400, 'one_or_more_users_not_found'],
    ];
    for (const [body, status, code] of cases) {
      const answer = await api(sandbox, 'POST', `/teams/${engineering()}/member/`, { body });
      expect([answer.status, answer.body.code]).toEqual([status, code]);
    }
    expect(sandbox.state.team(engineering()).members.has(owner)).toBe(false);
  });

  it('DELETE /teams/{uuid}/member/{user}/ removes a member; a non-member is a 404', async () => {
    const manager = sandbox.state.demo.manager;
    const answer = await api(sandbox, 'DELETE', `/teams/${engineering()}/member/${manager}/`);
    expect(answer.status).toBe(204);
    expect(sandbox.state.team(engineering()).members.has(manager)).toBe(false);
    const again = await api(sandbox, 'DELETE', `/teams/${engineering()}/member/${manager}/`);
    expect(again.status).toBe(404);
  });
});

describe('GET /me/ in both shapes', () => {
  afterEach(() => {
    delete process.env.SANDBOX_ME_STYLE;
  });

  it('answers flat by default (seed 001), with the older flat organization fields', async () => {
    const answer = await api(sandbox, 'GET', '/me/');
    expect(answer.body).toMatchObject({ uuid: sandbox.state.demo.owner, full_name: 'Alex Rivera', user: 'Alex Rivera', organization: { name: 'Acme Robotics' } });
    expect(answer.body.organization_name).toBe('Acme Robotics');
  });

  it('answers nested after POST /_sandbox/me {style: nested}, as the official CLI’s reference shows it; reset goes back to flat', async () => {
    const set = await call(sandbox, 'POST', '/_sandbox/me', { body: { style: 'nested' } });
    expect(set.body).toEqual({ style: 'nested' });
    const owner = sandbox.state.users.get(sandbox.state.demo.owner)!;
    const answer = await api(sandbox, 'GET', '/me/');
    expect(answer.body).toEqual({
      user: { uuid: owner.uuid, full_name: 'Alex Rivera', email: owner.email },
      organization: { uuid: sandbox.state.org.uuid, name: 'Acme Robotics' },
    });
    sandbox.state.reset();
    expect((await api(sandbox, 'GET', '/me/')).body.user).toBe('Alex Rivera');
  });

  it('starts nested with SANDBOX_ME_STYLE=nested, and refuses a style it does not know', async () => {
    process.env.SANDBOX_ME_STYLE = 'nested';
    sandbox.state.reset();
    expect((await api(sandbox, 'GET', '/me/')).body.user).toMatchObject({ full_name: 'Alex Rivera' });
    const bad = await call(sandbox, 'POST', '/_sandbox/me', { body: { style: 'sideways' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ style: ['"sideways" is not a valid choice: flat, nested.'] });
  });
});
