import nock from 'nock';

import { API, errorOf } from '../helpers';
import { failsBeforeAnyRequest, john, nockDirectory, runAction } from './support';

const update = (inputData: Record<string, unknown>) => runAction('update_message', inputData);
const ID = '$db/cd626a24-0b1c-4d2e-8f3a-4b5c6d7e8f90';

describe('Update Message', () => {
  it('sends the message ID with the same targets (people resolved as in Send Message), and outputs as Send Message does', async () => {
    nockDirectory();
    nock(API)
      .post('/send-message/', {
        message: 'Deploy done ✅',
        target_users: [john.uuid],
        target_channels: [{ id: 'C0123', is_channel_message: true }],
        buttons: [{ label: 'Report', button_type: 'link', url: 'https://ci.example.com/421' }],
        bot_message_id: ID,
      })
      .reply(200, { bot_message_id: ID });
    const result = await update({
      bot_message_id: ID,
      message: 'Deploy done ✅',
      target_users: ['john@example.com'],
      target_channels: ['C0123'],
      buttons: [{ label: 'Report', url: 'https://ci.example.com/421' }],
    });
    expect(result).toEqual({
      bot_message_id: ID,
      message: 'Deploy done ✅',
      target_users: [john.uuid],
      target_teams: [],
      target_channels: ['C0123'],
      users: [{ uuid: john.uuid, email: 'john@example.com', full_name: 'John Wick', first_name: 'John', last_name: 'Wick' }],
    });
  });

  it('keeps the message ID when DailyBot answers an edit with no body', async () => {
    nock(API).post('/send-message/').reply(204);
    await expect(update({ bot_message_id: ID, message: 'x', target_channels: 'C0123' })).resolves.toMatchObject({ bot_message_id: ID });
  });

  it.each([
    ['a 400 naming the edit window', 400, { detail: 'This message can no longer be edited.', code: 'bot_message_edit_window_expired' }],
    ['a plain 404 (the message is unknown)', 404, { detail: 'Not found.' }],
  ])('explains %s: 72 hours, the same ID and recipients, or send a new message', async (_name, status, body) => {
    nock(API).post('/send-message/').reply(status, body);
    const error = await errorOf(update({ bot_message_id: ID, message: 'x', target_channels: 'C0123' }));
    expect(error.name).toBe('AppError');
    expect(error.message).toContain(`DailyBot could not edit the message “${ID}”`);
    expect(error.message).toContain('within 72 hours');
    expect(error.message).toContain('send a new message with Send Message');
  });

  it('leaves an answer about people to the shared wording', async () => {
    nock(API).post('/send-message/').reply(400, { detail: 'Users not found', code: 'one_or_more_users_not_found' });
    const error = await errorOf(update({ bot_message_id: ID, message: 'x', target_users: [john.uuid] }));
    expect(error.message).toContain('Check “Users”');
  });

  it.each([
    ['no message ID', { message: 'x', target_channels: 'C1' }, '“Message ID” is required'],
    ['a message ID with spaces', { bot_message_id: 'my message', message: 'x', target_channels: 'C1' }, '“Message ID” must be the Message ID from Send Message'],
    ['no recipient', { bot_message_id: ID, message: 'x' }, 'name at least one recipient'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => update(inputData));
    expect(error.message).toContain(message);
  });
});
