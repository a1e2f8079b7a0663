import nock from 'nock';

import { API, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { failsBeforeAnyRequest, runAction } from './support';

const invite = (inputData: Record<string, unknown>) => runAction('invite_user', inputData);

describe('Invite User', () => {
  it('posts the emails, teams and check-ins as DailyBot names them; says who was invited and who already was a member', async () => {
    nock(API)
      .post('/invite-user/', {
        users_identifiers: ['ann@example.com', 'bea@example.com'],
        is_guest_account_invite: false,
        joinable_team_uuids: [seeds.team.uuid],
        joinable_followup_uuids: [seeds.checkin.id],
      })
      .reply(200, {
        dailybot_members: { count: 1, members: [{ uuid: 'b2c3d4e5-f6a7-8901-bcde-f12345678901', email: 'bea@example.com', full_name: 'Bea Cruz' }] },
        users_invited: { count: 1, members: ['ann@example.com'] },
      });
    await expect(invite({ users: 'ann@example.com, bea@example.com; ANN@example.com', teams: [seeds.team.uuid], checkins: seeds.checkin.id })).resolves.toEqual({
      id: 'ann@example.com,bea@example.com',
      invited_count: 1,
      invited_emails: ['ann@example.com'],
      already_members_count: 1,
      already_members_emails: ['bea@example.com'],
      teams: [seeds.team.uuid],
      checkins: [seeds.checkin.id],
      is_guest_account_invite: false,
    });
  });

  it('invites guests, and reads an answer without the groups', async () => {
    nock(API)
      .post('/invite-user/', { users_identifiers: ['guest@partner.example'], is_guest_account_invite: true, joinable_team_uuids: [], joinable_followup_uuids: [] })
      .reply(200, {});
    await expect(invite({ users: ['guest@partner.example'], is_guest_account_invite: 'yes' })).resolves.toMatchObject({ invited_count: 0, is_guest_account_invite: true });
  });

  it('invites each person once, whatever the letter case of the repeats: 100 people written twice are 100', async () => {
    const emails = Array.from({ length: 100 }, (_, i) => `p${i}@example.com`);
    nock(API)
      .post('/invite-user/', (body: { users_identifiers: string[] }) => body.users_identifiers.length === 100 && body.users_identifiers[99] === 'p99@example.com')
      .reply(200, {});
    await expect(invite({ users: [...emails, ...emails.map((e) => e.toUpperCase())] })).resolves.toBeDefined();
  });

  it.each([
    ['no emails', { users: '' }, '“Emails” is required'],
    ['a name instead of an email', { users: 'Ann Lee' }, '“Emails” must hold email addresses only'],
    ['more than 100 people', { users: Array.from({ length: 101 }, (_, i) => `p${i}@example.com`) }, 'must name at most 100 people'],
    // 100 people each written twice, in two letter cases, are 100 people; one more is too many
    ['101 people among duplicates', { users: [...Array.from({ length: 101 }, (_, i) => `p${i}@example.com`), ...Array.from({ length: 101 }, (_, i) => `P${i}@Example.com`)] }, 'must name at most 100 people'],
    // a mapped list of 50,000 items (the fuzz's; its time is a figure of `npm run fuzz`, 11 s before duplicates were found in linear time)
    ['a list of 50,000 items', { users: Array.from({ length: 50_000 }, (_, i) => `p${i}@example.com`) }, 'must name at most 100 people'],
    ['a team that was not picked', { users: 'ann@example.com', teams: '../x' }, '“Teams” must hold items picked from the list'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => invite(inputData));
    expect(error.message).toContain(message);
  });

  it.each([
    ['a NUL', 'ann\u0000@example.com'],
    ['a control character', 'ann@exa\u0007mple.com'],
    ['an escape', '\u001b[31mann@example.com'],
    ['a backslash', 'ann\\bob@example.com'],
    ['more than 320 characters', `${'a'.repeat(64)}@${'b'.repeat(250)}.example.com`],
    ['10 KB', `${'a'.repeat(10_000)}@example.com`],
  ])('refuses an email with %s before any request, as every other email field does (one rule)', async (_, bad) => {
    const error = await failsBeforeAnyRequest(() => invite({ users: ['ann@example.com', bad] }));
    expect(error.message).toContain('must hold email addresses only');
  });

  it('passes DailyBot’s answer on a refusal (403 org_admin_required)', async () => {
    nock(API).post('/invite-user/').reply(403, { detail: 'Only organization admins can invite users.', code: 'org_admin_required' });
    const error = await errorOf(invite({ users: 'ann@example.com' }));
    expect(error.message).toContain('Only organization admins can invite users.');
  });
});
