/**
 * What zapier-platform-core logs: captured where Zapier would receive it. Core streams every log line
 * (the HTTP line of each request included) to LOGGING_ENDPOINT when LOGGING_TOKEN is set; here that
 * endpoint is a server on 127.0.0.1 that keeps what it gets. Neither the API key nor the Activity Hook
 * URL (in any form) may be in it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import nock from 'nock';

import { API, API_KEY, HOOK_URL, authData } from '../helpers';
import { runAction } from '../creates/support';
import * as seeds from '../fixtures/seeds';

const TOKEN = '7f1e2d3c4b5a69788796a5b4c3d2e1f0';

interface LogLine {
  message: string;
  data: Record<string, unknown>;
}

/** Runs `start` with core's log stream pointed at a local server; returns every line core sent. */
const captureCoreLogs = async (start: () => Promise<unknown>): Promise<{ lines: LogLine[]; raw: string }> => {
  const chunks: Buffer[] = [];
  const server = http.createServer((req, res) => {
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => res.end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.LOGGING_ENDPOINT = `http://127.0.0.1:${(server.address() as AddressInfo).port}/logs`;
  process.env.LOGGING_TOKEN = 'test-logging-token';
  try {
    await start().catch(() => undefined);
  } finally {
    delete process.env.LOGGING_ENDPOINT;
    delete process.env.LOGGING_TOKEN;
    await new Promise((resolve) => server.close(resolve));
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  const lines = raw
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LogLine);
  return { lines, raw };
};

const expectNothingSecret = (raw: string): void => {
  const text = raw.toLowerCase();
  expect(text).not.toContain(API_KEY.toLowerCase());
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain('activity-hook/7f1e');
};

const hook = new URL(HOOK_URL);
const example = { custom_type: 'deployment', message: 'Shipped', user: 'john@example.com' };

describe('what core logs', () => {
  it('is really captured: the HTTP line of a Log Activity run is there, its URL censored', async () => {
    nock(hook.origin).post(hook.pathname).reply(200, '');
    const { lines } = await captureCoreLogs(() => runAction('push_activity', example));
    const httpLines = lines.filter((line) => line.data.log_type === 'http');
    expect(httpLines).toHaveLength(1);
    expect(httpLines[0]?.message).toMatch(/^200 POST :censored:\d+:\w+:$/);
  });

  it.each([
    ['as saved', authData],
    ['saved with surrounding whitespace', { api_key: ` ${API_KEY} `, activity_hook_url: `  ${HOOK_URL}\n` }],
    ['saved without its trailing slash', { api_key: API_KEY, activity_hook_url: HOOK_URL.replace(/\/$/, '') }],
  ])('never holds the Activity Hook URL or its token (hook %s)', async (_name, auth) => {
    nock(hook.origin)
      .post(/activity-hook/)
      .reply(200, `ok ${TOKEN}`);
    const { lines, raw } = await captureCoreLogs(() => runAction('push_activity', example, auth));
    expect(lines.some((line) => line.data.log_type === 'http')).toBe(true);
    expectNothingSecret(raw);
  });

  it('never holds them when the hook fails and the server echoes it', async () => {
    nock(hook.origin).post(hook.pathname).reply(400, { detail: `bad hook ${HOOK_URL} (${TOKEN})` });
    const { raw } = await captureCoreLogs(() => runAction('push_activity', example));
    expect(raw).toContain('400 POST');
    expectNothingSecret(raw);
  });

  it('never holds Ask in Chat’s callback URL, a secret of the run sent in the asking request’s body, even when DailyBot echoes it', async () => {
    // the callback URL core's app tester hands every run
    const callback = 'auth-json-server.zapier-staging.com/echo';
    nock(API).post('/send-message/').reply(200, { bot_message_id: '$db/1', echo: `https://${callback}` });
    const { lines, raw } = await captureCoreLogs(() =>
      runAction('ask_in_chat', { message: 'Can you help?', target_users: ['5945bf02-66f5-4b29-bbd6-07421dfa0a87'], choices: ['Yes', 'No'] }),
    );
    const http = lines.filter((line) => line.data.log_type === 'http');
    expect(http).toHaveLength(1);
    expect(JSON.stringify(http[0])).toContain('Can you help?'); // the body is logged...
    expect(raw).not.toContain(callback); // ...without the callback URL
    expectNothingSecret(raw);
  });

  it('never holds the Workflow Trigger URL, its ID or its secret (sent in the body), even when the server echoes them', async () => {
    const triggerId = '9c4e7a1b2d3f4e5a6b7c8d9e0f1a2b3c';
    const triggerUrl = `https://api.dailybot.com/workflow-trigger/${triggerId}/`;
    const secret = 'wt-secret-5b8e2f71c9';
    nock('https://api.dailybot.com').post(`/workflow-trigger/${triggerId}/`).reply(200, { echo: `${triggerUrl} ${secret}` });
    const auth = { api_key: API_KEY, workflow_trigger_url: triggerUrl, workflow_trigger_secret: secret };
    const { lines, raw } = await captureCoreLogs(() => runAction('send_workflow_event', { event_type: 'deploy_complete', data: { env: 'prod' } }, auth));
    expect(lines.filter((line) => line.data.log_type === 'http')).toHaveLength(1);
    expect(raw).toContain('deploy_complete');
    expect(raw).not.toContain(triggerId);
    expect(raw).not.toContain(secret);
    expectNothingSecret(raw);
  });

  it('never holds the API key of an API request, nor a hook URL echoed in an API answer', async () => {
    nock(API).get('/me/').reply(200, { ...seeds.me, note: `hook ${HOOK_URL}` });
    const { authentication } = await import('../../src/authentication');
    const { appTester } = await import('../helpers');
    const { raw } = await captureCoreLogs(() => appTester(authentication.test as never, { authData } as never));
    expect(raw).toContain('200 GET https://api.dailybot.com/v1/me/');
    expectNothingSecret(raw);
  });
});
