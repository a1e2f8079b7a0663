import nock from 'nock';

import { API, API_KEY, errorOf, expectNoSecrets } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { ann, failsBeforeAnyRequest, john, nockDirectory, runAction } from './support';

const send = (inputData: Record<string, unknown>) => runAction('send_message', inputData);

describe('Send Message', () => {
  it('sends the documented example (seed 003) with the API key, and returns the bot_message_id', async () => {
    nock(API, { reqheaders: { 'x-api-key': API_KEY, 'content-type': 'application/json' } })
      .post('/send-message/', {
        message: 'Deployment completed successfully! ✅',
        target_users: ['a1b2c3d4-e5f6-7890-abcd-ef1234567890'],
        target_teams: ['b2c3d4e5-f6a7-8901-bcde-f12345678901'],
      })
      .reply(200, { bot_message_id: '$db/ae007b43-dde2-4fa9-bce3-71fb0975a249' });
    const result = await send({
      message: 'Deployment completed successfully! ✅',
      target_users: ['a1b2c3d4-e5f6-7890-abcd-ef1234567890'],
      target_teams: ['b2c3d4e5-f6a7-8901-bcde-f12345678901'],
    });
    expect(result).toEqual({
      bot_message_id: '$db/ae007b43-dde2-4fa9-bce3-71fb0975a249',
      message: 'Deployment completed successfully! ✅',
      target_users: ['a1b2c3d4-e5f6-7890-abcd-ef1234567890'],
      target_teams: ['b2c3d4e5-f6a7-8901-bcde-f12345678901'],
      target_channels: [],
      users: [{ uuid: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', email: null, full_name: null, first_name: null, last_name: null }],
      thread_response_ids: [],
    });
  });

  it('posts thread replies under the message (a reply may hold commas and lines) and outputs their IDs', async () => {
    nock(API)
      .post('/send-message/', {
        message: '🚀 Release v2.4 shipped',
        target_channels: [{ id: 'C0123', is_channel_message: true }],
        thread_responses: [{ message: 'Changelog: fixes, speed-ups' }, { message: 'Rollout:\n100% at 14:30 UTC' }],
      })
      // the official CLI's chat SKILL shows this answer
      .reply(200, { bot_message_id: '$db/cd626a24-1', thread_responses: ['$db/22aca052-1', '$db/1f57b5fc-1'] });
    const result = await send({
      message: '🚀 Release v2.4 shipped',
      target_channels: ['C0123'],
      thread_responses: ['Changelog: fixes, speed-ups', '', 'Rollout:\n100% at 14:30 UTC'],
    });
    expect(result).toMatchObject({ bot_message_id: '$db/cd626a24-1', thread_response_ids: ['$db/22aca052-1', '$db/1f57b5fc-1'] });
  });

  it('sends Link buttons with only label, type and URL, and Command buttons with only their fields', async () => {
    nock(API)
      .post('/send-message/', {
        message: 'Build #421 ✅',
        target_channels: [{ id: 'C0123', is_channel_message: true }],
        buttons: [
          { label: 'Open report', button_type: 'link', url: 'https://app.dailybot.com/r/421' },
          { label: 'Standup', button_type: 'Command', value: '/standup', label_after_click: 'Started' },
          { label: 'Notes', button_type: 'link', url: 'https://example.com/notes' },
        ],
      })
      .reply(200, { bot_message_id: '$db/4' });
    await send({
      message: 'Build #421 ✅',
      target_channels: 'C0123',
      buttons: [
        { label: 'Open report', button_type: 'Link', url: 'https://app.dailybot.com/r/421' },
        { label: 'Standup', button_type: 'Command', value: '/standup', label_after_click: 'Started' },
        // no type: a URL makes it a link
        { label: 'Notes', url: 'https://example.com/notes' },
      ],
    });
  });

  it('looks up emails and names given as one separated string, with one listing, and outputs who they are', async () => {
    nockDirectory();
    nock(API).post('/send-message/', { message: 'Standup in 5', target_users: [john.uuid, ann.uuid] }).reply(200, { bot_message_id: '$db/1' });
    const result = await send({ message: 'Standup in 5', target_users: 'JOHN@example.com; Ann  Lee' });
    expect(result.target_users).toEqual([john.uuid, ann.uuid]);
    expect(result.users).toEqual([
      { uuid: john.uuid, email: 'john@example.com', full_name: 'John Wick', first_name: 'John', last_name: 'Wick' },
      { uuid: ann.uuid, email: 'ann@example.com', full_name: 'Ann Lee', first_name: 'Ann', last_name: 'Lee' },
    ]);
  });

  it('sends channels, image, buttons and options as the seed 001 example shows them, with real booleans', async () => {
    nock(API)
      .post('/send-message/', {
        message: 'John Wick',
        target_channels: [
          { id: 'id_channel', is_channel_message: true },
          { id: 'C0123456789', is_channel_message: true },
        ],
        image_url: 'https://secure.gravatar.com/avatar/image.png',
        buttons: [
          { label: 'Text button', label_after_click: 'Text after click', value: 'next command', button_type: 'Command' },
          // the help center marks label_after_click required: an empty one is the label
          { label: 'Other', value: '/standup', button_type: 'Command', label_after_click: 'Other' },
        ],
        skip_users_on_time_off: true,
      })
      .reply(204);
    const result = await send({
      message: 'John Wick',
      target_channels: 'id_channel\nC0123456789',
      image_url: 'https://secure.gravatar.com/avatar/image.png',
      buttons: [
        { label: 'Text button', label_after_click: 'Text after click', value: 'next command', button_type: 'command' },
        { label: '', value: '', label_after_click: '' },
        { label: 'Other', value: '/standup' },
      ],
      skip_users_on_time_off: 'true',
    });
    // DailyBot answered 204 (older docs): no ID to give
    expect(result).toMatchObject({ bot_message_id: null, thread_response_ids: [], target_channels: ['id_channel', 'C0123456789'], users: [] });
  });

  it('sends a group conversation from Open Group Conversation as {id, channel_type: "group_chat"}, a plain ID as a channel', async () => {
    nock(API)
      .post('/send-message/', {
        message: 'Kick-off',
        target_channels: [
          { id: 'G0PRIVATE1', channel_type: 'group_chat' },
          { id: 'C0123456789', is_channel_message: true },
        ],
      })
      .reply(200, { bot_message_id: '$db/g1' });
    const result = await send({ message: 'Kick-off', target_channels: 'group_chat:G0PRIVATE1\nC0123456789' });
    expect(result).toMatchObject({ target_channels: ['group_chat:G0PRIVATE1', 'C0123456789'] });
    const error = await failsBeforeAnyRequest(() => send({ message: 'Hi', target_channels: 'group_chat:' }));
    expect(error.message).toContain('“Channels” must name the group conversation after “group_chat:”');
  });

  it('outputs a null bot_message_id when DailyBot answers 200 with no body and none was sent', async () => {
    nock(API).post('/send-message/').reply(200, '');
    const result = await send({ message: 'Hi', target_teams: [seeds.team.uuid] });
    expect(result).toMatchObject({ bot_message_id: null, target_teams: [seeds.team.uuid] });
  });

  it('edits the message whose ID is mapped into Edit Message ID (kept from version 1), keeping that ID when DailyBot answers with no body', async () => {
    nock(API).post('/send-message/', { message: 'Fixed typo', target_teams: [seeds.team.uuid], bot_message_id: '$db/ae007b43-1' }).reply(204);
    const result = await send({ message: 'Fixed typo', target_teams: [seeds.team.uuid], bot_message_id: ' $db/ae007b43-1 ' });
    expect(result).toMatchObject({ bot_message_id: '$db/ae007b43-1' });
  });

  it('sends no bot_message_id when Edit Message ID is blank', async () => {
    nock(API).post('/send-message/', (body) => !('bot_message_id' in body)).reply(200, { bot_message_id: '$db/new' });
    await expect(send({ message: 'Hi', target_teams: [seeds.team.uuid], bot_message_id: '  ' })).resolves.toMatchObject({ bot_message_id: '$db/new' });
  });

  it.each([
    ['no recipient at all', { message: 'Hi' }, 'name at least one recipient in “Users”, “Teams” or “Channels”'],
    ['no message', { target_teams: [seeds.team.uuid] }, '“Message” is required'],
    ['a message ID with spaces inside', { message: 'Hi', target_teams: [seeds.team.uuid], bot_message_id: 'my id' }, '“Edit Message ID” must be the Message ID from Send Message'],
    ['a blank message', { message: '   ', target_teams: [seeds.team.uuid] }, '“Message” is required'],
    ['an http image', { message: 'Hi', target_teams: [seeds.team.uuid], image_url: 'http://example.com/a.png' }, '“Image URL” must be a full https:// link'],
    ['a team that is not an ID', { message: 'Hi', target_teams: ['../../me'] }, '“Teams” must hold items picked from the list'],
    ['a channel with markup', { message: 'Hi', target_channels: ['<script>alert(1)</script>'] }, '“Channels” must list channel IDs'],
    ['a button without a value', { message: 'Hi', target_teams: [seeds.team.uuid], buttons: [{ label: 'Go' }] }, '“Buttons” (item 1) “Value” is required for a Command button'],
    [
      'a button of an unknown type',
      { message: 'Hi', target_teams: [seeds.team.uuid], buttons: [{ label: 'Go', value: 'x', button_type: 'Modal' }] },
      '“Buttons” (item 1) “Button Type” must be one of: Link, Workflow, Form, Command',
    ],
    [
      'a Link button without a URL',
      { message: 'Hi', target_teams: [seeds.team.uuid], buttons: [{ label: 'Go', button_type: 'link' }] },
      '“Buttons” (item 1) “URL” is required for a Link button',
    ],
    [
      'a Link button with a command value',
      { message: 'Hi', target_teams: [seeds.team.uuid], buttons: [{ label: 'Go', button_type: 'Link', url: 'https://x.example/a', value: '/x' }] },
      '“Buttons” (item 1) “Value” belongs to Workflow, Form and Command buttons, not to a Link button',
    ],
    [
      'a Command button with a URL',
      { message: 'Hi', target_teams: [seeds.team.uuid], buttons: [{ label: 'Go', button_type: 'Command', url: 'https://x.example/a', value: '/x' }] },
      '“Buttons” (item 1) “URL” belongs to Link buttons, not to a Command button',
    ],
    ['an http link button', { message: 'Hi', target_teams: [seeds.team.uuid], buttons: [{ label: 'Go', url: 'http://x.example/a' }] }, '“Buttons” (item 1) “URL” must be a full https:// link'],
    [
      '11 thread replies',
      { message: 'Hi', target_teams: [seeds.team.uuid], thread_responses: Array.from({ length: 11 }, (_, i) => `reply ${i}`) },
      '“Thread Replies” must have at most 10 replies',
    ],
    [
      '26 buttons',
      { message: 'Hi', target_teams: [seeds.team.uuid], buttons: Array.from({ length: 26 }, (_, i) => ({ label: `b${i}`, value: 'x' })) },
      '“Buttons” must have at most 25 buttons',
    ],
    ['a yes/no that is neither', { message: 'Hi', target_teams: [seeds.team.uuid], skip_users_on_time_off: 'maybe' }, '“Skip People on Time Off” must be yes or no'],
    ['a message over 10,000 characters', { message: 'x'.repeat(10_001), target_teams: [seeds.team.uuid] }, '“Message” must be at most 10000 characters'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => send(inputData));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });

  it('sends text with ordinary double curly braces as it is', async () => {
    nock(API).post('/send-message/', { message: 'Hello {{name}}, see {{ x }}', target_teams: [seeds.team.uuid] }).reply(200, { bot_message_id: '$db/2' });
    await expect(send({ message: 'Hello {{name}}, see {{ x }}', target_teams: [seeds.team.uuid] })).resolves.toMatchObject({ bot_message_id: '$db/2' });
  });

  it('sends text that looks like a Zapier template ({{bundle.…}}) as it is, nothing lost', async () => {
    const message = 'Hi {{bundle.inputData.name}} and {{ process.env.HOME }}';
    nock(API).post('/send-message/', { message, target_teams: [seeds.team.uuid] }).reply(200, { bot_message_id: '$db/3' });
    await expect(send({ message, target_teams: [seeds.team.uuid] })).resolves.toMatchObject({ bot_message_id: '$db/3' });
  });

  it('refuses a person nobody matches, after the one listing and before sending', async () => {
    nockDirectory();
    const error = await failsBeforeAnyRequest(() => send({ message: 'Hi', target_users: ['john@example.com', 'Nobody Here'] }));
    expect(error).toMatchObject({ code: 'dailybot_user_not_found' });
    expect(error.message).toContain('No DailyBot user matches “Nobody Here” in “Users”');
  });

  it('says which field holds people DailyBot does not know (400 one_or_more_users_not_found)', async () => {
    nock(API).post('/send-message/').reply(400, seeds.errors.usersNotFound);
    const error = await errorOf(send({ message: 'Hi', target_users: ['0f0f0f0f-0000-4000-8000-000000000000'] }));
    expect(error).toMatchObject({ name: 'AppError', code: 'one_or_more_users_not_found', status: 400 });
    expect(error.message).toContain('one or more of the people in “Users”');
    expect(error.message).toContain('Check “Users”');
  });

  it('names the plan problem and the upgrade link (403 plan_*)', async () => {
    nock(API).post('/send-message/').reply(403, seeds.errors.planUpgrade);
    const error = await errorOf(send({ message: 'Hi', target_teams: [seeds.team.uuid] }));
    expect(error).toMatchObject({ code: 'plan_upgrade_required', status: 403 });
    expect(error.message).toContain('https://app.dailybot.com/billing');
  });

  it('asks to reconnect when the key is refused (403 authentication_failed), without the key in the message', async () => {
    nock(API).post('/send-message/').reply(403, seeds.errors.badKey);
    const error = await errorOf(send({ message: 'Hi', target_teams: [seeds.team.uuid] }));
    expect(error.name).toBe('ExpiredAuthError');
    expectNoSecrets(error.message);
  });
});
