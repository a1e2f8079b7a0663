import nock from 'nock';

import { API, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { failsBeforeAnyRequest, john, nockDirectory, runAction } from './support';

const open = (inputData: Record<string, unknown>) => runAction('open_conversation', inputData);

const documented = ['a1b2c3d4-e5f6-7890-abcd-ef1234567890', 'b2c3d4e5-f6a7-8901-bcde-f12345678901'];

describe('Open Group Conversation', () => {
  it('sends the documented example (seed 003) and returns the channel', async () => {
    nock(API).post('/open-conversation/', { users_uuids: documented }).reply(200, { channel: 'C0123456789' });
    const result = await open({ users: documented });
    expect(result).toMatchObject({ channel: 'C0123456789', group_chat: 'group_chat:C0123456789', users_uuids: documented });
  });

  it('reads the older answer shape {body: {channel}} (seed 001)', async () => {
    nock(API).post('/open-conversation/').reply(200, { ok: true, body: { channel: 'G0PRIVATE1' } });
    await expect(open({ users: documented })).resolves.toMatchObject({ channel: 'G0PRIVATE1' });
  });

  it('resolves people by email before opening', async () => {
    nockDirectory();
    nock(API).post('/open-conversation/', { users_uuids: [john.uuid] }).reply(200, { channel: 'D1' });
    await expect(open({ users: ['john@example.com'] })).resolves.toMatchObject({
      users: [{ uuid: john.uuid, email: 'john@example.com', full_name: 'John Wick' }],
    });
  });

  it('says plainly when DailyBot answers without a channel', async () => {
    nock(API).post('/open-conversation/').reply(200, { ok: true });
    const error = await errorOf(open({ users: documented }));
    expect(error).toMatchObject({ code: 'dailybot_unexpected_answer' });
    expect(error.message).toContain('the new conversation');
  });

  it('refuses an empty list of people before any request', async () => {
    const error = await failsBeforeAnyRequest(() => open({ users: '' }));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain('“People” is required');
  });

  it('says which field holds unknown people (400 one_or_more_users_not_found)', async () => {
    nock(API).post('/open-conversation/').reply(400, seeds.errors.usersNotFound);
    const error = await errorOf(open({ users: documented }));
    expect(error).toMatchObject({ code: 'one_or_more_users_not_found' });
    expect(error.message).toContain('“People”');
  });

  it('keeps DailyBot’s word when the platform is not Slack (406 open_conversation_not_supported)', async () => {
    nock(API).post('/open-conversation/').reply(406, { detail: 'Only available for Slack organizations.', code: 'open_conversation_not_supported' });
    const error = await errorOf(open({ users: documented }));
    expect(error).toMatchObject({ code: 'open_conversation_not_supported', status: 406 });
    expect(error.message).toContain('Only available for Slack organizations.');
  });
});
