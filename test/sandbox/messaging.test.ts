/** Messages, emails, conversations, kudos and the Activity Hook: answers, errors and the outbox. */
import { api, call, useSandbox } from './helpers';

const MISSING = '00000000-0000-4000-8000-000000000000';

const sandbox = useSandbox({ users: 25, now: '2025-03-12T15:00:00Z' });

const demo = () => sandbox.state.demo;
const activeMembers = (team: string) => [...sandbox.state.team(team).members].filter((u) => sandbox.state.users.get(u)!.is_active);

describe('POST /send-message/', () => {
  it('sends to users and every active member of the teams, and answers a generated $db/ id', async () => {
    const answer = await api(sandbox, 'POST', '/send-message/', {
      body: {
        message: 'Deployment completed successfully! ✅',
        target_users: [demo().owner],
        target_teams: [demo().engineeringTeam],
        image_url: 'https://example.com/chart.png',
        buttons: [{ label: 'Open', label_after_click: 'Opened', value: 'open', button_type: 'Command' }],
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ bot_message_id: expect.stringMatching(/^\$db\/[0-9a-f-]{36}$/) });
    expect(sandbox.state.outbox).toEqual([
      expect.objectContaining({
        kind: 'message',
        bot_message_id: answer.body.bot_message_id,
        edited: false,
        message: 'Deployment completed successfully! ✅',
        recipients: [demo().owner, ...activeMembers(demo().engineeringTeam)],
        target_users: [demo().owner],
        target_teams: [demo().engineeringTeam],
        image_url: 'https://example.com/chart.png',
        buttons: [{ label: 'Open', label_after_click: 'Opened', value: 'open', button_type: 'Command' }],
      }),
    ]);
  });

  it('answers the given bot_message_id, and a second send with it edits the message', async () => {
    const body = { message: 'v1', target_channels: [{ id: 'C0123456789', is_channel_message: true }], bot_message_id: 'release-42' };
    expect((await api(sandbox, 'POST', '/send-message/', { body })).body).toEqual({ bot_message_id: 'release-42' });
    await api(sandbox, 'POST', '/send-message/', { body: { ...body, message: 'v2' } });
    expect(sandbox.state.outbox.map((e) => e.kind === 'message' && [e.message, e.edited, e.recipients.length])).toEqual([
      ['v1', false, 0],
      ['v2', true, 0],
    ]);
  });

  it('leaves out people on time off when asked', async () => {
    const hannah = [...sandbox.state.users.values()].find((u) => u.full_name === 'Hannah Schmidt')!.uuid;
    await api(sandbox, 'POST', '/send-message/', { body: { message: 'Hi', target_teams: [demo().engineeringTeam], skip_users_on_time_off: true } });
    const [entry] = sandbox.state.outbox;
    expect(entry).toMatchObject({ kind: 'message', skipped_on_time_off: [hannah] });
    expect(entry?.kind === 'message' && entry.recipients).not.toContain(hannah);
  });

  it.each([
    ['no message', { target_users: ['x'] }, 'send_message_validation_error', { message: ['This field is required when "messages" is not given.'] }],
    ['no target', { message: 'Hi' }, 'send_message_validation_error', undefined],
    ['an unknown user', { message: 'Hi', target_users: [MISSING] }, 'one_or_more_users_not_found', undefined],
    ['a user given by email', { message: 'Hi', target_users: ['alex.rivera@acme-robotics.example'] }, 'one_or_more_users_not_found', undefined],
    ['an unknown team', { message: 'Hi', target_teams: [MISSING] }, 'no_valid_team', undefined],
    ['channels as plain strings', { message: 'Hi', target_channels: ['C0123'] }, 'send_message_validation_error', { target_channels: [expect.any(String)] }],
    ['26 buttons', { message: 'Hi', target_users: [], target_channels: [{ id: 'C1' }], buttons: Array.from({ length: 26 }, (_, i) => ({ label: `b${i}` })) }, 'buttons_count_out_of_range', undefined],
    ['a relative image URL', { message: 'Hi', target_channels: [{ id: 'C1' }], image_url: '/img.png' }, 'send_message_validation_error', { image_url: ['Enter a valid URL.'] }],
  ])('refuses %s with 400 and sends nothing', async (_what, body, code, errors) => {
    const answer = await api(sandbox, 'POST', '/send-message/', { body });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(code);
    if (errors) expect(answer.body.errors).toEqual(errors);
    expect(sandbox.state.outbox).toEqual([]);
  });

  it('answers the documented body for an unknown user', async () => {
    const answer = await api(sandbox, 'POST', '/send-message/', { body: { message: 'Hi', target_users: [demo().owner, MISSING] } });
    expect(answer.body).toEqual({ detail: 'one_or_more_users_not_found', code: 'one_or_more_users_not_found' });
  });

  it('refuses a deactivated target user', async () => {
    const answer = await api(sandbox, 'POST', '/send-message/', { body: { message: 'Hi', target_users: [demo().inactiveUser] } });
    expect([answer.status, answer.body.code]).toEqual([400, 'target_user_inactive']);
  });
});

describe('POST /send-email/ and /open-conversation/', () => {
  it('sends an email and answers the documented detail', async () => {
    const body = { users_uuids: [demo().manager], email_subject: 'Weekly Report Ready', email_content: 'Your weekly team report is now available.' };
    const answer = await api(sandbox, 'POST', '/send-email/', { body });
    expect([answer.status, answer.body]).toEqual([200, { detail: 'Emails sent successfully.' }]);
    expect(sandbox.state.outbox).toEqual([
      expect.objectContaining({ kind: 'email', recipients: [demo().manager], email_subject: 'Weekly Report Ready', email_content: body.email_content }),
    ]);
  });

  it('refuses a missing field or an unknown user', async () => {
    const missing = await api(sandbox, 'POST', '/send-email/', { body: { users_uuids: [demo().manager] } });
    expect(missing.body.errors).toEqual({ email_subject: ['This field is required.'], email_content: ['This field is required.'] });
    const unknown = await api(sandbox, 'POST', '/send-email/', { body: { users_uuids: [MISSING], email_subject: 'S', email_content: 'C' } });
    expect(unknown.body).toEqual({ detail: 'one_or_more_users_not_found', code: 'one_or_more_users_not_found' });
    expect(sandbox.state.outbox).toEqual([]);
  });

  it('opens a conversation and answers its channel, the same one for the same people', async () => {
    const first = await api(sandbox, 'POST', '/open-conversation/', { body: { users_uuids: [demo().owner, demo().manager] } });
    expect(first.body).toEqual({ channel: expect.stringMatching(/^G[A-Z0-9]{10}$/) });
    const again = await api(sandbox, 'POST', '/open-conversation/', { body: { users_uuids: [demo().manager, demo().owner] } });
    expect(again.body.channel).toBe(first.body.channel);
    const empty = await api(sandbox, 'POST', '/open-conversation/', { body: { users_uuids: [] } });
    expect(empty.body.errors).toEqual({ users_uuids: ['This list may not be empty.'] });
    const unknown = await api(sandbox, 'POST', '/open-conversation/', { body: { users_uuids: [demo().owner, MISSING] } });
    expect([unknown.status, unknown.body]).toEqual([400, { detail: 'one_or_more_users_not_found', code: 'one_or_more_users_not_found' }]);
    expect(sandbox.state.outbox.filter((e) => e.kind === 'conversation')).toHaveLength(2);
  });
});

describe('POST /kudos/', () => {
  it('gives kudos from the key owner and answers the kudos object (201)', async () => {
    const answer = await api(sandbox, 'POST', '/kudos/', {
      body: { receivers: [demo().manager], content: 'Great work!', company_value: 'ownership', is_anonymous: false },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      parent: null,
      user: expect.objectContaining({ uuid: demo().owner, full_name: 'Alex Rivera' }),
      receivers: [expect.objectContaining({ uuid: demo().manager })],
      company_value: { id: expect.any(String), name: 'Ownership' },
      content: 'Great work!',
      is_anonymous: false,
      metadata: { by_dailybot: false },
      created_at: expect.stringMatching(/Z$/),
    });
    expect(sandbox.state.outbox).toEqual([expect.objectContaining({ kind: 'kudos', kudos_id: answer.body.id, giver: demo().owner, receivers: [demo().manager] })]);
  });

  it('gives kudos to every member of teams_receivers except the giver', async () => {
    const answer = await api(sandbox, 'POST', '/kudos/', { body: { teams_receivers: [sandbox.state.demo.generalTeam], content: 'Thanks, all!' } });
    const everyone = activeMembers(demo().generalTeam).filter((u) => u !== demo().owner);
    expect(answer.body.receivers.map((r: { uuid: string }) => r.uuid)).toEqual(everyone);
  });

  it('needs content and at least one known receiver', async () => {
    const none = await api(sandbox, 'POST', '/kudos/', { body: { content: 'Hi' } });
    expect(none.body.errors).toEqual({ receivers: ['Give at least one receiver (receivers or teams_receivers).'] });
    const noContent = await api(sandbox, 'POST', '/kudos/', { body: { receivers: [demo().manager] } });
    expect(noContent.body.errors).toEqual({ content: ['This field is required.'] });
    const unknown = await api(sandbox, 'POST', '/kudos/', { body: { receivers: [MISSING], content: 'Hi' } });
    expect(unknown.body.code).toBe('one_or_more_users_not_found');
    const badTeam = await api(sandbox, 'POST', '/kudos/', { body: { teams_receivers: [MISSING], content: 'Hi' } });
    expect(badTeam.body.code).toBe('no_valid_team');
    expect(sandbox.state.outbox).toEqual([]);
  });
});

describe('the Activity Hook URL', () => {
  it('records an activity for a user given by email or UUID and answers an empty 200, without an API key', async () => {
    const body = { custom_type: 'deployment', message: 'Deployed v2.1.0 to production', link: 'https://github.com/org/repo/releases/tag/v2.1.0', user_email: 'Priya.Natarajan@acme-robotics.example' };
    const answer = await call(sandbox, 'POST', sandbox.activityHookUrl, { key: null, body });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
    const byUuid = await call(sandbox, 'POST', sandbox.activityHookUrl, { key: null, body: { custom_type: 'ticket', message: 'Closed #12', user_uuid: demo().owner } });
    expect(byUuid.status).toBe(200);
    expect(sandbox.state.outbox).toEqual([
      expect.objectContaining({ kind: 'activity', custom_type: 'deployment', message: body.message, link: body.link, user: demo().manager }),
      expect.objectContaining({ kind: 'activity', custom_type: 'ticket', link: null, user: demo().owner }),
    ]);
    const hookRequests = sandbox.state.requests.filter((r) => r.path.startsWith('/activity/'));
    expect(hookRequests).toHaveLength(2);
    for (const r of hookRequests) expect(r.headers).not.toHaveProperty('x-api-key');
  });

  it('answers 404 for an unknown user or a wrong token', async () => {
    const unknown = await call(sandbox, 'POST', sandbox.activityHookUrl, { key: null, body: { custom_type: 'x', message: 'y', user_email: 'nobody@example.com' } });
    expect(unknown.status).toBe(404);
    const wrongToken = await call(sandbox, 'POST', `${sandbox.url}/activity/0123456789abcdef/`, { key: null, body: { custom_type: 'x', message: 'y', user_uuid: demo().owner } });
    expect(wrongToken.status).toBe(404);
    expect(sandbox.state.outbox).toEqual([]);
  });

  it('checks the fields', async () => {
    const answer = await call(sandbox, 'POST', sandbox.activityHookUrl, { key: null, body: { custom_type: 'x'.repeat(129), link: 'not a link' } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual({
      custom_type: ['Ensure this field has no more than 128 characters.'],
      message: ['This field is required.'],
      link: ['Enter a valid URL.'],
      user_email: ['Give user_email or user_uuid.'],
    });
    const fine = await call(sandbox, 'POST', sandbox.activityHookUrl, { key: null, body: { custom_type: 'x'.repeat(128), message: 'm', user_uuid: demo().owner } });
    expect(fine.status).toBe(200);
  });
});

describe('request bodies', () => {
  it('must be JSON', async () => {
    const text = await api(sandbox, 'POST', '/send-email/', { body: 'hello', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(text.body).toEqual({ detail: 'Unsupported media type "text/plain" in request.', code: 'unsupported_media_type' });
    const broken = await api(sandbox, 'POST', '/send-email/', { body: '{"users_uuids": [' });
    expect([broken.status, broken.body.code]).toEqual([400, 'parse_error']);
    const list = await api(sandbox, 'POST', '/send-email/', { body: [1, 2] });
    expect(list.body.errors).toEqual({ non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] });
  });
});
