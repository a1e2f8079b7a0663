/** Webhook subscriptions and delivery to a real local receiver. */
import http from 'node:http';

import { startSandbox, type Sandbox } from '../../../sandbox';
import { api, call, startReceiver, subscribe, type Receiver } from '../helpers';

let sandbox: Sandbox;
let receiver: Receiver;
let other: Receiver;

beforeAll(async () => {
  sandbox = await startSandbox({ users: 25, now: '2025-03-12T15:00:00Z' });
});

beforeEach(async () => {
  receiver = await startReceiver();
  other = await startReceiver();
});

afterEach(async () => {
  await sandbox.state.idle();
  await receiver.close();
  await other.close();
  sandbox.state.reset();
});

afterAll(async () => {
  await sandbox.close();
});

const demo = () => sandbox.state.demo;

describe('subscribing', () => {
  it('POST /webhook-subscription/ answers 201 with the hook in both spellings', async () => {
    const answer = await api(sandbox, 'POST', '/webhook-subscription/', {
      body: { hook_url: receiver.url, name: 'Zapier', subscriptions: ['followups.response.completed'], bearer: 's3cret', immediate_sample_event: false },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      hook_id: answer.body.id,
      url: receiver.url,
      hook_url: receiver.url,
      name: 'Zapier',
      subscriptions: ['followups.response.completed'],
      created_at: expect.stringMatching(/^2025-03-12T/),
    });
    expect(sandbox.state.subscriptions).toEqual([
      expect.objectContaining({ id: answer.body.id, bearer: 's3cret', subscribed_objects: [], subscriptions: ['followups.response.completed'] }),
    ]);
  });

  it('accepts one event as a plain string', async () => {
    await subscribe(sandbox, receiver.url, 'kudos.posted' as never);
    expect(sandbox.state.subscriptions[0]!.subscriptions).toEqual(['kudos.posted']);
  });

  it('refuses a missing URL, unknown events and unknown objects', async () => {
    const answer = await api(sandbox, 'POST', '/webhook-subscription/', {
      body: { subscriptions: ['checkin.response.created'], subscribed_objects: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual({
      hook_url: ['This field is required.'],
      subscriptions: [expect.stringMatching(/^Unknown event: checkin\.response\.created\. Known events: followups\.response\.completed, /)],
      subscribed_objects: ['No check-in or form with the ID 00000000-0000-4000-8000-000000000000.'],
    });
    expect(sandbox.state.subscriptions).toEqual([]);
  });

  it('DELETE /webhook-subscription/ takes hook_id and hook_url as query parameters or a JSON body; unknown is a 404', async () => {
    const a = await subscribe(sandbox, receiver.url, ['kudos.posted']);
    const b = await subscribe(sandbox, other.url, ['kudos.posted']);
    const byQuery = await api(sandbox, 'DELETE', `/webhook-subscription/?hook_id=${a}&hook_url=${encodeURIComponent(receiver.url)}`);
    expect(byQuery.status).toBe(204);
    const byBody = await api(sandbox, 'DELETE', '/webhook-subscription/', { body: { hook_id: b, hook_url: other.url } });
    expect(byBody.status).toBe(204);
    expect(sandbox.state.subscriptions).toEqual([]);
    const again = await api(sandbox, 'DELETE', '/webhook-subscription/', { body: { hook_id: b, hook_url: other.url } });
    expect(again.status).toBe(404);
    expect(again.body).toEqual({ detail: 'Not found.', code: 'not_found' });
  });

  it('each hook-delete style takes only its own DELETE form (POST /_sandbox/hook-delete; reset restores any)', async () => {
    const style = async (name: string) => expect((await call(sandbox, 'POST', '/_sandbox/hook-delete', { body: { style: name } })).body).toEqual({ style: name });
    const byQuery = (id: string, url: string) => api(sandbox, 'DELETE', `/webhook-subscription/?hook_id=${id}&hook_url=${encodeURIComponent(url)}`);
    const byBody = (id: string, url: string) => api(sandbox, 'DELETE', '/webhook-subscription/', { body: { hook_id: id, hook_url: url } });
    const byItem = (id: string) => api(sandbox, 'DELETE', `/webhook-subscription/${id}/`);

    await style('query');
    const a = await subscribe(sandbox, receiver.url, ['kudos.posted']);
    expect((await byItem(a)).status).toBe(404);
    expect((await byBody(a, receiver.url)).status).toBe(400);
    expect((await byQuery(a, receiver.url)).status).toBe(204);

    await style('item');
    const b = await subscribe(sandbox, receiver.url, ['kudos.posted']);
    expect((await byQuery(b, receiver.url)).status).toBe(405);
    expect((await byBody(b, receiver.url)).status).toBe(405);
    expect((await byItem(b)).status).toBe(204);

    await style('body');
    const c = await subscribe(sandbox, receiver.url, ['kudos.posted']);
    expect((await byItem(c)).status).toBe(404);
    expect((await api(sandbox, 'DELETE', `/webhook-subscription/?hook_id=${c}&hook_url=${encodeURIComponent(receiver.url)}`)).status).toBe(400);
    expect((await byBody(c, receiver.url)).status).toBe(204);
    expect(sandbox.state.subscriptions).toEqual([]);

    expect((await call(sandbox, 'POST', '/_sandbox/hook-delete', { body: { style: 'path' } })).status).toBe(400);
    await call(sandbox, 'POST', '/_sandbox/reset');
    expect((await call(sandbox, 'GET', '/_sandbox/hook-delete')).body).toEqual({ style: 'any' });
  });

  it('reads DAILYBOT_SANDBOX_HOOK_DELETE, and says plainly when it names no style', async () => {
    process.env.DAILYBOT_SANDBOX_HOOK_DELETE = 'item';
    try {
      const fromEnv = await startSandbox({ users: 5 });
      expect(fromEnv.state.hookDelete).toBe('item');
      await fromEnv.close();
      process.env.DAILYBOT_SANDBOX_HOOK_DELETE = 'path';
      await expect(startSandbox()).rejects.toThrow('DAILYBOT_SANDBOX_HOOK_DELETE must be one of any, query, item, body');
    } finally {
      delete process.env.DAILYBOT_SANDBOX_HOOK_DELETE;
    }
  });

  it('sends a sample right away when immediate_sample_event is true', async () => {
    await subscribe(sandbox, receiver.url, ['followups.response.completed'], { immediate_sample_event: true, subscribed_objects: [demo().standup] });
    await sandbox.state.idle();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.body.body.checkins).toEqual([{ uuid: demo().standup, name: 'Daily Standup' }]);
    expect(sandbox.state.deliveries[0]).toMatchObject({ sample: true, status: 200, outcome: 'delivered' });
  });
});

describe('delivery', () => {
  it('POSTs the envelope with X-BEARER and the documented check-in response body', async () => {
    const hookId = await subscribe(sandbox, receiver.url, ['followups.response.completed'], { name: 'Zap 1', bearer: 'b-123' });
    const response = sandbox.state.completeCheckinResponse(demo().standup, {
      user: 'alex.rivera@acme-robotics.example',
      answers: ['Shipped the release.', 'Write the postmortem.'],
      blocker: 'Waiting for the vendor.',
    });
    await sandbox.state.idle();

    expect(receiver.received).toHaveLength(1);
    const [hit] = receiver.received;
    expect(hit!.method).toBe('POST');
    expect(hit!.url).toBe('/hooks/zapier');
    expect(hit!.headers['x-bearer']).toBe('b-123');
    expect(hit!.headers['content-type']).toBe('application/json');
    expect(hit!.headers).not.toHaveProperty('x-api-key');
    const envelope = hit!.body;
    expect(Object.keys(envelope)).toEqual(['event', 'event_timestamp', 'hook', 'body']);
    expect(envelope.event).toBe('followups.response.completed');
    expect(envelope.hook).toEqual({ id: hookId, name: 'Zap 1' });
    // epoch seconds (a float), on the sandbox's clock, which started at 2025-03-12T15:00:00Z
    expect(typeof envelope.event_timestamp).toBe('number');
    expect(String(envelope.event_timestamp)).toMatch(/^\d{10}\.\d{1,6}$/);
    expect(envelope.event_timestamp - Date.parse('2025-03-12T15:00:00Z') / 1000).toBeGreaterThanOrEqual(0);
    expect(envelope.event_timestamp - Date.parse('2025-03-12T15:00:00Z') / 1000).toBeLessThan(60);

    const owner = sandbox.state.users.get(demo().owner)!;
    const [q1, q2, q3] = sandbox.state.template(demo().standupTemplate).questions;
    expect(envelope.body).toEqual({
      uuid: response.uuid,
      user: { uuid: owner.uuid, full_name: 'Alex Rivera', image: owner.image, role: 'ADMIN', occupation: 'Head of Operations', email: owner.email },
      checkins: [{ uuid: demo().standup, name: 'Daily Standup' }],
      is_anonymous: false,
      content: { [q1!.uuid]: 'Shipped the release.', [q2!.uuid]: 'Write the postmortem.', [q3!.uuid]: 'Waiting for the vendor.' },
      questions: {
        fields: [
          expect.objectContaining({ uuid: q1!.uuid, question_without_special_vars: 'What did you complete in your previous workday?', is_blocker: false, logic: { next_key: 1, prev_key: false, question_key: 0 } }),
          expect.objectContaining({ uuid: q2!.uuid, question_short: 'Plans for today', is_hidden: false, question_variations: [] }),
          expect.objectContaining({ uuid: q3!.uuid, is_blocker: true, extra_params: { i18n: {}, special_vars: [] } }),
        ],
        response_source_type: 'webapp',
        has_conditional_questions: false,
      },
      has_issue: true,
      blockers_status: { [q3!.uuid]: true },
      // the organization's zone (Bogotá, UTC-5), as in DailyBot's sample
      record_created_at: expect.stringMatching(/^2025-03-12T\d\d:\d\d:\d\d\.\d{6}-05:00$/),
      created_at: expect.stringMatching(/^2025-03-12T\d\d:\d\d:\d\d-05:00$/),
      updated_at: expect.stringMatching(/^2025-03-12T\d\d:\d\d:\d\d\.\d{6}-05:00$/),
      edited: false,
      extra_activity: null,
      response_completed: true,
    });
    expect(sandbox.state.deliveries).toEqual([
      expect.objectContaining({ event: 'followups.response.completed', hook_id: hookId, status: 200, outcome: 'delivered', response_body: '{"ok":true}' }),
    ]);
  });

  it('sends no X-BEARER when none was given, and an anonymous response without user', async () => {
    await subscribe(sandbox, receiver.url, ['followups.response.completed']);
    sandbox.state.completeCheckinResponse(demo().anonymousCheckin, { user: demo().owner, answers: ['5', 'All good'] });
    await sandbox.state.idle();
    const [hit] = receiver.received;
    expect(hit!.headers).not.toHaveProperty('x-bearer');
    expect(hit!.body.body).not.toHaveProperty('user');
    expect(hit!.body.body).toMatchObject({ is_anonymous: true, has_issue: false, blockers_status: {} });
  });

  it('reads a blocker from the blocker answer when not told', async () => {
    await subscribe(sandbox, receiver.url, ['followups.response.completed', 'followups.response.updated']);
    const r = sandbox.state.completeCheckinResponse(demo().standup, { user: demo().owner, answers: ['a', 'b', 'No blockers.'] });
    sandbox.state.updateCheckinResponse(r.uuid, { answers: { [demo().blockerQuestion]: 'The build server is down.' } });
    await sandbox.state.idle();
    expect(receiver.received.map((h) => [h.body.event, h.body.body.has_issue, h.body.body.edited])).toEqual([
      ['followups.response.completed', false, false],
      ['followups.response.updated', true, true],
    ]);
    // other ways of saying "no"
    for (const answer of ['-', 'None.', 'no blockers', ' Nope! ']) {
      const other = sandbox.state.completeCheckinResponse(demo().standup, { answers: ['a', 'b', answer], date: '2025-03-13' });
      expect([answer, other.blockers]).toEqual([answer, {}]);
    }
  });

  it('filters by subscribed_objects for check-in and form events only', async () => {
    await subscribe(sandbox, receiver.url, ['followups.response.completed', 'kudos.posted'], { subscribed_objects: [demo().standup] });
    await subscribe(sandbox, other.url, ['followups.response.completed']);
    sandbox.state.completeCheckinResponse(demo().standup, { user: demo().owner });
    sandbox.state.completeCheckinResponse(demo().anonymousCheckin, { user: demo().owner });
    sandbox.state.postKudos({ giver: demo().owner, receivers: [demo().manager], content: 'Thanks!' });
    await sandbox.state.idle();
    expect(receiver.received.map((h) => [h.body.event, h.body.body.checkins?.[0].uuid])).toEqual([
      ['followups.response.completed', demo().standup],
      ['kudos.posted', undefined],
    ]);
    expect(other.received.map((h) => h.body.body.checkins[0].uuid)).toEqual([demo().standup, demo().anonymousCheckin]);
  });

  it('stops delivering after unsubscribe', async () => {
    const id = await subscribe(sandbox, receiver.url, ['kudos.posted']);
    await call(sandbox, 'POST', '/_sandbox/kudos', { body: { receivers: [demo().manager] } });
    await sandbox.state.idle();
    await api(sandbox, 'DELETE', `/webhook-subscription/?hook_id=${id}&hook_url=${encodeURIComponent(receiver.url)}`);
    await call(sandbox, 'POST', '/_sandbox/kudos', { body: { receivers: [demo().manager] } });
    await sandbox.state.idle();
    expect(receiver.received).toHaveLength(1);
    expect(sandbox.state.deliveries).toHaveLength(1);
  });

  it('is not affected when the app’s runtime wraps http.request in the same process (the demo, the e2e tests)', async () => {
    // zapier-platform-core wraps http.request process-wide with a function that passes only
    // (options, callback) on: a delivery sent as (url, options, callback) went out as a bare GET
    const original = http.request;
    const wrapper = jest.fn((options: unknown, callback: unknown) => (original as (...args: unknown[]) => http.ClientRequest)(options, callback));
    (http as { request: unknown }).request = wrapper;
    try {
      await subscribe(sandbox, receiver.url, ['kudos.posted'], { bearer: 'b-wrapped' });
      sandbox.state.postKudos({ giver: demo().owner, receivers: [demo().manager], content: 'Thanks!' });
      await sandbox.state.idle();
    } finally {
      http.request = original;
    }
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]).toMatchObject({ method: 'POST', url: '/hooks/zapier', headers: { 'x-bearer': 'b-wrapped', 'content-type': 'application/json' } });
    expect(receiver.received[0]!.body.event).toBe('kudos.posted');
  });

  it('drops a subscription whose target answers 410 Gone', async () => {
    receiver.status = 410;
    await subscribe(sandbox, receiver.url, ['organization.user_deactivated']);
    sandbox.state.setUserActive(demo().manager, false);
    await sandbox.state.idle();
    expect(sandbox.state.subscriptions).toEqual([]);
    expect(sandbox.state.deliveries).toEqual([expect.objectContaining({ status: 410, outcome: 'failed', subscription_dropped: true })]);
    sandbox.state.setUserActive(demo().owner, false);
    await sandbox.state.idle();
    expect(receiver.received).toHaveLength(1);
  });

  it('logs a target that cannot be reached, and keeps the subscription', async () => {
    const url = receiver.url;
    await receiver.close();
    await subscribe(sandbox, url, ['kudos.posted']);
    sandbox.state.postKudos({ giver: demo().owner, receivers: [demo().manager], content: 'Thanks!' });
    await sandbox.state.idle();
    expect(sandbox.state.deliveries).toEqual([expect.objectContaining({ status: null, outcome: 'failed', error: expect.stringMatching(/ECONNREFUSED/) })]);
    expect(sandbox.state.subscriptions).toHaveLength(1);
  });

  it('loses nothing when many events happen at once, and keeps each subscription’s order', async () => {
    await subscribe(sandbox, receiver.url, ['followups.response.completed', 'followups.response.deleted']);
    await subscribe(sandbox, other.url, ['followups.response.completed']);
    const people = sandbox.state.checkin(demo().anonymousCheckin).participants.slice(0, 12);
    await Promise.all(
      people.map((user) => call(sandbox, 'POST', `/_sandbox/checkins/${demo().anonymousCheckin}/responses`, { body: { user, date: '2025-03-13' } })),
    );
    const created = [...sandbox.state.responses.values()].filter((r) => r.date === '2025-03-13');
    for (const r of created) sandbox.state.deleteCheckinResponse(r.uuid);
    const idle = await call(sandbox, 'GET', '/_sandbox/idle');
    expect(idle.body).toEqual({ pending: 0, deliveries: 36 });

    expect(receiver.received).toHaveLength(24);
    expect(other.received).toHaveLength(12);
    expect(sandbox.state.deliveries.every((d) => d.outcome === 'delivered' && d.status === 200)).toBe(true);
    // in event order for each subscription
    const order = sandbox.state.deliveries.filter((d) => d.hook_url === receiver.url).map((d) => (d.payload.body as { uuid: string }).uuid);
    expect(receiver.received.map((h) => h.body.body.uuid)).toEqual(order);
    expect(receiver.received.slice(12).every((h) => h.body.event === 'followups.response.deleted')).toBe(true);
  });
});

describe('event bodies', () => {
  beforeEach(async () => {
    await subscribe(sandbox, receiver.url, [
      'forms.response.created',
      'forms.response.updated',
      'forms.response.deleted',
      'kudos.posted',
      'organization.user_activated',
      'organization.user_deactivated',
      'organization.team_user_added',
      'organization.team_user_removed',
      'followups.response.deleted',
    ]);
  });

  const events = () => receiver.received.map((h) => h.body);

  it('form responses: created, updated, deleted, with DailyBot’s flat copy and no user when anonymous', async () => {
    const created = await call(sandbox, 'POST', `/_sandbox/forms/${demo().vacationForm}/responses`, {
      body: { user: demo().manager, answers: ['2025-04-01', '2025-04-08', 'Sam'] },
    });
    expect(created.status).toBe(201);
    const uuid = created.body.uuid;
    await call(sandbox, 'PATCH', `/_sandbox/form-responses/${uuid}`, { body: { answers: ['2025-04-02'] } });
    await call(sandbox, 'DELETE', `/_sandbox/form-responses/${uuid}`);
    await call(sandbox, 'POST', `/_sandbox/forms/${demo().anonymousForm}/responses`, { body: { user: demo().owner, answers: ['<p>More demos</p>'] } });
    await sandbox.state.idle();

    expect(events().map((e) => e.event)).toEqual(['forms.response.created', 'forms.response.updated', 'forms.response.deleted', 'forms.response.created']);
    const body = events()[0].body;
    expect(body).toMatchObject({
      uuid,
      user: expect.objectContaining({ uuid: demo().manager, email: 'priya.natarajan@acme-robotics.example', hour_init_work: expect.any(String) }),
      is_anonymous: false,
      is_guest_user: false,
      metadata: { response_from_workflow: false },
      responses: {
        question_1: 'When does your vacation start?',
        question_1_short: 'Start date',
        response_1: '2025-04-01',
        question_3_short: 'Cover',
        response_3: 'Sam',
      },
      has_issue: false,
      blockers_status: {},
      edited: false,
      flow_status: 'pending', // the vacation form has an approval flow
      flow_details: [],
    });
    expect(body).not.toHaveProperty('form');
    expect(events()[1].body).toMatchObject({ edited: true, responses: { response_1: '2025-04-02', response_3: 'Sam' } });
    expect(events()[3].body).not.toHaveProperty('user');
    expect(events()[3].body.is_anonymous).toBe(true);
  });

  it('kudos: the giver is `giver`, and hidden when anonymous', async () => {
    await api(sandbox, 'POST', '/kudos/', { body: { receivers: [demo().manager], content: 'Great work!', company_value: 'Teamwork' } });
    await call(sandbox, 'POST', '/_sandbox/kudos', { body: { giver: demo().manager, receivers: ['alex.rivera@acme-robotics.example'], is_anonymous: true } });
    await sandbox.state.idle();
    const [named, anonymous] = events();
    expect(named.event).toBe('kudos.posted');
    expect(named.body).toEqual({
      organization_uuid: sandbox.state.org.uuid,
      uuid: expect.any(String),
      company_value: { id: expect.any(String), name: 'Teamwork' },
      giver: expect.objectContaining({ uuid: demo().owner, full_name: 'Alex Rivera', is_approved: true, language: expect.any(String) }),
      receivers: [expect.objectContaining({ uuid: demo().manager })],
      content: 'Great work!',
      is_anonymous: false,
    });
    expect(anonymous.body).toMatchObject({ giver: null, is_anonymous: true, receivers: [expect.objectContaining({ uuid: demo().owner })] });
  });

  it('organization events from the API and from /_sandbox/ routes carry the user (and the team)', async () => {
    const jordan = demo().inactiveUser;
    await api(sandbox, 'PATCH', `/users/${jordan}/`, { body: { is_active: true } });
    await api(sandbox, 'PATCH', `/users/${jordan}/`, { body: { is_active: true } }); // no change, no event
    await call(sandbox, 'POST', `/_sandbox/users/${jordan}/deactivate`);
    await api(sandbox, 'POST', `/teams/${demo().engineeringTeam}/member/`, { body: { members: [{ uuid: demo().owner, platform: 'dailybot' }] } });
    await api(sandbox, 'DELETE', `/teams/${demo().engineeringTeam}/member/${demo().owner}/`);
    await call(sandbox, 'POST', `/_sandbox/teams/${demo().engineeringTeam}/members`, { body: { user: 'alex.rivera@acme-robotics.example' } });
    await sandbox.state.idle();
    expect(events().map((e) => [e.event, e.body.user.uuid, e.body.team?.name])).toEqual([
      ['organization.user_activated', jordan, undefined],
      ['organization.user_deactivated', jordan, undefined],
      ['organization.team_user_added', demo().owner, 'Engineering'],
      ['organization.team_user_removed', demo().owner, 'Engineering'],
      ['organization.team_user_added', demo().owner, 'Engineering'],
    ]);
    expect(events()[0].body.user).toMatchObject({ is_active: true, email: 'jordan.blake@acme-robotics.example' });
    expect(events()[2].body.team).toEqual({ uuid: demo().engineeringTeam, name: 'Engineering', active: true, is_default: false });
  });

  it('a deleted check-in response is sent as it was, then it is gone', async () => {
    const some = sandbox.state.listResponses(demo().standup, '2025-03-12', '2025-03-12')[0]!;
    const answer = await call(sandbox, 'DELETE', `/_sandbox/checkin-responses/${some.uuid}`);
    expect(answer.status).toBe(204);
    await sandbox.state.idle();
    expect(events()).toEqual([expect.objectContaining({ event: 'followups.response.deleted', body: expect.objectContaining({ uuid: some.uuid }) })]);
    expect(sandbox.state.responses.has(some.uuid)).toBe(false);
    expect((await call(sandbox, 'DELETE', `/_sandbox/checkin-responses/${some.uuid}`)).status).toBe(404);
  });
});
