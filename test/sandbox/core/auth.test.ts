/** The sandbox checks X-API-KEY on /v1 the documented ways, and only there. */
import { api, call, useSandbox } from '../helpers';

const sandbox = useSandbox();

describe('X-API-KEY on /v1', () => {
  it('answers the key owner for the main key', async () => {
    const me = await api(sandbox, 'GET', '/me/');
    expect(me.status).toBe(200);
    const owner = sandbox.state.users.get(sandbox.state.demo.owner)!;
    expect(me.body).toMatchObject({
      uuid: owner.uuid,
      full_name: owner.full_name,
      role: 'ADMIN',
      user: owner.full_name,
      organization: { uuid: sandbox.state.org.uuid, name: 'Acme Robotics' },
      organization_uuid: sandbox.state.org.uuid,
      organization_name: 'Acme Robotics',
    });
    expect(me.body).not.toHaveProperty('email');
  });

  it.each([
    ['no key', null],
    ['an unknown key', 'not-a-key'],
    ['an empty key', ''],
  ])('refuses %s with 403 authentication_failed', async (_what, key) => {
    const answer = await api(sandbox, 'GET', '/users/', { key });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({ detail: 'Invalid or missing API key.', code: 'authentication_failed' });
  });

  it('refuses a free-plan key with plan_free_api_keys_forbidden and an upgrade link', async () => {
    const answer = await api(sandbox, 'GET', '/me/', { key: sandbox.freePlanKey });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({
      detail: 'API keys are not available on the free plan.',
      code: 'plan_free_api_keys_forbidden',
      upgrade_url: 'https://app.dailybot.com/billing',
    });
  });

  it('refuses the key of a deactivated owner with api_key_owner_inactive', async () => {
    const answer = await api(sandbox, 'GET', '/me/', { key: sandbox.inactiveOwnerKey });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({ detail: 'The owner of this API key is inactive.', code: 'api_key_owner_inactive' });
  });

  it('stops accepting the main key once its owner is deactivated', async () => {
    sandbox.state.setUserActive(sandbox.state.demo.owner, false);
    const answer = await api(sandbox, 'GET', '/me/');
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('api_key_owner_inactive');
  });

  it('checks the key before reading the body', async () => {
    const answer = await api(sandbox, 'POST', '/send-message/', { key: null, body: '{not json' });
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('authentication_failed');
  });

  it('answers 404 for a path DailyBot does not have, key or not, and paths keep their trailing slash', async () => {
    for (const path of ['/nothing-here/', '/me']) {
      const answer = await api(sandbox, 'GET', path, { key: null });
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({ detail: 'Not found.', code: 'not_found' });
    }
  });

  it('records the headers of every request', async () => {
    await api(sandbox, 'GET', '/organization/', { headers: { 'x-trace': 'abc' } });
    const record = sandbox.state.requests.find((r) => r.path === '/v1/organization/')!;
    expect(record).toMatchObject({ method: 'GET', status: 200 });
    expect(record.headers['x-api-key']).toBe(sandbox.apiKey);
    expect(record.headers['x-trace']).toBe('abc');
  });

  it('needs no key for /_sandbox/ routes', async () => {
    const answer = await call(sandbox, 'GET', '/_sandbox/', { key: null });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ api_url: sandbox.apiUrl, api_key: sandbox.apiKey, activity_hook_url: sandbox.activityHookUrl });
  });
});
