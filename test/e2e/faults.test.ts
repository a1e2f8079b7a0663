/**
 * Faults over real sockets, injected with the sandbox's /_sandbox/faults: each ends in one clear
 * z.errors error, and the app itself never tries a failing request again (the sandbox sees exactly
 * one request for the failing step; retrying is Zapier's call).
 */
import type { Harness } from '../../sandbox/harness';
import { errorOf } from '../helpers';
import { calls, person, useHarness } from './support';

const harness = useHarness();

/** Adds a fault through the sandbox's HTTP route. */
const inject = async (h: Harness, fault: Record<string, unknown>): Promise<void> => {
  const response = await fetch(`${h.sandbox.url}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  expect(response.status).toBe(201);
};

/** Runs a failing step; its error, and the requests the sandbox saw meanwhile. */
const failing = async (h: Harness, run: () => Promise<unknown>) => {
  const mark = h.mark();
  const error = await errorOf(run());
  await new Promise((resolve) => setImmediate(resolve));
  const requests = h.requestsSince(mark);
  expect(error.message).not.toContain(h.sandbox.apiKey);
  expect(error.message).not.toContain(h.sandbox.state.activityToken);
  return { error, requests };
};

it('429 with Retry-After: a ThrottledError that carries the delay, after one request', async () => {
  const h = harness();
  await inject(h, { method: 'POST', path: '/v1/send-message/', status: 429, retry_after: 42 });
  const priya = person(h, 'Priya Natarajan');
  const { error, requests } = await failing(h, () => h.create('send_message', { message: 'Hi', target_users: [priya.uuid] }));
  expect(error).toMatchObject({ name: 'ThrottledError', delay: 42 });
  expect(error.message).toBe(
    'DailyBot is limiting how many requests this connection may make for now (it allows a budget of requests per period for each kind of request). ' +
      'Zapier will retry in 42 seconds.',
  );
  expect(calls(requests)).toEqual(['POST /v1/send-message/']);
  expect(requests[0]!.status).toBe(429);
  expect(h.sandbox.state.outbox).toEqual([]);
});

it('503: a plain error saying DailyBot had a server problem, after one request', async () => {
  const h = harness();
  await inject(h, { method: 'GET', path: '/v1/me/', status: 503 });
  const { error, requests } = await failing(h, () => h.authTest());
  expect(error).toMatchObject({
    name: 'AppError',
    code: 'dailybot_unavailable',
    status: 503,
    message: 'DailyBot answered with a server error (HTTP 503). This is usually temporary: try again in a few minutes.',
  });
  expect(calls(requests)).toEqual(['GET /v1/me/']);
});

it('a dropped connection: "could not be reached", after one request', async () => {
  const h = harness();
  await inject(h, { method: 'GET', path: '/v1/users/', drop_connection: true });
  const { error, requests } = await failing(h, () => h.search('find_user', { query: 'priya.natarajan@acme-robotics.example' }));
  expect(error).toMatchObject({
    name: 'AppError',
    code: 'dailybot_unreachable',
    message: 'DailyBot could not be reached: the connection was cut before it answered. This is usually temporary: try again in a few minutes.',
  });
  expect(calls(requests)).toEqual(['GET /v1/users/']);
  expect(requests[0]!.status).toBeNull();
});

it('a body that is not JSON: a server error from a proxy (502), or a success that cannot be read (200), each after one request', async () => {
  const h = harness();
  await inject(h, { method: 'GET', path: '/v1/teams/', non_json: true, times: 1 });
  const proxy = await failing(h, () => h.search('find_team', { query: 'Engineering' }));
  expect(proxy.error).toMatchObject({ code: 'dailybot_unavailable', status: 502, message: expect.stringContaining('server error (HTTP 502)') });
  expect(calls(proxy.requests)).toEqual(['GET /v1/teams/']);

  await inject(h, { method: 'GET', path: '/v1/teams/', non_json: true, status: 200, times: 1 });
  const garbled = await failing(h, () => h.search('find_team', { query: 'Engineering' }));
  expect(garbled.error).toMatchObject({
    name: 'AppError',
    code: 'dailybot_bad_answer',
    status: 200,
    message: 'DailyBot answered with something that is not JSON (HTTP 200). This is usually temporary: try again in a few minutes.',
  });
  expect(calls(garbled.requests)).toEqual(['GET /v1/teams/']);

  // the faults were used up: the next search works
  expect((await h.search('find_team', { query: 'Engineering' })).output).toHaveLength(1);
});

it('an answer slower than the timeout: "did not answer in time", after one request', async () => {
  const h = harness();
  process.env.DAILYBOT_TIMEOUT_MS = '300';
  await inject(h, { method: 'GET', path: '/v1/checkins/', delay_ms: 3_000 });
  const started = Date.now();
  const { error, requests } = await failing(h, () => h.search('find_checkin', { name: 'Daily Standup' }));
  const took = Date.now() - started;
  h.sandbox.state.faults.cancelWaits(); // let the sandbox finish the slow answer now
  expect(error).toMatchObject({
    name: 'AppError',
    code: 'dailybot_unreachable',
    message: 'DailyBot could not be reached: it did not answer in time. This is usually temporary: try again in a few minutes.',
  });
  expect(took).toBeGreaterThanOrEqual(250);
  expect(took).toBeLessThan(2_500);
  expect(calls(requests)).toEqual(['GET /v1/checkins/']);
});

it('a fault on the Activity Hook (503) is named as the hook, after one request', async () => {
  const h = harness();
  const hookPath = new URL(h.sandbox.activityHookUrl).pathname;
  await inject(h, { method: 'POST', path: hookPath, status: 503 });
  const { error, requests } = await failing(h, () =>
    h.create('push_activity', { custom_type: 'deployment', message: 'Deployed', user: 'mei.chen@acme-robotics.example' }),
  );
  expect(error).toMatchObject({ code: 'dailybot_unavailable', status: 503, message: expect.stringMatching(/^DailyBot's Activity Hook URL answered with a server error \(HTTP 503\)/) });
  expect(requests.map((r) => r.path)).toEqual([hookPath]);
});
