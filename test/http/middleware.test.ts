/**
 * The HTTP layer every step stands on: which headers go where, and SURFACE.md's error table, row by row.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import nock from 'nock';

import { api } from '../../src/http/client';
import { API, API_KEY, HOOK_URL, errorOf, expectNoSecrets, runInApp } from '../helpers';
import * as seeds from '../fixtures/seeds';

const get = (path = '/things/') => runInApp((z, bundle) => api(z, bundle, { path }));

describe('headers', () => {
  it('sends X-API-KEY and JSON headers to the API', async () => {
    nock(API, { reqheaders: { 'x-api-key': API_KEY, 'content-type': 'application/json', accept: 'application/json' } })
      .post('/send-message/', { message: 'hi' })
      .reply(200, { bot_message_id: '$db/1' });
    await expect(runInApp((z, bundle) => api(z, bundle, { method: 'POST', path: '/send-message/', body: { message: 'hi' } }))).resolves.toEqual({
      bot_message_id: '$db/1',
    });
  });

  it('never sends the API key to another host (the Activity Hook URL)', async () => {
    nock('https://hooks.example.com', { badheaders: ['x-api-key'] })
      .post('/activity/abc/')
      .reply(200, '');
    await runInApp((z, bundle) => api(z, bundle, { method: 'POST', url: 'https://hooks.example.com/activity/abc/', body: { message: 'x' } }));
  });

  it('never sends the API key to an Activity Hook URL on the API’s own host, outside /v1', async () => {
    nock('https://api.dailybot.com', { badheaders: ['x-api-key'] })
      .post('/activity/abc/')
      .reply(200, '');
    await runInApp((z, bundle) => api(z, bundle, { method: 'POST', url: 'https://api.dailybot.com/activity/abc/', body: {} }));
  });

  it('never sends the API key to the connection’s Activity Hook URL, even under /v1', async () => {
    const hook = `${API}/activity-hooks/secret-token/`;
    nock(API, { badheaders: ['x-api-key'] })
      .post('/activity-hooks/secret-token/')
      .reply(200, '');
    await runInApp((z, bundle) => api(z, bundle, { method: 'POST', url: hook, body: {} }), { authData: { api_key: API_KEY, activity_hook_url: hook } });
  });

  it('drops an X-API-KEY a caller set by hand for another host', async () => {
    nock('https://elsewhere.example.com', { badheaders: ['x-api-key'] })
      .get('/x')
      .reply(200, {});
    await runInApp((z) => z.request({ url: 'https://elsewhere.example.com/x', headers: { 'X-API-KEY': API_KEY } }));
  });

  it('does not send the key to a look-alike host', async () => {
    nock('https://api.dailybot.com.evil.example', { badheaders: ['x-api-key'] })
      .get('/v1/x')
      .reply(200, {});
    await runInApp((z, bundle) => api(z, bundle, { url: 'https://api.dailybot.com.evil.example/v1/x' }));
  });

  it('follows DAILYBOT_API_URL, and sends the key there', async () => {
    process.env.DAILYBOT_API_URL = 'http://127.0.0.1:9/v1/';
    nock('http://127.0.0.1:9', { reqheaders: { 'x-api-key': API_KEY } })
      .get('/v1/me/')
      .reply(200, seeds.me);
    await expect(get('/me/')).resolves.toMatchObject({ full_name: 'John Wick' });
  });
});

describe('the error table', () => {
  it.each([
    [401, { detail: 'Invalid API key' }],
    [403, seeds.errors.badKey],
    [403, seeds.errors.notAuthenticated],
  ])('%i %j → ExpiredAuthError: reconnect', async (status, body) => {
    nock(API).get('/things/').reply(status, body);
    const error = await errorOf(get());
    expect(error.name).toBe('ExpiredAuthError');
    expect(error.message).toContain('Reconnect DailyBot');
  });

  it('403 plan_* → names the plan problem and the upgrade link', async () => {
    nock(API).get('/things/').reply(403, seeds.errors.planUpgrade);
    const error = await errorOf(get());
    expect(error).toMatchObject({ name: 'AppError', code: 'plan_upgrade_required', status: 403 });
    expect(error.message).toContain('Your DailyBot plan does not include this');
    expect(error.message).toContain('Workflows need a higher plan.');
    expect(error.message).toContain('https://app.dailybot.com/billing');
  });

  it('other 403 → DailyBot’s detail, as a permission problem (not a bad key)', async () => {
    nock(API).get('/things/').reply(403, { detail: 'Members cannot see this form.', code: 'user_can_not_see_form_responses' });
    const error = await errorOf(get());
    expect(error).toMatchObject({ name: 'AppError', code: 'user_can_not_see_form_responses', status: 403 });
    expect(error.message).toContain('Members cannot see this form.');
    expect(error.message).toContain('lacks the permission');
  });

  it.each([
    ['top-level', { detail: 'You cannot do this.', code: 'insufficient_role', required_role: 'ADMIN', current_role: 'MEMBER' }],
    ['under extra', { detail: 'You cannot do this.', code: 'insufficient_role', extra: { required_role: 'ADMIN', current_role: 'MEMBER' } }],
  ])('403 insufficient_role with the roles (%s) → names the role needed and the one the key’s owner has', async (_where, body) => {
    nock(API).get('/things/').reply(403, body);
    const error = await errorOf(get());
    expect(error).toMatchObject({ name: 'AppError', code: 'insufficient_role', status: 403 });
    expect(error.message).toBe(
      'DailyBot refused this request. You cannot do this. It needs the “Admin” role, and the API key’s owner has the “Member” role ' +
        '(DailyBot code: insufficient_role). Ask an organization admin to give the API key’s owner the “Admin” role in DailyBot, ' +
        'or reconnect DailyBot with the API key of someone who has it.',
    );
  });

  it('403 insufficient_role with several allowed roles names them all', async () => {
    nock(API).get('/things/').reply(403, { code: 'insufficient_role', extra: { required_role: ['ADMIN', 'team_manager'] } });
    const error = await errorOf(get());
    expect(error.message).toContain('It needs the “Admin” or “Team Manager” role (DailyBot code: insufficient_role).');
  });

  it('403 org_admin_required → says an organization admin is needed, and how to get there', async () => {
    nock(API).get('/things/').reply(403, { ...seeds.errors.orgAdmin, extra: { current_role: 'member' } });
    const error = await errorOf(get());
    expect(error.message).toBe(
      'DailyBot refused this request. Only organization admins can do this. It needs an organization admin, and the API key’s owner has the “Member” role ' +
        '(DailyBot code: org_admin_required). Reconnect DailyBot with an organization admin’s API key, or ask an admin to make the key’s owner an admin.',
    );
  });

  it.each([400, 404, 406, 409])('%i → detail, code and per-field errors', async (status) => {
    nock(API)
      .get('/things/')
      .reply(status, { detail: 'Some fields are wrong.', code: 'send_message_validation_error', errors: { image_url: ['Enter a valid URL.'] } });
    const error = await errorOf(get());
    expect(error).toMatchObject({ name: 'AppError', code: 'send_message_validation_error', status });
    expect(error.message).toBe('Some fields are wrong. (DailyBot code: send_message_validation_error) Fields: image_url: Enter a valid URL.');
  });

  it('400 whose detail is only a documented code says what it means and what to do', async () => {
    nock(API).get('/things/').reply(400, seeds.errors.usersNotFound);
    const error = await errorOf(get());
    expect(error.message).toBe(
      'DailyBot could not find one or more of the people in this step in your organization. Pick them from the list, or check their emails. ' +
        '(DailyBot code: one_or_more_users_not_found)',
    );
  });

  it('400 with an unknown code and no detail names the code once', async () => {
    nock(API).get('/things/').reply(400, { detail: 'brand_new_code', code: 'brand_new_code' });
    const error = await errorOf(get());
    expect(error.message).toBe('DailyBot answered “brand_new_code”. (DailyBot code: brand_new_code)');
  });

  it('400 in bare DRF form ({field: [messages]}) lists the fields', async () => {
    nock(API)
      .get('/things/')
      .reply(400, { name: ['This field is required.'] });
    const error = await errorOf(get());
    expect(error.message).toContain('Fields: name: This field is required.');
  });

  it('404 without a body says what to check', async () => {
    nock(API).get('/things/').reply(404, '');
    const error = await errorOf(get());
    expect(error).toMatchObject({ code: 'http_404', status: 404 });
    expect(error.message).toContain('Check that the selected item still exists');
  });

  it('429 → ThrottledError honouring Retry-After', async () => {
    nock(API).get('/things/').reply(429, seeds.errors.throttled, { 'Retry-After': '30' });
    const error = await errorOf(get());
    expect(error).toMatchObject({ name: 'ThrottledError', delay: 30 });
    expect(error.message).toBe(
      'DailyBot is limiting how many requests this connection may make for now (it allows a budget of requests per period ' +
        'for each kind of request). Zapier will retry in 30 seconds.',
    );
    expect(error.message).not.toMatch(/a minute|60 requests/);
  });

  it('429 without Retry-After → ThrottledError with the wait DailyBot’s text names', async () => {
    nock(API).get('/things/').reply(429, seeds.errors.throttled);
    const error = await errorOf(get());
    expect(error).toMatchObject({ name: 'ThrottledError', delay: 30 });
  });

  it('429 free_plan_daily_limit_exceeded → a plain error (retrying today would not help)', async () => {
    nock(API).get('/things/').reply(429, seeds.errors.freeDaily, { 'Retry-After': '60' });
    const error = await errorOf(get());
    expect(error).toMatchObject({ name: 'AppError', code: 'free_plan_daily_limit_exceeded', status: 429 });
    expect(error.message).toContain('resets tomorrow');
  });

  it.each([500, 502, 503])('%i → DailyBot answered badly, with the status', async (status) => {
    nock(API).get('/things/').reply(status, '<html>Bad gateway</html>');
    const error = await errorOf(get());
    expect(error).toMatchObject({ name: 'AppError', code: 'dailybot_unavailable', status });
    expect(error.message).toBe(`DailyBot answered with a server error (HTTP ${status}). This is usually temporary: try again in a few minutes.`);
  });

  it('a success whose body is not JSON → a clear error with the status', async () => {
    nock(API).get('/things/').reply(200, '<html>maintenance</html>', { 'Content-Type': 'text/html' });
    const error = await errorOf(get());
    expect(error).toMatchObject({ code: 'dailybot_bad_answer', status: 200 });
    expect(error.message).toContain('not JSON (HTTP 200)');
  });

  it('an empty success (200 or 204 with no body) is fine', async () => {
    nock(API).post('/teams/t/member/').reply(200, '');
    nock(API).delete('/checkins/c/').reply(204);
    await expect(runInApp((z, bundle) => api(z, bundle, { method: 'POST', path: '/teams/t/member/', body: {} }))).resolves.toBeUndefined();
    await expect(runInApp((z, bundle) => api(z, bundle, { method: 'DELETE', path: '/checkins/c/' }))).resolves.toBeUndefined();
  });

  it('a reset connection → could not be reached', async () => {
    // a real socket, cut mid-request (nock's simulated errors do not reach node-fetch 2)
    const server = http.createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.DAILYBOT_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    const error = await errorOf(get()).finally(() => server.close());
    expect(error).toMatchObject({ name: 'AppError', code: 'dailybot_unreachable' });
    expect(error.message).toBe('DailyBot could not be reached: the connection was cut before it answered. This is usually temporary: try again in a few minutes.');
    expectNoSecrets(error.message);
  });

  it('a DailyBot slower than the timeout → could not be reached, in time', async () => {
    process.env.DAILYBOT_TIMEOUT_MS = '100';
    nock(API).get('/things/').delay(1_000).reply(200, {});
    const error = await errorOf(get());
    expect(error).toMatchObject({ code: 'dailybot_unreachable' });
    expect(error.message).toContain('it did not answer in time');
  });

  it('every request carries a timeout below Zapier’s 30-second limit', async () => {
    let timeout: number | undefined;
    nock(API).get('/things/').reply(200, {});
    await runInApp(async (z, bundle) => {
      const response = await z.request({ url: `${API}/things/` });
      timeout = response.request.timeout;
      return bundle.inputData;
    });
    expect(timeout).toBeGreaterThan(0);
    expect(timeout).toBeLessThan(30_000);
  });

  it('a status the caller handles itself passes through', async () => {
    nock(API).get('/users/u/').reply(404, { detail: 'Not found.' });
    const status = await runInApp(async (z, bundle) => {
      const { send } = await import('../../src/http/client');
      return (await send(z, bundle, { path: '/users/u/', allowStatuses: [404] })).status;
    });
    expect(status).toBe(404);
  });
});

describe('text that looks like a Zapier template', () => {
  it('reaches DailyBot unchanged in a JSON body', async () => {
    const text = 'Hi {{bundle.authData.api_key}} and {{ process.env.HOME }}';
    nock(API).post('/send-message/', { message: text, nested: [{ note: '{{bundle.inputData.x}}' }] }).reply(200, {});
    await runInApp((z, bundle) => api(z, bundle, { method: 'POST', path: '/send-message/', body: { message: text, nested: [{ note: '{{bundle.inputData.x}}' }] } }));
  });
});

describe('secrets', () => {
  it('never repeats the API key or the Activity Hook URL that DailyBot echoes in an error', async () => {
    nock(API)
      .get('/things/')
      .reply(400, { detail: `Key ${API_KEY} cannot post to ${HOOK_URL}`, code: 'bad_request' });
    const error = await errorOf(get());
    expectNoSecrets(error.message);
    expect(error.message).toContain('[hidden]');
  });

  it('names the Activity Hook by role, never by address, when it fails', async () => {
    nock('https://hooks.example.com').post('/activity/secret-token/').reply(503, '');
    const error = await errorOf(
      runInApp((z, bundle) =>
        api(z, bundle, { method: 'POST', url: 'https://hooks.example.com/activity/secret-token/', body: {}, where: "DailyBot's Activity Hook URL" }),
      ),
    );
    expect(error.message).toContain("DailyBot's Activity Hook URL answered with a server error (HTTP 503)");
    expect(error.message).not.toContain('secret-token');
  });
});
