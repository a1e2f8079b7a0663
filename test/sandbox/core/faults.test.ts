/** Fault injection: statuses, Retry-After, delays, dropped connections, non-JSON answers. */
import { startSandbox, type Sandbox } from '../../../sandbox';
import { api, call } from '../helpers';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});

afterEach(async () => {
  await call(sandbox, 'DELETE', '/_sandbox/faults');
});

afterAll(async () => {
  await sandbox.close();
});

const addFault = async (fault: Record<string, unknown>) => {
  const answer = await call(sandbox, 'POST', '/_sandbox/faults', { key: null, body: fault });
  expect(answer.status).toBe(201);
  return answer.body as { id: number };
};

describe('faults', () => {
  it('answer a chosen status with a DailyBot-style body, then stop after `times`', async () => {
    await addFault({ path: '/v1/me/', status: 503, times: 2 });
    for (let i = 0; i < 2; i += 1) {
      const answer = await api(sandbox, 'GET', '/me/');
      expect(answer.status).toBe(503);
      expect(answer.body).toEqual({ detail: 'A server error occurred.', code: 'server_error' });
    }
    expect((await api(sandbox, 'GET', '/me/')).status).toBe(200);
    const [fault] = (await call(sandbox, 'GET', '/_sandbox/faults')).body;
    expect(fault).toMatchObject({ path: '/v1/me/', hits: 2, remaining: 0 });
  });

  it('send 429 with Retry-After and the throttling text', async () => {
    await addFault({ path: '/v1/users/', status: 429, retry_after: 7 });
    const answer = await api(sandbox, 'GET', '/users/?limit=5');
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('7');
    expect(answer.body).toEqual({ detail: 'Request was throttled. Expected available in 7 seconds.' });
  });

  it('send a given body, e.g. the free plan’s daily limit', async () => {
    const body = { detail: 'Daily limit reached for the free plan.', code: 'free_plan_daily_limit_exceeded' };
    await addFault({ method: 'post', path: '/v1/send-message/', status: 429, body });
    const answer = await api(sandbox, 'POST', '/send-message/', { body: { message: 'Hi', target_channels: [{ id: 'C1' }] } });
    expect([answer.status, answer.body]).toEqual([429, body]);
    expect(answer.headers.get('retry-after')).toBeNull();
    expect(sandbox.state.outbox).toEqual([]);
  });

  it('match a method only when given one, and a prefix when the path ends with *', async () => {
    await addFault({ method: 'DELETE', path: '/v1/checkins/*', status: 500 });
    expect((await api(sandbox, 'GET', `/checkins/${sandbox.state.demo.standup}/`)).status).toBe(200);
    expect((await api(sandbox, 'DELETE', `/checkins/${sandbox.state.demo.standup}/`)).status).toBe(500);
    expect(sandbox.state.checkins.has(sandbox.state.demo.standup)).toBe(true);

    await addFault({ path: '/v1/teams/', status: 502 });
    expect((await api(sandbox, 'GET', '/teams/')).status).toBe(502);
    expect((await api(sandbox, 'GET', `/teams/${sandbox.state.demo.generalTeam}/`)).status).toBe(200); // exact, not a prefix
  });

  it('delay an answer, which then comes normally', async () => {
    await addFault({ path: '/v1/organization/', delay_ms: 300 });
    const started = Date.now();
    const answer = await api(sandbox, 'GET', '/organization/');
    const took = Date.now() - started;
    expect(answer.status).toBe(200);
    expect(answer.body.name).toBe('Acme Robotics');
    expect(took).toBeGreaterThanOrEqual(280);
  });

  it('drop the connection without an answer', async () => {
    await addFault({ path: '/v1/me/', drop_connection: true, times: 1 });
    await expect(api(sandbox, 'GET', '/me/')).rejects.toThrow(/fetch failed/);
    const record = sandbox.state.requests.filter((r) => r.path === '/v1/me/').at(-1)!;
    expect(record).toMatchObject({ status: null, fault: expect.any(Number) });
    expect((await api(sandbox, 'GET', '/me/')).status).toBe(200);
  });

  it('answer an HTML page instead of JSON', async () => {
    await addFault({ path: '/v1/forms/', non_json: true });
    const answer = await api(sandbox, 'GET', '/forms/');
    expect(answer.status).toBe(502);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.text).toContain('<h1>502 Bad Gateway</h1>');
    await call(sandbox, 'DELETE', '/_sandbox/faults');
    await addFault({ path: '/v1/forms/', non_json: true, status: 200, body: 'ok' });
    const ok = await api(sandbox, 'GET', '/forms/');
    expect([ok.status, ok.text]).toEqual([200, 'ok']);
  });

  it('reach the Activity Hook too, but never /_sandbox/ routes', async () => {
    await addFault({ path: new URL(sandbox.activityHookUrl).pathname, status: 500 });
    const hook = await call(sandbox, 'POST', sandbox.activityHookUrl, { key: null, body: { custom_type: 'x', message: 'y', user_uuid: sandbox.state.demo.owner } });
    expect(hook.status).toBe(500);
    const refused = await call(sandbox, 'POST', '/_sandbox/faults', { body: { path: '/_sandbox/outbox', status: 500 } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual({ path: ['Faults cannot apply to /_sandbox/ routes.'] });
  });

  it('are described with checked fields', async () => {
    const empty = await call(sandbox, 'POST', '/_sandbox/faults', { body: { path: '/v1/me/' } });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual({ non_field_errors: ['Say what should happen: status, delay_ms, drop_connection or non_json.'] });
    const bad = await call(sandbox, 'POST', '/_sandbox/faults', { body: { path: 'v1/me/', status: 99, method: 'FETCH', color: 'red' } });
    expect(bad.body.code).toBe('unknown_field');
    const worse = await call(sandbox, 'POST', '/_sandbox/faults', { body: { path: 'v1/me/', status: 99, method: 'FETCH' } });
    expect(Object.keys(worse.body.errors)).toEqual(['status', 'method', 'path']);
  });

  it('can be removed one by one', async () => {
    const { id } = await addFault({ path: '/v1/me/', status: 500 });
    expect((await call(sandbox, 'DELETE', `/_sandbox/faults/${id}`)).status).toBe(204);
    expect((await api(sandbox, 'GET', '/me/')).status).toBe(200);
    expect((await call(sandbox, 'DELETE', `/_sandbox/faults/${id}`)).status).toBe(404);
  });
});
