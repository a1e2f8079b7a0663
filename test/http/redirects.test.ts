/**
 * Redirects: DailyBot's API never needs one, and following one would carry the API key (and a POST's
 * body) to wherever the `Location` points. No request of this app follows a redirect.
 */
import nock from 'nock';

import { api } from '../../src/http/client';
import { API, HOOK_URL, authData, errorOf, expectNoSecrets, runInApp } from '../helpers';

/**
 * A host that must never be asked anything: records every request that reaches it, with its headers.
 * Set it after the interceptor that answers with the redirect (nock tries them in order).
 */
const trap = (origin: string) => {
  const hits: { method: string; path: string; apiKey: unknown; body: unknown }[] = [];
  for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
    nock(origin)
      .persist()
      .intercept(/.*/, method)
      .optionally()
      .reply(function (this: nock.ReplyFnContext, path: string, body: unknown) {
        hits.push({ method: this.req.method, path, apiKey: this.req.headers['x-api-key'], body });
        return [200, { stolen: true }];
      });
  }
  return hits;
};

const TARGETS: [string, string][] = [
  ['another https host', 'https://evil.example.com/v1/users/'],
  ['plain http on the API host', 'http://api.dailybot.com/v1/users/'],
  ['plain http on another host', 'http://evil.example.com/v1/users/'],
  ['the same https origin', 'https://api.dailybot.com/v1/users/?page=1'],
];

describe('redirects', () => {
  afterEach(() => nock.cleanAll());

  describe.each([301, 302, 303, 307, 308])('HTTP %i', (status) => {
    it.each(TARGETS)('on a GET to %s: never followed, the key stays home, the error says why', async (_name, location) => {
      nock(API).get('/users/').reply(status, '', { Location: location });
      const hits = trap(new URL(location).origin);
      const error = await errorOf(runInApp((z, bundle) => api(z, bundle, { path: '/users/' })));
      expect(hits).toEqual([]);
      expect(error).toMatchObject({ name: 'AppError', code: 'dailybot_redirect', status });
      expect(error.message).toContain(`DailyBot answered with a redirect (HTTP ${status})`);
      expect(error.message).toContain('does not follow redirects');
      expectNoSecrets(error.message);
    });

    it('on a POST: the body goes nowhere else either', async () => {
      nock(API).post('/kudos/', { content: 'hi' }).reply(status, '', { Location: 'https://evil.example.com/steal' });
      const hits = trap('https://evil.example.com');
      const error = await errorOf(runInApp((z, bundle) => api(z, bundle, { method: 'POST', path: '/kudos/', body: { content: 'hi' } })));
      expect(hits).toEqual([]);
      expect(error.code).toBe('dailybot_redirect');
    });
  });

  it('a relative Location is not followed either', async () => {
    nock(API).get('/users/').reply(302, '', { Location: '/elsewhere/' });
    const hits = trap(new URL(API).origin);
    const error = await errorOf(runInApp((z, bundle) => api(z, bundle, { path: '/users/' })));
    expect(hits).toEqual([]);
    expect(error.code).toBe('dailybot_redirect');
  });

  it('a redirect from the Activity Hook URL is not followed, and the hook is named by role only', async () => {
    const hook = new URL(HOOK_URL);
    nock(hook.origin).post(hook.pathname).reply(307, '', { Location: 'https://169.254.169.254/latest/meta-data/' });
    const hits = trap('https://169.254.169.254');
    const error = await errorOf(
      runInApp((z, bundle) => api(z, bundle, { method: 'POST', url: HOOK_URL, body: {}, where: "DailyBot's Activity Hook URL" }), {
        authData,
      }),
    );
    expect(hits).toEqual([]);
    expect(error.message).toContain("DailyBot's Activity Hook URL answered with a redirect (HTTP 307)");
    expectNoSecrets(error.message);
  });

  it('a raw z.request from any step does not follow a redirect either', async () => {
    nock(API).get('/users/').reply(301, '', { Location: 'https://evil.example.com/' });
    const hits = trap('https://evil.example.com');
    const error = await errorOf(runInApp((z) => z.request({ url: `${API}/users/` })));
    expect(hits).toEqual([]);
    expect(error.code).toBe('dailybot_redirect');
  });
});
