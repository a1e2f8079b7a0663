/**
 * Private addresses as the Activity Hook URL: only public https hosts (and this machine, for the
 * sandbox) are accepted, by the connection test and by Log Activity, before anything is sent.
 */
import nock from 'nock';

import { authentication } from '../../src/authentication';
import { hookUrlProblem, hostKind } from '../../src/http/hosts';
import { API, API_KEY, appTester, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { failsBeforeAnyRequest, runAction } from '../creates/support';

/** Hook URLs that point into a private network, in the spellings an attacker would try. */
const PRIVATE: string[] = [
  'https://169.254.169.254/latest/meta-data/',
  'https://169.254.0.1/hook/abc123',
  'https://10.0.0.5/activity/abc123/',
  'https://172.16.0.1/a/',
  'https://172.31.255.254/a/',
  'https://192.168.1.10/a/',
  'https://100.64.0.1/a/',
  'https://100.127.255.255/a/',
  'https://0.0.0.0/a/',
  'https://0.1.2.3/a/',
  'https://224.0.0.1/a/',
  'https://255.255.255.255/a/',
  'https://[::]/a/',
  'https://[fc00::1]/a/',
  'https://[fd12:3456:789a::1]/a/',
  'https://[fe80::1]/a/',
  'https://[febf::1]/a/',
  'https://[ff02::1]/a/',
  'https://[::ffff:169.254.169.254]/a/',
  'https://[::ffff:a9fe:a9fe]/a/',
  'https://[::ffff:10.0.0.5]/a/',
  'https://[::ffff:0:10.0.0.5]/a/',
  'https://[::10.0.0.5]/a/',
  'https://[64:ff9b::a9fe:a9fe]/a/',
  'https://[2002:a9fe:a9fe::1]/a/',
  'https://[2001:db8::1]/a/',
  'https://2852039166/latest/', // 169.254.169.254 in decimal
  'https://0xa9fea9fe/latest/', // in hex
  'https://0251.0376.0251.0376/latest/', // in octal
  'https://169.254.43518/latest/', // two-part form
  'https://0xa9.0xfe.0xa9.0xfe/latest/',
  'https://167772165/a/', // 10.0.0.5
  'https://169.254.169.254./a/', // trailing dot
  'https://metadata/computeMetadata/v1/', // a name without a dot
  'https://metadata.google.internal/computeMetadata/v1/',
  'https://printer.local/a/',
  'https://nas.home.arpa/a/',
  'https://intranet.corp/a/',
  'https://foo.localhost/a/',
];

const PUBLIC: string[] = [
  'https://api.dailybot.com/activity-hook/abc123/',
  'https://hooks.dailybot.example/activity/0a1b2c3d4e5f/',
  'https://8.8.8.8/a/',
  'https://172.32.0.1/a/',
  'https://100.128.0.1/a/',
  'https://[2606:4700::1111]/a/',
  'https://[2002:808:808::1]/a/', // 6to4 of 8.8.8.8
  'https://[::ffff:8.8.8.8]/a/',
];

const LOOPBACK: string[] = ['http://127.0.0.1:8787/activity/abc/', 'http://localhost:8787/a/', 'http://[::1]:8787/a/', 'https://127.1.2.3/a/', 'http://[::ffff:127.0.0.1]/a/'];

const testConnection = (hook: string) => appTester(authentication.test as never, { authData: { api_key: API_KEY, activity_hook_url: hook } } as never);

describe('hosts', () => {
  it.each(PRIVATE)('%s is a private address', (url) => {
    expect(hostKind(new URL(url).hostname)).toBe('private');
    expect(hookUrlProblem(url)).toBe('not_public');
  });

  it.each(PUBLIC)('%s is public', (url) => {
    expect(hostKind(new URL(url).hostname)).toBe('public');
    expect(hookUrlProblem(url)).toBeUndefined();
  });

  it.each(LOOPBACK)('%s is this machine (allowed, even over http, for the sandbox)', (url) => {
    expect(hostKind(new URL(url).hostname)).toBe('loopback');
    expect(hookUrlProblem(url)).toBeUndefined();
  });

  it.each(['http://hooks.example.com/a', 'ftp://example.com/x', 'not a url', ''])('%j is not an https address', (url) => {
    expect(hookUrlProblem(url)).toBe('not_https');
  });
});

describe('a private Activity Hook URL', () => {
  it.each(PRIVATE.slice(0, 6).concat(['https://[::ffff:169.254.169.254]/a/', 'https://2852039166/latest/', 'https://metadata.google.internal/x/']))(
    'is refused by the connection test before any request (%s)',
    async (hook) => {
      const error = await failsBeforeAnyRequest(() => testConnection(hook));
      expect(error).toMatchObject({ code: 'invalid_activity_hook_url' });
      expect(error.message).toContain('points to a private or local network address');
      expect(error.message).toContain('Organization Settings → Integrations → Activity API');
      expect(error.message).not.toContain(new URL(hook).pathname);
    },
  );

  it.each(['https://169.254.169.254/latest/meta-data/', 'https://10.0.0.5/activity/abc123/', 'https://[::ffff:169.254.169.254]/a/'])(
    'is refused by Log Activity before anything is sent (%s)',
    async (hook) => {
      const error = await failsBeforeAnyRequest(() =>
        runAction('push_activity', { custom_type: 'deployment', message: 'Shipped', user: 'john@example.com' }, { api_key: API_KEY, activity_hook_url: hook }),
      );
      expect(error).toMatchObject({ code: 'invalid_activity_hook_url' });
      expect(error.message).toContain('saved in this DailyBot connection points to a private or local network address');
      expect(error.message).toContain('edit this connection (or reconnect DailyBot)');
    },
  );

  it('a public one passes the connection test', async () => {
    nock(API).get('/me/').reply(200, seeds.me);
    await expect(testConnection('https://hooks.dailybot.example/activity/0a1b2c3d4e5f/')).resolves.toMatchObject({ organization_name: 'Alexa OC' });
  });

  it('any request of the app to a private host is refused, whoever builds it', async () => {
    const { runInApp } = await import('../helpers');
    const error = await failsBeforeAnyRequest(() => runInApp((z) => z.request({ url: 'https://169.254.169.254/latest/meta-data/' })));
    expect(error).toMatchObject({ code: 'private_address_refused' });
    expect(errorOf).toBeDefined();
  });
});
