/** Messages, emails and conversations: answers, errors and the outbox. */
import { activeMembers, api, useSandbox } from '../helpers';

const MISSING = '00000000-0000-4000-8000-000000000000';

const sandbox = useSandbox({ users: 25, now: '2025-03-12T15:00:00Z' });

const demo = () => sandbox.state.demo;

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
        recipients: [demo().owner, ...activeMembers(sandbox, demo().engineeringTeam)],
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
    ['a Command button without label_after_click', { message: 'Hi', target_channels: [{ id: 'C1' }], buttons: [{ label: 'Go', value: '/go', button_type: 'Command' }] }, 'send_message_validation_error', undefined],
    ['an interactive button with neither callback nor response', { message: 'Hi', target_channels: [{ id: 'C1' }], buttons: [{ label: 'Go', value: 'go', button_type: 'interactive' }] }, 'send_message_validation_error', undefined],
    ['two callbacks on one button', { message: 'Hi', target_channels: [{ id: 'C1' }], buttons: [{ label: 'Go', value: 'go', button_type: 'interactive', callback_prompt: 'Summarize', callback_command: '/go' }] }, 'button_callback_conflict', undefined],
    ['a link with a callback', { message: 'Hi', target_channels: [{ id: 'C1' }], buttons: [{ label: 'Go', button_type: 'link', url: 'https://x.example', callback_prompt: 'x' }] }, 'button_link_and_callback_conflict', undefined],
    ['a link with a space', { message: 'Hi', target_channels: [{ id: 'C1' }], buttons: [{ label: 'Go', button_type: 'link', url: 'https://x.example/a b' }] }, 'send_message_validation_error', undefined],
    ['a link without slashes', { message: 'Hi', target_channels: [{ id: 'C1' }], buttons: [{ label: 'Go', url: 'https:evil.example.com' }] }, 'send_message_validation_error', undefined],
    ['an unknown form', { message: 'Hi', target_channels: [{ id: 'C1' }], buttons: [{ label: 'Go', value: 'go', button_type: 'interactive', callback_form: MISSING }] }, 'button_callback_form_not_found', undefined],
    ['an unknown workflow', { message: 'Hi', target_channels: [{ id: 'C1' }], buttons: [{ label: 'Go', value: 'go', button_type: 'interactive', callback_workflow: MISSING }] }, 'button_callback_workflow_not_found', undefined],
    ['a command with the old prompt: prefix', { message: 'Hi', target_channels: [{ id: 'C1' }], buttons: [{ label: 'Go', value: 'go', button_type: 'interactive', callback_command: 'prompt: hi' }] }, 'send_message_validation_error', undefined],
    ['a command over 200 characters', { message: 'Hi', target_channels: [{ id: 'C1' }], buttons: [{ label: 'Go', value: 'go', button_type: 'interactive', callback_command: 'x'.repeat(201) }] }, 'send_message_validation_error', undefined],
    ['a prompt over 2000 characters', { message: 'Hi', target_channels: [{ id: 'C1' }], buttons: [{ label: 'Go', value: 'go', button_type: 'interactive', callback_prompt: 'x'.repeat(2001) }] }, 'send_message_validation_error', undefined],
    ['a modal with inputs and no callback_url or callback_workflow', { message: 'Hi', target_channels: [{ id: 'C1' }], buttons: [{ label: 'Go', value: 'go', button_type: 'interactive', callback_prompt: 'x', modal_body: { title: 'T', blocks: [{ type: 'input', name: 'a', label: 'A' }] } }] }, 'send_message_validation_error', undefined],
    ['response buttons four levels deep', { message: 'Hi', target_channels: [{ id: 'C1' }], buttons: [{ label: 'a', value: 'a', button_type: 'interactive', response: { message: 'x', buttons: [{ label: 'b', value: 'b', button_type: 'interactive', response: { message: 'y', buttons: [{ label: 'c', value: 'c', button_type: 'interactive', response: { message: 'z', buttons: [{ label: 'd', value: 'd', button_type: 'interactive', response: 'deep' }] } }] } }] } }] }, 'send_message_validation_error', undefined],
    ['a relative image URL', { message: 'Hi', target_channels: [{ id: 'C1' }], image_url: '/img.png' }, 'send_message_validation_error', { image_url: ['Enter a valid URL.'] }],
  ])('refuses %s with 400 and sends nothing', async (_what, body, code, errors) => {
    const answer = await api(sandbox, 'POST', '/send-message/', { body });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(code);
    if (errors) expect(answer.body.errors).toEqual(errors);
    expect(sandbox.state.outbox).toEqual([]);
  });

  it('takes every kind of button DailyBot takes: link, interactive with each callback or a response, Command', async () => {
    const { workflows, forms } = sandbox.state;
    const workflow = [...workflows.values()].find((w) => w.trigger_type === 'api_trigger' && w.active)!;
    const form = [...forms.values()][0]!;
    const buttons = [
      { label: 'Open', button_type: 'link', url: 'https://example.com/a' },
      { label: 'Run', button_type: 'interactive', value: 'run', callback_workflow: workflow.id },
      { label: 'Form', button_type: 'interactive', value: 'form', callback_form: form.id },
      { label: 'Cmd', button_type: 'interactive', value: 'cmd', callback_command: '/standup' },
      { label: 'Ask', button_type: 'interactive', value: 'ask', callback_prompt: 'Summarize this thread' },
      { label: 'Hook', button_type: 'interactive', value: 'hook', callback_url: 'https://hooks.example.com/x', callback_auth: { type: 'bearer', token: 't' } },
      { label: 'Reply', button_type: 'interactive', value: 'reply', response: { message: 'Thanks', buttons: [{ label: 'More', value: 'more', button_type: 'interactive', response: 'Ok' }] } },
      { label: 'Legacy', button_type: 'Command', value: '/go', label_after_click: 'Going' },
    ];
    const answer = await api(sandbox, 'POST', '/send-message/', { body: { message: 'Hi', target_channels: [{ id: 'C1' }], buttons } });
    expect(answer.status).toBe(200);
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
