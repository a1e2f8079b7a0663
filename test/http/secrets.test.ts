/**
 * Redaction: whatever form of a secret a server echoes (trimmed, without its trailing slash, the hook
 * URL's path or token, inside another URL, percent-encoded, in capitals), no message shows it.
 */
import nock from 'nock';

import { api, send } from '../../src/http/client';
import { redact, secretForms } from '../../src/http/secrets';
import { API, API_KEY, HOOK_URL, errorOf, expectNoSecrets, runInApp } from '../helpers';

const TOKEN = '7f1e2d3c4b5a69788796a5b4c3d2e1f0';
const HOOK_PATH = `/activity-hook/${TOKEN}/`;

/** The echoes a server may send back, each holding a secret in another form. */
const ECHOES: [string, string][] = [
  ['the key, trimmed', `bad key ${API_KEY}`],
  ['the hook URL as saved', `cannot post to ${HOOK_URL}`],
  ['the hook URL without its trailing slash', `cannot post to ${HOOK_URL.replace(/\/$/, '')}.`],
  ['the hook URL without its scheme', `see api.dailybot.com${HOOK_PATH}`],
  ['the hook path', `path ${HOOK_PATH} is gone`],
  ['the hook path without slashes', `path activity-hook/${TOKEN} is gone`],
  ['the bare token', `token ${TOKEN} revoked`],
  ['the token in capitals', `token ${TOKEN.toUpperCase()} revoked`],
  ['the hook URL inside another URL', `Upgrade at https://app.dailybot.com/billing?next=${HOOK_URL}`],
  ['the hook URL percent-encoded inside another URL', `Upgrade at https://app.dailybot.com/billing?next=${encodeURIComponent(HOOK_URL)}`],
  ['the key percent-encoded', `https://app.dailybot.com/keys?k=${encodeURIComponent(API_KEY)}`],
];

/** The connection as a user may have saved it: with spaces and a line break around each value. */
const sloppyAuth = { api_key: `  ${API_KEY}\n`, activity_hook_url: ` ${HOOK_URL}  ` };

describe('redaction', () => {
  describe.each([
    ['saved exactly', { api_key: API_KEY, activity_hook_url: HOOK_URL }],
    ['saved with surrounding whitespace', sloppyAuth],
  ])('a connection %s', (_name, authData) => {
    it.each(ECHOES)('hides %s in a 400’s detail', async (_what, detail) => {
      nock(API).get('/things/').reply(400, { detail, code: 'bad_request' });
      const error = await errorOf(runInApp((z, bundle) => api(z, bundle, { path: '/things/' }), { authData }));
      expectNoSecrets(error.message);
      expect(error.message.toLowerCase()).not.toContain(TOKEN);
      expect(error.message).toContain('[hidden]');
    });

    it('hides the hook inside a plan error’s upgrade_url', async () => {
      nock(API)
        .get('/things/')
        .reply(403, { detail: 'Upgrade.', code: 'plan_upgrade_required', upgrade_url: `https://app.dailybot.com/billing?from=${HOOK_PATH}` });
      const error = await errorOf(runInApp((z, bundle) => api(z, bundle, { path: '/things/' }), { authData }));
      expect(error.message).toContain('https://app.dailybot.com/billing?from=[hidden]');
      expect(error.message).not.toContain(TOKEN);
    });
  });

  describe('answers that succeed', () => {
    /** What a step gets of DailyBot's answer: its text and its parsed data. */
    const read = () =>
      runInApp(async (z, bundle) => {
        const response = await send(z, bundle, { path: '/things/' });
        return { content: response.content, data: response.data as unknown };
      });

    it.each(ECHOES)('never hands a step %s from a success answer, in its text or its data', async (_what, detail) => {
      nock(API).get('/things/').reply(200, { detail, nested: [{ note: detail }], [detail]: 'as a key' });
      const response = await read();
      const seen = JSON.stringify(response.data) + response.content;
      expectNoSecrets(seen);
      expect(seen.toLowerCase()).not.toContain(TOKEN);
      expect((response.data as { detail: string }).detail).toContain('[hidden]');
    });

    it('reads JSON’s escaped slashes as slashes when it looks for the hook URL', async () => {
      nock(API).get('/things/').reply(200, `{"detail": "posted to ${HOOK_URL.replace(/\//g, '\\/')}"}`, { 'Content-Type': 'application/json' });
      const response = await read();
      expect((response.data as { detail: string }).detail).toBe('posted to [hidden]');
    });

    it('keeps an answer without secrets exactly as DailyBot sent it', async () => {
      const body = { detail: 'Emails sent successfully.', items: [1, 'two', { three: null }] };
      nock(API).get('/things/').reply(200, body);
      const response = await read();
      expect(response.data).toEqual(body);
      expect(response.content).toBe(JSON.stringify(body));
    });
  });

  it('leaves plain words alone: a path segment like “activity-hook” is a place, not a secret', () => {
    const text = 'Log Activity: the activity-hook was refused.';
    expect(redact(text, { authData: { api_key: API_KEY, activity_hook_url: HOOK_URL } })).toBe(text);
  });

  it('lists each secret’s forms longest first, none shorter than six characters', () => {
    const forms = secretForms({ api_key: ` ${API_KEY} `, activity_hook_url: 'https://hooks.example.com/in/a1b2c3?token=s3cr3t-value' });
    expect(forms).toEqual(
      expect.arrayContaining([API_KEY, 's3cr3t-value', 'https://hooks.example.com/in/a1b2c3', '/in/a1b2c3', 'hooks.example.com/in/a1b2c3', 'a1b2c3']),
    );
    expect(forms.every((form) => form.length >= 6)).toBe(true);
    expect([...forms].sort((a, b) => b.length - a.length)).toEqual(forms);
  });

  it('is the function errors use: a text without secrets comes back unchanged', () => {
    expect(redact('nothing here', undefined)).toBe('nothing here');
    expect(redact('nothing here', { authData: {} })).toBe('nothing here');
  });
});
