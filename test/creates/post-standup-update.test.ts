import http from 'node:http';
import type { AddressInfo } from 'node:net';

import nock from 'nock';

import { SLOW_REQUEST_TIMEOUT_MS } from '../../src/http/config';
import { API, errorOf, expectNoSecrets } from '../helpers';
import { standupAnswer } from '../fixtures/v3';
import * as seeds from '../fixtures/seeds';
import { failsBeforeAnyRequest, runAction } from './support';

const post = (inputData: Record<string, unknown>, raw?: Record<string, unknown>) =>
  raw ? runActionWithRaw(inputData, raw) : runAction('post_standup_update', inputData);

/** A run whose raw inputs show which fields were mapped from earlier steps. */
const runActionWithRaw = async (inputData: Record<string, unknown>, inputDataRaw: Record<string, unknown>) => {
  const { appTester, authData } = await import('../helpers');
  const { creates } = await import('../../src/creates');
  return appTester(creates.post_standup_update!.operation.perform as never, { authData, inputData, inputDataRaw } as never, true);
};

describe('Post Stand-up Update', () => {
  it('posts free text for DailyBot’s AI and lists the check-ins it filled, created or updated (the CLI reference’s answer)', async () => {
    nock(API).post('/cli/updates/', { message: 'Closed PRJ-142; reviewing the release notes' }).reply(200, standupAnswer);
    await expect(post({ message: ' Closed PRJ-142; reviewing the release notes ' })).resolves.toEqual({
      checkins_count: 2,
      checkins: [
        { name: 'Daily Standup', action: 'created' },
        { name: 'Weekly Sync', action: 'updated' },
      ],
    });
  });

  it('sends only the structured texts given (no AI), and no empty one', async () => {
    nock(API).post('/cli/updates/', { done: 'Fixed the login bug', blocked: 'Waiting for the API keys' }).reply(200, { followups_count: 1, attached_followups: [{ followup_name: 'Daily Standup', action: 'updated' }] });
    await expect(post({ done: 'Fixed the login bug', doing: '  ', blocked: 'Waiting for the API keys' })).resolves.toMatchObject({ checkins_count: 1 });
  });

  it('refuses to send nothing, before any request', async () => {
    const error = await failsBeforeAnyRequest(() => post({ message: '', done: ' ' }));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain('“Update”, “Done”, “Doing” or “Blocked”');
  });

  it('halts, sending nothing, when every text came from earlier steps but was empty in this run', async () => {
    const error = await errorOf(post({ message: '' }, { message: '{{1.body}}' }));
    expect(error.name).toBe('HaltedError');
  });

  it('halts when no check-in matched (followups_count 0), saying nothing was recorded', async () => {
    nock(API).post('/cli/updates/').reply(200, { followups_count: 0, attached_followups: [] });
    const error = await errorOf(post({ message: 'Reviewed PRs' }));
    expect(error.name).toBe('HaltedError');
    expect(error.message).toContain('No check-in took this update');
  });

  it('waits longer than other steps for DailyBot’s AI', async () => {
    expect(SLOW_REQUEST_TIMEOUT_MS).toBeGreaterThan(12_000);
    expect(SLOW_REQUEST_TIMEOUT_MS).toBeLessThan(30_000);
  });

  it('a time-out says the update may still have been applied, and the request is sent once (never retried)', async () => {
    process.env.DAILYBOT_TIMEOUT_MS = '100';
    const scope = nock(API).post('/cli/updates/').once().delay(1_000).reply(200, standupAnswer);
    const error = await errorOf(post({ message: 'Reviewed PRs' }));
    expect(scope.isDone()).toBe(true);
    expect(error.name).toBe('AppError');
    expect(error.message).toContain('It may still have been applied: check in DailyBot before you replay');
    expect(error.message).toContain('never retried by itself');
  });

  it('a cut connection says the same; a refused one says nothing arrived', async () => {
    // real sockets (nock's simulated errors do not reach node-fetch 2)
    const server = http.createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    process.env.DAILYBOT_API_URL = `http://127.0.0.1:${port}/v1`;
    const cut = await errorOf(post({ message: 'x' }));
    await new Promise((resolve) => server.close(resolve));
    expect(cut).toMatchObject({ code: 'dailybot_no_answer' });
    expect(cut.message).toContain('the connection was cut before it answered. It may still have been applied');
    const refused = await errorOf(post({ message: 'x' }));
    expect(refused).toMatchObject({ code: 'dailybot_unreachable' });
    expect(refused.message).toContain('the connection was refused');
  });

  it('a server error (a gateway giving up on a slow call) says it may still have been applied', async () => {
    nock(API).post('/cli/updates/').reply(504, { detail: 'Gateway Timeout' });
    const error = await errorOf(post({ message: 'x' }));
    expect(error).toMatchObject({ name: 'AppError' });
    expect(error.message).toContain('may still have been applied');
  });

  it('a 429 is not left to Zapier’s retry (no ThrottledError): it says to replay later', async () => {
    nock(API).post('/cli/updates/').reply(429, { detail: 'Request was throttled. Expected available in 30 seconds.' }, { 'Retry-After': '30' });
    const error = await errorOf(post({ message: 'x' }));
    expect(error.name).toBe('AppError');
    expect(error.message).toContain('replay this Zap run in 30 seconds');
  });

  it('an AI failure says to replay later or use Done/Doing/Blocked', async () => {
    nock(API).post('/cli/updates/').reply(400, { detail: 'AI processing failed, please try again.' });
    expect((await errorOf(post({ message: 'x' }))).message).toContain('skip the AI');
  });

  describe('DailyBot refusing the API key here (the sources disagree whether it takes one)', () => {
    it('401 while GET /me/ works: the key is refused for stand-up updates only, said plainly', async () => {
      nock(API).post('/cli/updates/').reply(401, { detail: 'Authentication credentials were not provided.', code: 'not_authenticated' });
      nock(API).get('/me/').reply(200, seeds.user);
      const error = await errorOf(post({ message: 'x' }));
      expect(error).toMatchObject({ name: 'AppError', code: 'api_key_refused_for_updates' });
      expect(error.message).toContain('did not accept this connection’s API key for stand-up updates, although the key works for other steps');
      expectNoSecrets(error.message);
    });

    it('403 with a permission code: the same message, no extra request', async () => {
      nock(API).post('/cli/updates/').reply(403, { detail: 'CLI token required.', code: 'permission_denied' });
      expect((await errorOf(post({ message: 'x' }))).message).toContain('for stand-up updates');
    });

    it('401 and GET /me/ refused too: the key itself is bad, reconnect', async () => {
      nock(API).post('/cli/updates/').reply(401, { detail: 'Invalid API key.', code: 'authentication_failed' });
      nock(API).get('/me/').reply(401, { detail: 'Invalid API key.', code: 'authentication_failed' });
      const error = await errorOf(post({ message: 'x' }));
      expect(error.name).toBe('ExpiredAuthError');
    });

    it('a plan’s 403 keeps its own words', async () => {
      nock(API).post('/cli/updates/').reply(403, { detail: 'Upgrade required.', code: 'plan_upgrade_required', upgrade_url: 'https://app.dailybot.com/billing' });
      expect((await errorOf(post({ message: 'x' }))).message).toContain('Your DailyBot plan does not include this');
    });
  });
});
