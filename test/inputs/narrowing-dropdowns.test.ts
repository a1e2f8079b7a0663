/** Dropdowns that narrow to the chosen check-in or team (issue 15 item 11), against nock. */
import nock from 'nock';

import { creates } from '../../src/creates';
import { listCheckinParticipants, listTeamMembers } from '../../src/triggers/narrowing-dropdowns';
import { API, appTester, authData } from '../helpers';
import * as seeds from '../fixtures/seeds';

const run = (trigger: { operation: object }, inputData: Record<string, unknown>, page = 0) =>
  appTester((trigger.operation as { perform: unknown }).perform as never, { authData, inputData, meta: { page } } as never) as Promise<
    Array<{ id: string; name: string }>
  >;

const CHECKIN = seeds.checkin.id;
const TEAM = seeds.team.uuid;

describe('list_checkin_participants', () => {
  it('lists the chosen check-in’s participants from its detail, in one request', async () => {
    nock(API)
      .get(`/checkins/${CHECKIN}/detail/`)
      .reply(200, {
        id: CHECKIN,
        name: 'Team standups',
        participants: { users: [{ uuid: 'u-1', name: 'Ann Lee' }, { uuid: 'u-2', full_name: 'Bea Cruz' }, { uuid: 'u-3' }], teams: [{ uuid: TEAM, name: 'General' }] },
      });
    await expect(run(listCheckinParticipants, { checkin: CHECKIN })).resolves.toEqual([
      { id: 'u-1', name: 'Ann Lee' },
      { id: 'u-2', name: 'Bea Cruz' },
      { id: 'u-3', name: 'u-3' },
    ]);
  });

  it('offers nothing, with no request, until a check-in is picked (or while it is a mapping), and nothing on “Load more”', async () => {
    await expect(run(listCheckinParticipants, {})).resolves.toEqual([]);
    await expect(run(listCheckinParticipants, { checkin: '{{1__checkin_uuid}}' })).resolves.toEqual([]);
    await expect(run(listCheckinParticipants, { checkin: CHECKIN }, 1)).resolves.toEqual([]);
  });

  it('takes a detail without participants as none', async () => {
    nock(API).get(`/checkins/${CHECKIN}/detail/`).reply(200, { id: CHECKIN, name: 'Team standups' });
    await expect(run(listCheckinParticipants, { checkin: CHECKIN })).resolves.toEqual([]);
  });
});

describe('list_team_members', () => {
  it('lists the chosen team’s members page by page (as every paged dropdown), with emails', async () => {
    nock(API)
      .get(`/teams/${TEAM}/members/`)
      .query({ include_email: 'true', limit: '100', page_size: '100' })
      .reply(200, seeds.page([{ ...seeds.user, email: 'john@example.com' }]));
    await expect(run(listTeamMembers, { team: TEAM })).resolves.toEqual([{ id: seeds.user.uuid, name: 'John Wick (john@example.com)' }]);
  });

  it('offers nothing until a team is picked', async () => {
    await expect(run(listTeamMembers, {})).resolves.toEqual([]);
  });
});

describe('the steps that use them', () => {
  it.each([
    ['send_checkin_reminder', 'checkin', 'users', 'list_checkin_participants.id.name'],
    ['remove_team_member', 'team', 'user', 'list_team_members.id.name'],
  ])('%s: “%s” refreshes the people list, which narrows to it', (key, parent, child, dynamic) => {
    const fields = creates[key]!.operation.inputFields as Array<{ key: string; dynamic?: string; altersDynamicFields?: boolean; search?: string }>;
    expect(fields.find((f) => f.key === parent)).toMatchObject({ altersDynamicFields: true });
    expect(fields.find((f) => f.key === child)).toMatchObject({ dynamic, search: 'find_user.id' });
  });
});
