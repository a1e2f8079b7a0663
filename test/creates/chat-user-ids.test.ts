/**
 * People named by a chat platform's own user ID (dailybot-api-more.md §6, §8.2): passed on where DailyBot takes
 * them (message recipients, as its official CLI sends them; member invitations), found by Find User, and refused
 * plainly, before any request, where an endpoint takes only DailyBot users.
 */
import nock from 'nock';

import { classify } from '../../src/people';
import { API } from '../helpers';
import { failsBeforeAnyRequest, john, nockDirectory, runAction } from './support';
import { runSearch } from '../searches/support';
import * as seeds from '../fixtures/seeds';

const SLACK_ID = 'U02ABCDEF12';

describe('classify', () => {
  it.each([
    ['U02ABCDEF12', 'chat'],
    ['W012A3CDE', 'chat'],
    ['Z32HVBCQ98D', 'chat'], // seed 001's user_external_id
    ['123456789012345678', 'chat'], // Discord
    ['users/112233445566778899', 'chat'], // Google Chat
    ['29:1a2b3c4d5e6f', 'chat'], // Microsoft Teams
    ['JOHN WICK', 'name'],
    ['ANNA', 'name'],
    ['R2D2', 'name'],
    ['John Wick', 'name'],
    ['john@example.com', 'email'],
    [seeds.user.uuid, 'uuid'],
  ])('%s is a %s', (input, kind) => {
    expect(classify(input).kind).toBe(kind);
  });
});

describe('where DailyBot takes chat-platform IDs', () => {
  it('Send Message sends them in target_users as they are, with no user listing', async () => {
    nock(API).post('/send-message/', { message: 'Hi', target_users: [SLACK_ID, seeds.user.uuid] }).reply(200, { bot_message_id: '$db/1' });
    const result = await runAction('send_message', { message: 'Hi', target_users: [SLACK_ID, seeds.user.uuid] });
    expect(result).toMatchObject({ target_users: [SLACK_ID, seeds.user.uuid] });
  });

  it('Send Message mixes them with people named by email (one listing for those)', async () => {
    nockDirectory();
    nock(API).post('/send-message/', { message: 'Hi', target_users: [john.uuid, SLACK_ID] }).reply(200, { bot_message_id: '$db/1' });
    await runAction('send_message', { message: 'Hi', target_users: `john@example.com, ${SLACK_ID}` });
  });

  it('Invite User sends members’ chat-platform IDs in users_identifiers beside emails', async () => {
    nock(API)
      .post('/invite-user/', { users_identifiers: ['ann@example.com', SLACK_ID], is_guest_account_invite: false, joinable_team_uuids: [], joinable_followup_uuids: [] })
      .reply(200, { dailybot_members: { count: 0, members: [] }, users_invited: { count: 2, members: ['ann@example.com', SLACK_ID] } });
    await runAction('invite_user', { users: `ann@example.com\n${SLACK_ID}` });
  });

  it('Invite User refuses a chat-platform ID for a guest invitation (email only), before any request', async () => {
    const error = await failsBeforeAnyRequest(() => runAction('invite_user', { users: `ann@example.com\n${SLACK_ID}`, is_guest_account_invite: 'true' }));
    expect(error.message).toContain('must hold email addresses only for guest invitations');
    expect(error.message).toContain(SLACK_ID);
  });

  it('Find User finds a user by their chat-platform ID (chat_platform_data.user_external_id)', async () => {
    nock(API)
      .get('/users/')
      .query(true)
      .reply(200, { count: 1, next: null, previous: null, results: [{ ...seeds.user, email: 'john@example.com' }] });
    const [found] = await runSearch('find_user', { query: 'Z32HVBCQ98D' });
    expect(found).toMatchObject({ uuid: seeds.user.uuid, chat_user_id: 'Z32HVBCQ98D' });
  });
});

describe('where DailyBot takes only its own users, the error says so plainly', () => {
  it.each([
    ['send_email', { users: [SLACK_ID], email_subject: 'S', email_content: 'C' }, 'Recipients'],
    ['give_kudos', { content: 'Thanks', receivers: [SLACK_ID] }, 'Receivers'],
    ['add_team_member', { team: seeds.team.uuid, users: [SLACK_ID] }, 'Users'],
    ['send_checkin_reminder', { checkin: seeds.team.uuid, users: [SLACK_ID] }, 'People'],
  ])('%s', async (key, inputData, field) => {
    const error = await failsBeforeAnyRequest(() => runAction(key, inputData));
    expect(error).toMatchObject({ code: 'chat_user_id_not_accepted' });
    expect(error.message).toContain(`“${SLACK_ID}” in “${field}” looks like a chat-platform user ID`);
    expect(error.message).toContain('use their email address or full name');
  });
});
