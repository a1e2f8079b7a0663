import nock from 'nock';

import { setResolver } from '../../src/http/resolve';
import { API, API_KEY, authData, errorOf, expectNoSecrets, HOOK_URL } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { ann, failsBeforeAnyRequest, nockDirectory, runAction } from './support';

const hook = new URL(HOOK_URL);
const HOOK_ORIGIN = hook.origin;
const HOOK_PATH = hook.pathname;

/** A hook on its own host, as DailyBot may hand it out. */
const OTHER_HOOK = 'https://hooks.dailybot.example/activity/0a1b2c3d4e5f/';

const log = (inputData: Record<string, unknown>, auth: Record<string, string> = authData) => runAction('push_activity', inputData, auth);

/** The documented example request (seed 000). */
const example = {
  custom_type: 'deployment',
  message: 'Deployed v2.1.0 to production',
  link: 'https://github.com/org/repo/releases/tag/v2.1.0',
  user: 'john@example.com',
};

describe('Log Activity', () => {
  it('POSTs the documented example (seed 000) to the Activity Hook URL, the email as user_email, with no lookup', async () => {
    nock(HOOK_ORIGIN, { reqheaders: { 'content-type': 'application/json' } })
      .post(HOOK_PATH, {
        custom_type: 'deployment',
        message: 'Deployed v2.1.0 to production',
        link: 'https://github.com/org/repo/releases/tag/v2.1.0',
        user_email: 'john@example.com',
      })
      .reply(200, '');
    const result = await log(example);
    expect(result).toEqual({ ...example, user_uuid: null, user_email: 'john@example.com', user_full_name: null, user_first_name: null, user_last_name: null });
    expectNoSecrets(JSON.stringify(result));
  });

  it('sends a UUID as user_uuid, and leaves out an empty link', async () => {
    nock(HOOK_ORIGIN).post(HOOK_PATH, { custom_type: 'ticket_resolved', message: 'Closed #12', user_uuid: ann.uuid }).reply(200);
    const result = await log({ custom_type: 'ticket_resolved', message: 'Closed #12', user: ann.uuid, link: '' });
    expect(result).toMatchObject({ user_uuid: ann.uuid, user_email: null, link: null });
  });

  it('looks a full name up once and sends the UUID', async () => {
    nockDirectory();
    nock(HOOK_ORIGIN).post(HOOK_PATH, { custom_type: 'deployment', message: 'Shipped', user_uuid: ann.uuid }).reply(200);
    const result = await log({ custom_type: 'deployment', message: 'Shipped', user: 'ann lee' });
    expect(result).toMatchObject({ user: 'ann lee', user_uuid: ann.uuid, user_email: 'ann@example.com', user_full_name: 'Ann Lee' });
  });

  it('never sends the API key to a hook on another host', async () => {
    nock('https://hooks.dailybot.example', { badheaders: ['x-api-key'] }).post('/activity/0a1b2c3d4e5f/').reply(200);
    await expect(log(example, { api_key: API_KEY, activity_hook_url: OTHER_HOOK })).resolves.toMatchObject({ user_email: 'john@example.com' });
  });

  it('never sends the API key to a hook on the API’s own host either', async () => {
    nock(HOOK_ORIGIN, { badheaders: ['x-api-key'] })
      .post(HOOK_PATH)
      .reply(200, '');
    await expect(log(example)).resolves.toMatchObject({ user_email: 'john@example.com' });
  });

  it('accepts a loopback http hook (the local sandbox)', async () => {
    nock('http://127.0.0.1:8787').post('/activity/abc/').reply(200);
    await expect(log(example, { api_key: API_KEY, activity_hook_url: 'http://127.0.0.1:8787/activity/abc/' })).resolves.toBeDefined();
  });

  describe('a public name that resolves to a private address (issue 19 item 8)', () => {
    const answers: Record<string, Array<{ address: string; family: number }>> = {
      '127.0.0.1.nip.io': [{ address: '127.0.0.1', family: 4 }],
      'localtest.me': [{ address: '::1', family: 6 }],
      'metadata.attacker.example': [{ address: '169.254.169.254', family: 4 }],
      'mixed.attacker.example': [{ address: '93.184.215.14', family: 4 }, { address: '10.0.0.7', family: 4 }],
      'mapped.attacker.example': [{ address: '::ffff:192.168.1.1', family: 6 }],
      'hooks.dailybot.example': [{ address: '93.184.215.14', family: 4 }, { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 }],
    };
    const asked: string[] = [];
    beforeEach(() => {
      asked.length = 0;
      setResolver(async (name) => {
        asked.push(name);
        const found = answers[name];
        if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
        return found;
      });
    });

    it.each(['127.0.0.1.nip.io', 'localtest.me', 'metadata.attacker.example', 'mixed.attacker.example', 'mapped.attacker.example'])(
      'refuses %s before posting, without showing the URL',
      async (name) => {
        const url = `https://${name}/activity/s3cr3t-token/`;
        const error = await failsBeforeAnyRequest(() => log(example, { api_key: API_KEY, activity_hook_url: url }));
        expect(error).toMatchObject({ code: 'private_address_refused' });
        expect(error.message).not.toContain('s3cr3t-token');
        expect(asked).toEqual([name]);
      },
    );

    it('posts to a name whose every answer is public', async () => {
      nock('https://hooks.dailybot.example').post('/activity/0a1b2c3d4e5f/').reply(200, '');
      await expect(log(example, { api_key: API_KEY, activity_hook_url: OTHER_HOOK })).resolves.toBeDefined();
      expect(asked).toEqual(['hooks.dailybot.example']);
    });

    it('says plainly when the name has no DNS answer, before posting', async () => {
      const error = await failsBeforeAnyRequest(() => log(example, { api_key: API_KEY, activity_hook_url: 'https://gone.example/activity/x/' }));
      expect(error).toMatchObject({ code: 'host_not_found' });
    });

    it('asks no resolver for the local sandbox as written (a loopback address, localhost)', async () => {
      nock('http://127.0.0.1:8787').post('/activity/abc/').reply(200);
      nock('http://localhost:8787').post('/activity/abc/').reply(200);
      await log(example, { api_key: API_KEY, activity_hook_url: 'http://127.0.0.1:8787/activity/abc/' });
      await log(example, { api_key: API_KEY, activity_hook_url: 'http://localhost:8787/activity/abc/' });
      expect(asked).toEqual([]);
    });
  });

  it('says where to add the Activity Hook URL when the connection has none, before any request', async () => {
    const error = await failsBeforeAnyRequest(() => log(example, { api_key: API_KEY }));
    expect(error).toMatchObject({ code: 'missing_activity_hook_url' });
    expect(error.message).toContain('Organization Settings → Integrations → Activity API');
    expect(error.message).toContain('edit this connection (or reconnect DailyBot)');
  });

  it('refuses a saved hook that is plain http on another host, without showing it', async () => {
    const insecure = 'http://hooks.example.com/secret-hook-123456';
    const error = await failsBeforeAnyRequest(() => log(example, { api_key: API_KEY, activity_hook_url: insecure }));
    expect(error).toMatchObject({ code: 'invalid_activity_hook_url' });
    expect(error.message).not.toContain('secret-hook-123456');
  });

  it.each([
    ['no activity type', { ...example, custom_type: undefined }, '“Activity Type” is required'],
    ['an activity type over 128 characters', { ...example, custom_type: 'x'.repeat(129) }, '“Activity Type” must be at most 128 characters'],
    ['no message', { ...example, message: '' }, '“Message” is required'],
    ['no user', { ...example, user: ' ' }, '“User” is required'],
    ['an http link', { ...example, link: 'http://github.com/org/repo' }, '“Link” must be a full https:// link'],
    ['a link that is no URL', { ...example, link: 'javascript:alert(1)' }, '“Link” must be a full https:// link'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => log(inputData));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });

  it('accepts an activity type of exactly 128 characters', async () => {
    nock(HOOK_ORIGIN).post(HOOK_PATH, (body) => body.custom_type === 'x'.repeat(128)).reply(200);
    await expect(log({ ...example, custom_type: 'x'.repeat(128) })).resolves.toMatchObject({ custom_type: 'x'.repeat(128) });
  });

  it('says the user is not in the organization when the hook answers 404, naming the input, without the hook URL', async () => {
    nock(HOOK_ORIGIN).post(HOOK_PATH).reply(404, '');
    const error = await errorOf(log({ ...example, user: 'gone@example.com' }));
    expect(error).toMatchObject({ code: 'activity_user_not_found', status: 404 });
    expect(error.message).toContain('no user “gone@example.com” (from “User”)');
    expectNoSecrets(error.message);
  });

  it('asks to copy the hook again when it is refused (401), and names a plan problem (403 plan_*)', async () => {
    nock(HOOK_ORIGIN).post(HOOK_PATH).reply(401, '');
    const refused = await errorOf(log(example));
    expect(refused).toMatchObject({ code: 'activity_hook_rejected', status: 401 });
    expect(refused.message).toContain('Copy it again');
    expectNoSecrets(refused.message);

    nock(HOOK_ORIGIN).post(HOOK_PATH).reply(403, seeds.errors.planUpgrade);
    const plan = await errorOf(log(example));
    expect(plan).toMatchObject({ code: 'plan_upgrade_required', status: 403 });
    expect(plan.message).toContain('https://app.dailybot.com/billing');
  });

  it('says the hook could not be reached on a server error, without its URL', async () => {
    nock(HOOK_ORIGIN).post(HOOK_PATH).reply(502, 'Bad gateway');
    const error = await errorOf(log(example));
    expect(error.message).toContain("DailyBot's Activity Hook URL answered with a server error (HTTP 502)");
    expectNoSecrets(error.message);
  });

  it('refuses a name nobody matches before posting', async () => {
    nockDirectory();
    const error = await failsBeforeAnyRequest(() => log({ ...example, user: 'Nobody Here' }));
    expect(error).toMatchObject({ code: 'dailybot_user_not_found' });
    expect(error.message).toContain('“Nobody Here” in “User”');
  });
});
