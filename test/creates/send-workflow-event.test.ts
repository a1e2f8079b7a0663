import nock from 'nock';

import { API, API_KEY, API_ORIGIN, errorOf, expectNoSecrets } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { failsBeforeAnyRequest, runAction } from './support';

/** An organization's Workflow Trigger URL and secret, as DailyBot's docs show the URL's shape. */
const TRIGGER_ID = '9c4e7a1b2d3f4e5a6b7c8d9e0f1a2b3c';
const TRIGGER_URL = `${API_ORIGIN}/workflow-trigger/${TRIGGER_ID}/`;
const TRIGGER_PATH = `/workflow-trigger/${TRIGGER_ID}/`;
const SECRET = 'wt-secret-5b8e2f71c9';
const auth = { api_key: API_KEY, workflow_trigger_url: TRIGGER_URL, workflow_trigger_secret: SECRET };

const sendEvent = (inputData: Record<string, unknown>, connection: Record<string, string> = auth) => runAction('send_workflow_event', inputData, connection);

/** Nothing of the connection's secrets in a text. */
/** A new event ID each run: a UUID. */
const NEW_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The body sent, with its generated event ID checked and left out. */
const bodyIs = (expected: Record<string, unknown>) => (body: Record<string, unknown>) => {
  const { event_id: eventId, ...rest } = body;
  return typeof eventId === 'string' && NEW_ID.test(eventId) && JSON.stringify(rest) === JSON.stringify(expected);
};

const expectNoTriggerSecrets = (text: string): void => {
  expectNoSecrets(text);
  expect(text).not.toContain(TRIGGER_ID);
  expect(text).not.toContain(SECRET);
};

describe('Send Workflow Event', () => {
  it('POSTs the documented body (event_type, secret, any fields) to the Workflow Trigger URL, without the API key', async () => {
    nock(API_ORIGIN, { badheaders: ['x-api-key'], reqheaders: { 'content-type': 'application/json' } })
      .post(TRIGGER_PATH, bodyIs({ service: 'billing', version: '2.1.0', event_type: 'deploy_complete', secret: SECRET }))
      .reply(200, { detail: 'ok' });
    const result = await sendEvent({ event_type: 'deploy_complete', data: { service: 'billing', version: '2.1.0' } });
    expect(result).toEqual({ event_id: expect.stringMatching(NEW_ID), event_type: 'deploy_complete', sent: true });
    expectNoTriggerSecrets(JSON.stringify(result));
  });

  it('sends no secret when the connection has none, and no data when none is given', async () => {
    nock(API_ORIGIN).post(TRIGGER_PATH, bodyIs({ event_type: 'ci_finished' })).reply(200, '');
    await expect(sendEvent({ event_type: ' ci_finished ' }, { api_key: API_KEY, workflow_trigger_url: TRIGGER_URL })).resolves.toMatchObject({
      event_type: 'ci_finished',
      sent: true,
    });
  });

  it('gives each event a new ID, or keeps the one the data gives', async () => {
    nock(API_ORIGIN).post(TRIGGER_PATH).times(2).reply(200, '');
    const [a, b] = [await sendEvent({ event_type: 'x1' }), await sendEvent({ event_type: 'x1' })];
    expect(a.event_id).not.toBe(b.event_id);
    nock(API_ORIGIN).post(TRIGGER_PATH, { event_id: 'deploy-981', event_type: 'x1', secret: SECRET }).reply(200, '');
    await expect(sendEvent({ event_type: 'x1', data: { event_id: 'deploy-981' } })).resolves.toMatchObject({ event_id: 'deploy-981' });
  });

  it('never lets a data pair override event_type or secret', async () => {
    nock(API_ORIGIN).post(TRIGGER_PATH, bodyIs({ env: 'prod', event_type: 'deploy_complete', secret: SECRET })).reply(200, '');
    await sendEvent({ event_type: 'deploy_complete', data: { event_type: 'other', secret: 'guessed', env: 'prod', ' ': 'x' } });
  });

  it('says where to add the URL when the connection has none, before any request', async () => {
    const error = await failsBeforeAnyRequest(() => sendEvent({ event_type: 'x1' }, { api_key: API_KEY }));
    expect(error).toMatchObject({ code: 'missing_workflow_trigger_url' });
    expect(error.message).toContain('Organization Settings → Integrations → Workflow Trigger');
    expect(error.message).toContain('paste it into “Workflow Trigger URL”');
  });

  it.each([
    ['another host', 'https://hooks.example.com/workflow-trigger/9c4e7a1b2d3f4e5a6b7c8d9e0f1a2b3c/'],
    ['DailyBot’s API path instead', `${API}/users/`],
    ['the Activity Hook path', `${API_ORIGIN}/activity-hook/9c4e7a1b2d3f4e5a6b7c8d9e0f1a2b3c/`],
    ['plain http', 'http://api.dailybot.com/workflow-trigger/9c4e7a1b2d3f4e5a6b7c8d9e0f1a2b3c/'],
    ['a user name in it', 'https://me:pw@api.dailybot.com/workflow-trigger/9c4e7a1b2d3f4e5a6b7c8d9e0f1a2b3c/'],
    ['a path below the trigger', `${API_ORIGIN}/workflow-trigger/9c4e7a1b2d3f4e5a6b7c8d9e0f1a2b3c/../../v1/users/`],
    ['a private address', 'http://169.254.169.254/workflow-trigger/9c4e7a1b2d3f4e5a6b7c8d9e0f1a2b3c/'],
    ['no URL at all', 'workflow-trigger 9c4e7a1b2d3f4e5a6b7c8d9e0f1a2b3c'],
  ])('refuses a saved URL on %s before any request, without showing it', async (_name, url) => {
    const error = await failsBeforeAnyRequest(() => sendEvent({ event_type: 'x1' }, { api_key: API_KEY, workflow_trigger_url: url }));
    expect(error).toMatchObject({ code: 'invalid_workflow_trigger_url' });
    expect(error.message).not.toContain(TRIGGER_ID);
    expect(error.message).toContain('Copy it again');
  });

  it('accepts a loopback URL (the local sandbox)', async () => {
    nock('http://127.0.0.1:8787', { badheaders: ['x-api-key'] }).post('/workflow-trigger/abc123/').reply(200, '');
    await expect(sendEvent({ event_type: 'x1' }, { api_key: API_KEY, workflow_trigger_url: 'http://127.0.0.1:8787/workflow-trigger/abc123/' })).resolves.toMatchObject({
      event_type: 'x1',
      sent: true,
    });
  });

  it('never sends the API key there even when the API is configured without its /v1 path', async () => {
    const saved = process.env.DAILYBOT_API_URL;
    process.env.DAILYBOT_API_URL = API_ORIGIN;
    try {
      nock(API_ORIGIN, { badheaders: ['x-api-key'] }).post(TRIGGER_PATH).reply(200, '');
      await expect(sendEvent({ event_type: 'x1' })).resolves.toMatchObject({ sent: true });
    } finally {
      if (saved === undefined) delete process.env.DAILYBOT_API_URL;
      else process.env.DAILYBOT_API_URL = saved;
    }
  });

  it.each([
    ['no event type', {}, '“Event Type” is required'],
    ['a blank event type', { event_type: '  ' }, '“Event Type” is required'],
    ['an event type over 255 characters', { event_type: 'e'.repeat(256) }, '“Event Type” must be at most 255 characters'],
    ['data that is no names and values', { event_type: 'x1', data: 'just text' }, '“Event Data” must be names with values'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => sendEvent(inputData));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });

  it.each([401, 403, 404, 410])('asks to copy the URL and secret again when DailyBot refuses them (HTTP %i), without showing them', async (status) => {
    nock(API_ORIGIN).post(TRIGGER_PATH).reply(status, { detail: `no trigger ${TRIGGER_URL} ${SECRET}` });
    const error = await errorOf(sendEvent({ event_type: 'deploy_complete' }));
    expect(error).toMatchObject({ code: 'workflow_trigger_rejected', status });
    expect(error.message).toContain('Copy the URL (and the secret, if you set one) again');
    expectNoTriggerSecrets(error.message);
  });

  it('names a plan problem (403 plan_*) in DailyBot’s words, with the upgrade link', async () => {
    nock(API_ORIGIN).post(TRIGGER_PATH).reply(403, seeds.errors.planUpgrade);
    const error = await errorOf(sendEvent({ event_type: 'deploy_complete' }));
    expect(error).toMatchObject({ code: 'plan_upgrade_required', status: 403 });
    expect(error.message).toContain('https://app.dailybot.com/billing');
  });

  it('says the URL could not be reached on a server error, without showing it', async () => {
    nock(API_ORIGIN).post(TRIGGER_PATH).reply(502, `Bad gateway at ${TRIGGER_URL}`);
    const error = await errorOf(sendEvent({ event_type: 'deploy_complete' }));
    expect(error.message).toContain("DailyBot's Workflow Trigger URL answered with a server error (HTTP 502)");
    expectNoTriggerSecrets(error.message);
  });
});
