/** Chat beyond one message: thread replies, edits in the 72-hour window, buttons and their clicks, report channels. */
import { api, call, startReceiver, useSandbox, type Receiver } from '../helpers';

const sandbox = useSandbox({ users: 25, now: '2025-03-12T15:00:00Z' });
const CHANNEL = [{ id: 'C0ENGSTANDUP', is_channel_message: true }];
const send = (body: Record<string, unknown>) => api(sandbox, 'POST', '/send-message/', { body: { message: 'Hi', target_channels: CHANNEL, ...body } });

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterEach(() => {
  receiver.received.length = 0;
});
afterAll(() => receiver.close());

describe('thread replies', () => {
  it('answers the parent’s id and one id per reply (official CLI’s chat SKILL), each editable', async () => {
    const answer = await send({ thread_responses: [{ message: 'one' }, { message: 'two' }] });
    expect(answer.body).toEqual({ bot_message_id: expect.stringMatching(/^\$db\//), thread_responses: [expect.stringMatching(/^\$db\//), expect.stringMatching(/^\$db\//)] });
    const [reply] = answer.body.thread_responses as string[];
    await send({ message: 'one (edited)', bot_message_id: reply });
    expect(sandbox.state.outbox.at(-1)).toMatchObject({ kind: 'message', bot_message_id: reply, edited: true });
  });

  it.each([
    ['11 replies', Array.from({ length: 11 }, (_, i) => ({ message: `r${i}` }))],
    ['a reply without a message', [{ text: 'x' }]],
  ])('refuses %s (invalid_thread_responses)', async (_name, replies) => {
    const answer = await send({ thread_responses: replies });
    expect(answer).toMatchObject({ status: 400, body: { code: 'invalid_thread_responses' } });
  });
});

describe('edits', () => {
  it('edits within 72 hours, keeping the buttons when none are given; refuses once the message is older', async () => {
    const buttons = [{ label: 'Open', button_type: 'link', url: 'https://example.com' }];
    const id = (await send({ buttons })).body.bot_message_id as string;
    await send({ message: 'edited', bot_message_id: id });
    expect(sandbox.state.outbox.at(-1)).toMatchObject({ edited: true, buttons });
    await call(sandbox, 'POST', '/_sandbox/messages/age', { body: { bot_message_id: id, hours: 73 } });
    const late = await send({ message: 'too late', bot_message_id: id });
    expect(late).toMatchObject({ status: 400, body: { code: 'message_edit_window_expired' } });
  });
});

describe('buttons', () => {
  it.each([
    ['a link with a callback', { label: 'a', button_type: 'link', url: 'https://x.example', callback_url: 'https://y.example' }, 'button_link_and_callback_conflict'],
    ['two callbacks', { label: 'a', button_type: 'interactive', value: 'v', callback_url: 'https://y.example', callback_command: '/x' }, 'button_callback_conflict'],
    ['an http callback to another host', { label: 'a', button_type: 'interactive', value: 'v', callback_url: 'http://y.example/cb' }, 'button_callback_url_invalid'],
    ['a callback URL over 2048 characters', { label: 'a', button_type: 'interactive', value: 'v', callback_url: `https://y.example/${'x'.repeat(2048)}` }, 'button_callback_url_invalid'],
    ['callback_auth without callback_url', { label: 'a', button_type: 'interactive', value: 'v', callback_auth: { type: 'bearer', token: 't' } }, 'button_callback_auth_invalid'],
    ['an interactive button without a value', { label: 'a', button_type: 'interactive', callback_url: 'https://y.example' }, 'send_message_validation_error'],
    ['an unknown type', { label: 'a', button_type: 'modal', value: 'v' }, 'send_message_validation_error'],
  ])('refuses %s', async (_name, button, code) => {
    expect(await send({ buttons: [button] })).toMatchObject({ status: 400, body: { code } });
  });

  it('a click POSTs the documented sandbox shape to the button’s callback_url, with its callback_auth', async () => {
    const owner = sandbox.state.users.get(sandbox.state.demo.owner)!;
    const buttons = [
      { label: 'Yes', button_type: 'interactive', value: 'q0123456789:1', callback_url: receiver.url, callback_auth: { type: 'bearer', token: 'tok-1' } },
      { label: 'No', button_type: 'interactive', value: 'q0123456789:2', callback_url: receiver.url },
    ];
    const id = (await send({ target_channels: undefined, target_users: [owner.uuid], buttons })).body.bot_message_id as string;
    const click = await call(sandbox, 'POST', '/_sandbox/messages/click', { body: { bot_message_id: id, button: 'Yes' } });
    expect(click.body).toMatchObject({ callback_status: 200 });
    expect(receiver.received).toEqual([
      expect.objectContaining({
        method: 'POST',
        headers: expect.objectContaining({ authorization: 'Bearer tok-1', 'content-type': 'application/json' }),
        body: {
          bot_message_id: id,
          value: 'q0123456789:1',
          label: 'Yes',
          user: { uuid: owner.uuid, full_name: owner.full_name, email: owner.email },
          clicked_at: expect.stringMatching(/^2025-03-12T15:/),
        },
      }),
    ]);
    await call(sandbox, 'POST', '/_sandbox/messages/click', { body: { bot_message_id: id, button: 2 } });
    expect(receiver.received[1]!.headers).not.toHaveProperty('authorization');
    expect(sandbox.state.outbox.filter((e) => e.kind === 'click').map((e) => e.kind === 'click' && [e.label, e.callback_status])).toEqual([
      ['Yes', 200],
      ['No', 200],
    ]);
  });

  it('a click on an unknown message or button is refused', async () => {
    expect((await call(sandbox, 'POST', '/_sandbox/messages/click', { body: { bot_message_id: '$db/nope', button: 1 } })).status).toBe(404);
    const id = (await send({})).body.bot_message_id as string;
    expect(await call(sandbox, 'POST', '/_sandbox/messages/click', { body: { bot_message_id: id, button: 'Maybe' } })).toMatchObject({ status: 400, body: { code: 'button_not_found' } });
  });
});

describe('GET /report-channels/', () => {
  it('answers {channels, total} as the live endpoint does, narrowed by a name prefix', async () => {
    const all = await api(sandbox, 'GET', '/report-channels/');
    expect(all.body.total).toBe(all.body.channels.length);
    expect(all.body.channels[0]).toEqual({ id: 'C0ENGSTANDUP', name: 'eng-standup', platform: 'slack', type: 'channel' });
    expect((await api(sandbox, 'GET', '/report-channels/?name=%23rel')).body).toEqual({ channels: [expect.objectContaining({ id: 'C0RELEASES01' })], total: 1 });
  });
});
