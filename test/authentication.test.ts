import nock from 'nock';

import { authentication } from '../src/authentication';
import { API, API_KEY, appTester, authData, errorOf, expectNoSecrets } from './helpers';
import * as seeds from './fixtures/seeds';

const testConnection = (auth: Record<string, string> = authData) => appTester(authentication.test as never, { authData: auth } as never);

describe('the connection', () => {
  it('tests the key with GET /me/, sending it only as X-API-KEY with JSON headers', async () => {
    const scope = nock(API, { reqheaders: { 'x-api-key': API_KEY, accept: 'application/json', 'content-type': 'application/json' } })
      .get('/me/')
      .reply(200, seeds.me);
    const info = await testConnection();
    expect(info).toEqual({
      organization_name: 'Alexa OC',
      organization_uuid: '4e322341-1262-42fa-942a-0341d90883f6',
      full_name: 'John Wick',
      email: '',
      uuid: 'b1b292b3-29b2-4235-8103-321ed749db8d',
      role: 'ADMIN',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('labels the connection with the organization and the key owner', () => {
    expect(authentication.connectionLabel).toBe('{{organization_name}} ({{full_name}})');
  });

  it('reads the nested /me/ answer of the official CLI’s reference (user and organization as objects)', async () => {
    nock(API)
      .get('/me/')
      .reply(200, {
        user: { uuid: 'b1b292b3-29b2-4235-8103-321ed749db8d', full_name: 'Ann Lee', email: 'ann@example.com', role: 'ADMIN' },
        organization: { uuid: 'o-1', name: 'Acme' },
      });
    await expect(testConnection()).resolves.toEqual({
      organization_name: 'Acme',
      organization_uuid: 'o-1',
      full_name: 'Ann Lee',
      email: 'ann@example.com',
      uuid: 'b1b292b3-29b2-4235-8103-321ed749db8d',
      role: 'ADMIN',
    });
  });

  it('reads the older /me/ answer that only has user and organization_name', async () => {
    nock(API).get('/me/').reply(200, { user: 'Ann Lee', organization_uuid: 'o-1', organization_name: 'Acme' });
    await expect(testConnection()).resolves.toMatchObject({ organization_name: 'Acme', full_name: 'Ann Lee' });
  });

  it.each([
    ['403 authentication_failed', 403, seeds.errors.badKey],
    ['403 not_authenticated', 403, seeds.errors.notAuthenticated],
    ['401 without a code', 401, { detail: 'Invalid API key' }],
    ['403 without a code but about credentials', 403, { detail: 'Authentication credentials were not provided.' }],
  ])('a bad key (%s) asks to reconnect', async (_name, status, body) => {
    nock(API).get('/me/').reply(status, body);
    const error = await errorOf(testConnection());
    expect(error.name).toBe('ExpiredAuthError');
    expect(error.message).toMatch(/invalid or was revoked.*Reconnect DailyBot/);
    expectNoSecrets(error.message);
  });

  it('a key on the free plan says API access needs an upgrade, with the upgrade link', async () => {
    nock(API).get('/me/').reply(403, seeds.errors.freePlan);
    const error = await errorOf(testConnection());
    expect(error).toMatchObject({ name: 'AppError', code: 'plan_free_api_keys_forbidden', status: 403 });
    expect(error.message).toContain('free plan, which does not include API access');
    expect(error.message).toContain('https://app.dailybot.com/billing');
  });

  it('a key whose owner was deactivated asks for a key from an active admin', async () => {
    nock(API).get('/me/').reply(403, seeds.errors.ownerInactive);
    const error = await errorOf(testConnection());
    expect(error.name).toBe('ExpiredAuthError');
    expect(error.message).toContain('owns this API key has been deactivated');
    expect(error.message).toContain('active organization admin');
  });

  it.each(['http://hooks.example.com/abc', 'not a url', 'ftp://example.com/x'])(
    'refuses an Activity Hook URL that is not https (%s), before any request',
    async (hook) => {
      const error = await errorOf(testConnection({ api_key: API_KEY, activity_hook_url: hook }));
      expect(error).toMatchObject({ code: 'invalid_activity_hook_url' });
      expect(error.message).not.toContain(hook);
    },
  );

  it('accepts a loopback Activity Hook URL (the local sandbox)', async () => {
    nock(API).get('/me/').reply(200, seeds.me);
    await expect(testConnection({ api_key: API_KEY, activity_hook_url: 'http://127.0.0.1:8787/activity/abc/' })).resolves.toBeDefined();
  });

  it.each([
    'https://hooks.example.com/workflow-trigger/abc123/',
    'https://api.dailybot.com/v1/users/',
    'http://api.dailybot.com/workflow-trigger/abc123/',
  ])('refuses a Workflow Trigger URL that is not DailyBot’s (%s), before any request, without showing it', async (url) => {
    const error = await errorOf(testConnection({ api_key: API_KEY, workflow_trigger_url: url }));
    expect(error).toMatchObject({ code: 'invalid_workflow_trigger_url' });
    expect(error.message).not.toContain(url);
    expect(error.message).toContain('Organization Settings → Integrations → Workflow Trigger');
  });

  it('accepts DailyBot’s Workflow Trigger URL and secret', async () => {
    nock(API).get('/me/').reply(200, seeds.me);
    const auth = { api_key: API_KEY, workflow_trigger_url: 'https://api.dailybot.com/workflow-trigger/abc123/', workflow_trigger_secret: 's3cr3t-value' };
    await expect(testConnection(auth)).resolves.toBeDefined();
  });

  it('declares the key as a required password whose help links to where it is made', () => {
    const [key, hook] = authentication.fields;
    expect(key).toMatchObject({ key: 'api_key', type: 'password', required: true });
    expect(key?.helpText).toMatch(/\[[^\]]+\]\(https:\/\/[^)]+\)/);
    expect(hook).toMatchObject({ key: 'activity_hook_url', type: 'password', required: false });
    expect(authentication.fields.slice(2)).toMatchObject([
      { key: 'workflow_trigger_url', type: 'password', required: false },
      { key: 'workflow_trigger_secret', type: 'password', required: false },
    ]);
  });
});
