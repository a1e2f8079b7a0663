/** The /_sandbox/ routes, reset, determinism and shutdown. */
import { startSandbox, type Sandbox } from '../../../sandbox';
import { api, call, startReceiver, subscribe, useSandbox } from '../helpers';

const sandbox = useSandbox({ users: 25, now: '2025-03-12T15:00:00Z' });

const demo = () => sandbox.state.demo;

describe('seeding', () => {
  it('builds the same organization from the same seed', async () => {
    const twin = await startSandbox({ users: 25, now: '2025-03-12T15:00:00Z' });
    try {
      expect(twin.apiKey).toBe(sandbox.apiKey);
      expect(new URL(twin.activityHookUrl).pathname).toBe(new URL(sandbox.activityHookUrl).pathname);
      expect((await api(twin, 'GET', '/users/?include_email=true')).body.results).toEqual((await api(sandbox, 'GET', '/users/?include_email=true')).body.results);
      const responses = (s: Sandbox) => api(s, 'GET', `/checkins/${demo().standup}/responses/?date_start=2025-03-06`);
      expect((await responses(twin)).body).toEqual(JSON.parse(JSON.stringify((await responses(sandbox)).body).split(sandbox.url).join(twin.url)));
    } finally {
      await twin.close();
    }
  });

  it('builds another organization from another seed, with the same people first', async () => {
    const other = await startSandbox({ users: 25, seed: 2 });
    try {
      expect(other.apiKey).not.toBe(sandbox.apiKey);
      expect(other.state.demo.standup).not.toBe(demo().standup);
      expect(other.state.users.get(other.state.demo.manager)!.full_name).toBe('Priya Natarajan');
    } finally {
      await other.close();
    }
  });

  it('keeps team, check-in and key IDs whatever the number of users', async () => {
    const bigger = await startSandbox({ users: 60 });
    try {
      expect(bigger.apiKey).toBe(sandbox.apiKey);
      expect(bigger.state.demo.standup).toBe(demo().standup);
      expect(bigger.state.demo.engineeringTeam).toBe(demo().engineeringTeam);
    } finally {
      await bigger.close();
    }
  });

  it('seeds the same responses whatever the hour it starts', async () => {
    const early = await startSandbox({ users: 25, now: '2025-03-12T00:30:00Z' });
    const late = await startSandbox({ users: 25, now: '2025-03-12T23:30:00Z' });
    try {
      const summary = (s: Sandbox) => [...s.state.responses.values()].map((r) => [r.uuid, r.user, r.date, r.content]);
      expect(summary(early)).toEqual(summary(late));
      for (const r of early.state.responses.values()) expect(r.created_at.getTime()).toBeLessThanOrEqual(Date.parse('2025-03-12T00:30:00Z'));
    } finally {
      await early.close();
      await late.close();
    }
  });

  it('refuses a user count it cannot seed', async () => {
    await expect(startSandbox({ users: 4 })).rejects.toThrow('The sandbox seeds 5 to 10000 users; got 4.');
    await expect(startSandbox({ users: 10_001 })).rejects.toThrow(RangeError);
  });
});

describe('reset', () => {
  it('brings back the freshly seeded organization and forgets subscriptions, outbox, logs and faults', async () => {
    const receiver = await startReceiver();
    try {
      const original = await api(sandbox, 'GET', `/users/${demo().manager}/`);
      await api(sandbox, 'PATCH', `/users/${demo().manager}/`, { body: { full_name: 'Someone Else' } });
      await api(sandbox, 'DELETE', `/checkins/${demo().standup}/`);
      await api(sandbox, 'POST', '/send-email/', { body: { users_uuids: [demo().owner], email_subject: 'S', email_content: 'C' } });
      await subscribe(sandbox, receiver.url, ['kudos.posted']);
      await call(sandbox, 'POST', '/_sandbox/faults', { body: { path: '/v1/teams/', status: 500 } });

      const answer = await call(sandbox, 'POST', '/_sandbox/reset');
      expect(answer.body).toEqual({ detail: 'The organization is freshly seeded.', users: 25, seed: 1 });
      expect((await api(sandbox, 'GET', `/users/${demo().manager}/`)).body).toEqual(original.body);
      expect((await api(sandbox, 'GET', `/checkins/${demo().standup}/`)).status).toBe(200);
      expect((await api(sandbox, 'GET', '/teams/')).status).toBe(200);
      expect(sandbox.state.outbox).toEqual([]);
      expect(sandbox.state.subscriptions).toEqual([]);
      expect(sandbox.state.deliveries).toEqual([]);
      expect(sandbox.state.faults.all).toEqual([]);
      expect(sandbox.state.requests.map((r) => r.path)).toEqual([`/v1/users/${demo().manager}/`, `/v1/checkins/${demo().standup}/`, '/v1/teams/']);
    } finally {
      await receiver.close();
    }
  });
});

describe('what the sandbox saw', () => {
  it('GET /_sandbox/outbox lists what DailyBot sent, by kind', async () => {
    await api(sandbox, 'POST', '/send-message/', { body: { message: 'Hi', target_users: [demo().manager] } });
    await api(sandbox, 'POST', '/open-conversation/', { body: { users_uuids: [demo().manager] } });
    const all = await call(sandbox, 'GET', '/_sandbox/outbox');
    expect(all.body.map((e: { kind: string; id: number }) => [e.id, e.kind])).toEqual([
      [1, 'message'],
      [2, 'conversation'],
    ]);
    expect((await call(sandbox, 'GET', '/_sandbox/outbox?kind=conversation')).body).toEqual([expect.objectContaining({ kind: 'conversation', users: [demo().manager] })]);
    expect((await call(sandbox, 'DELETE', '/_sandbox/outbox')).status).toBe(204);
    expect(sandbox.state.outbox).toEqual([]);
  });

  it('GET /_sandbox/requests lists requests with headers and bodies (not its own routes)', async () => {
    await api(sandbox, 'POST', '/send-email/', { body: { users_uuids: [demo().owner], email_subject: 'S', email_content: 'C' } });
    await call(sandbox, 'GET', '/_sandbox/outbox');
    const requests = (await call(sandbox, 'GET', '/_sandbox/requests?path=/v1/send-')).body;
    expect(requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/v1/send-email/',
        status: 200,
        body: { users_uuids: [demo().owner], email_subject: 'S', email_content: 'C' },
        headers: expect.objectContaining({ 'x-api-key': sandbox.apiKey, 'content-type': 'application/json' }),
      }),
    ]);
    expect(sandbox.state.requests.some((r) => r.path.startsWith('/_sandbox'))).toBe(false);
  });

  it('GET /_sandbox/subscriptions and /_sandbox/deliveries show hooks and deliveries', async () => {
    const receiver = await startReceiver();
    try {
      const id = await subscribe(sandbox, receiver.url, ['kudos.posted', 'organization.user_deactivated'], { bearer: 'b' });
      await call(sandbox, 'POST', '/_sandbox/kudos', { body: { receivers: [demo().manager] } });
      await call(sandbox, 'POST', `/_sandbox/users/${demo().manager}/deactivate`);
      await call(sandbox, 'GET', '/_sandbox/idle');
      expect((await call(sandbox, 'GET', '/_sandbox/subscriptions')).body).toEqual([
        expect.objectContaining({ id, hook_url: receiver.url, bearer: 'b', subscriptions: ['kudos.posted', 'organization.user_deactivated'] }),
      ]);
      const deliveries = (await call(sandbox, 'GET', '/_sandbox/deliveries?event=kudos.posted')).body;
      expect(deliveries).toEqual([expect.objectContaining({ event: 'kudos.posted', hook_id: id, status: 200, headers: expect.objectContaining({ 'x-bearer': 'b' }) })]);
      expect((await call(sandbox, 'GET', `/_sandbox/deliveries?hook_id=${id}`)).body).toHaveLength(2);
    } finally {
      await receiver.close();
    }
  });
});

describe('/_sandbox/ event routes', () => {
  it('complete a check-in for the next participant who has not answered, and refuse a second answer', async () => {
    const first = await call(sandbox, 'POST', `/_sandbox/checkins/${demo().standup}/responses`, { body: {} });
    expect(first.status).toBe(201);
    const user = first.body.user.uuid;
    expect(sandbox.state.checkin(demo().standup).participants).toContain(user);
    const again = await call(sandbox, 'POST', `/_sandbox/checkins/${demo().standup}/responses`, { body: { user } });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('already_answered');
    expect((await api(sandbox, 'GET', `/checkins/${demo().standup}/responses/?user=${user}`)).body.count).toBe(1);
  });

  it('explain what is wrong', async () => {
    const cases: Array<[string, string, unknown, number, string]> = [
      ['POST', '/_sandbox/checkins/00000000-0000-4000-8000-000000000000/responses', {}, 404, 'not_found'],
      ['POST', `/_sandbox/checkins/${demo().standup}/responses`, { user: 'nobody@example.com' }, 404, 'not_found'],
      ['POST', `/_sandbox/checkins/${demo().standup}/responses`, { user: demo().owner, answers: [1, 2] }, 400, 'invalid'],
      ['POST', `/_sandbox/checkins/${demo().standup}/responses`, { user: demo().owner, answers: ['a', 'b', 'c', 'd'] }, 400, 'invalid'],
      ['POST', `/_sandbox/checkins/${demo().standup}/responses`, { user: demo().owner, answers: { 'not-a-question': 'x' } }, 400, 'invalid'],
      ['POST', '/_sandbox/kudos', {}, 400, 'invalid'],
      ['POST', `/_sandbox/users/${demo().owner}/promote`, undefined, 400, 'invalid'],
      ['POST', `/_sandbox/teams/${demo().engineeringTeam}/members`, {}, 400, 'invalid'],
      ['DELETE', `/_sandbox/teams/${demo().engineeringTeam}/members/${demo().owner}`, undefined, 404, 'not_found'],
    ];
    for (const [method, path, body, status, code] of cases) {
      const answer = await call(sandbox, method, path, { body });
      expect([path, answer.status, answer.body.code]).toEqual([path, status, code]);
    }
  });

  it('say who has answered when everyone has', async () => {
    const checkin = sandbox.state.createCheckin({ name: 'Solo', template: demo().standupTemplate }, sandbox.state.users.get(demo().owner)!);
    expect((await call(sandbox, 'POST', `/_sandbox/checkins/${checkin.id}/responses`, { body: {} })).status).toBe(201);
    const none = await call(sandbox, 'POST', `/_sandbox/checkins/${checkin.id}/responses`, { body: {} });
    expect(none.body).toEqual({ detail: 'Every participant of "Solo" has answered for 2025-03-12; name a user.', code: 'everyone_answered' });
  });
});

describe('shutdown', () => {
  it('close() ends a request held by a delay fault and resolves quickly', async () => {
    const doomed = await startSandbox();
    await call(doomed, 'POST', '/_sandbox/faults', { body: { path: '/v1/me/', delay_ms: 60_000 } });
    const pending = api(doomed, 'GET', '/me/').catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await doomed.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    const outcome = await pending;
    expect(outcome instanceof Error || (outcome as { status: number }).status > 0).toBe(true);
  });
});
