/** The kudos, user and team triggers' test steps: real data, shaped as deliveries, in the fewest requests. */
import nock from 'nock';

import * as kudos from '../../src/triggers/kudos-posted';
import * as added from '../../src/triggers/team-member-added';
import * as removed from '../../src/triggers/team-member-removed';
import * as activated from '../../src/triggers/user-activated';
import * as deactivated from '../../src/triggers/user-deactivated';
import { page, team, user } from '../fixtures/seeds';
import { API, errorOf } from '../helpers';
import { list } from './hook-cases';
import { deactivated as helen, kudosRow, mockOrganizationKudos, mockTeamMembers, mockTeams, mockUsers } from './people-list';

describe('kudos_posted: test step', () => {
  it('reads the organization’s kudos (one request), newest first, shaped as deliveries', async () => {
    mockOrganizationKudos([kudosRow({ id: 'older', created_at: '2026-03-01T10:00:00Z' }), kudosRow({ id: 'newer', created_at: '2026-03-09T10:00:00-05:00' })]);
    const items = await list(kudos);
    expect(items.map((i) => [i.id, i.event_timestamp, i.giver_full_name, i.company_value_name, i.receiver_names])).toEqual([
      ['newer', '2026-03-09T10:00:00-05:00', 'John Wick', 'Ownership', 'Helen Wick, Winston Scott'],
      ['older', '2026-03-01T10:00:00Z', 'John Wick', 'Ownership', 'Helen Wick, Winston Scott'],
    ]);
    for (const item of items) expect(kudos.output.safeParse(item).success).toBe(true);
  });

  it('falls back to the kudos the key owner received when they are not an organization admin', async () => {
    nock(API).get('/kudos/organization/').query(true).reply(403, { detail: 'Only organization admins can do this.', code: 'org_admin_required' });
    nock(API).get('/kudos/').query({ filter: 'kudos_received', limit: '50', page_size: '50' }).reply(200, [kudosRow({ id: 'mine' })]);
    await expect(list(kudos)).resolves.toEqual([expect.objectContaining({ id: 'mine', event: 'kudos.posted' })]);
  });

  it('gives nothing when there are no kudos (Zapier then offers the sample)', async () => {
    mockOrganizationKudos([]);
    await expect(list(kudos)).resolves.toEqual([]);
  });

  it('ends in DailyBot’s words for another refusal', async () => {
    nock(API).get('/kudos/organization/').query(true).reply(403, { detail: 'Your plan does not include kudos.', code: 'plan_upgrade_required' });
    const error = await errorOf(list(kudos));
    expect(error.message).toContain('plan_upgrade_required');
  });
});

describe('user_activated / user_deactivated: test step', () => {
  it('gives the active people for User Activated, as the webhook’s user, in one request', async () => {
    mockUsers();
    const items = await list(activated);
    expect(items.map((i) => [i.user_uuid, i.user_is_active, i.event])).toEqual([[user.uuid, true, 'organization.user_activated']]);
    expect(items[0]).toMatchObject({ user_work_start_time: '09:00:00', user_chat_user_id: 'Z32HVBCQ98D', user_username: 'Wick10' });
    expect(activated.output.safeParse(items[0]).success).toBe(true);
  });

  it('gives the deactivated people for User Deactivated', async () => {
    mockUsers();
    const items = await list(deactivated);
    expect(items.map((i) => [i.user_uuid, i.user_is_active, i.id])).toEqual([[helen.uuid, false, `${helen.uuid}:organization.user_deactivated`]]);
  });

  it('gives nothing when nobody is deactivated', async () => {
    mockUsers([user]);
    await expect(list(deactivated)).resolves.toEqual([]);
  });
});

describe('team_member_added / team_member_removed: test step', () => {
  it('with a team chosen: its members, with the team’s name, in two requests side by side', async () => {
    mockTeamMembers([user, helen]);
    const items = await list(added, { team: team.uuid });
    expect(items.map((i) => [i.user_full_name, i.team_uuid, i.team_name, i.team_is_default])).toEqual([
      ['John Wick', team.uuid, 'General', true],
      ['Helen Wick', team.uuid, 'General', true],
    ]);
    expect(nock.isDone()).toBe(true);
  });

  it('without a team: the first team that has members', async () => {
    mockTeams([helen]);
    const items = await list(removed);
    expect(items.map((i) => [i.user_uuid, i.team_name, i.event])).toEqual([[helen.uuid, 'General', 'organization.team_user_removed']]);
  });

  it('goes on to the next team while one is empty', async () => {
    const other = { ...team, uuid: 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9', name: 'Design', is_default: false };
    nock(API).get('/teams/').query(true).reply(200, page([team, other]));
    nock(API).get(`/teams/${team.uuid}/members/`).query(true).reply(200, []);
    nock(API).get(`/teams/${other.uuid}/members/`).query(true).reply(200, [helen]);
    const items = await list(added);
    expect(items.map((i) => [i.user_uuid, i.team_name, i.team_is_default])).toEqual([[helen.uuid, 'Design', false]]);
  });
});
