import * as trigger from '../../src/triggers/team-member-removed';
import { envelope, TEAM_UUID, teamUserBody } from '../fixtures/webhooks';
import { deliver, describeHook } from './hook-cases';
import { mockTeams } from './people-list';

describeHook({
  module: trigger,
  key: 'team_member_removed',
  label: 'User Removed from Team',
  event: 'organization.team_user_removed',
  filter: { key: 'team', value: TEAM_UUID, subscribed: false },
  body: () => teamUserBody(),
  mockList: () => mockTeams(),
  expected: {
    id: `0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e:${TEAM_UUID}:organization.team_user_removed:2024-02-05T17:34:31.495Z`,
    user_uuid: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
    user_email: 'helen@example.com',
    team_uuid: TEAM_UUID,
    team_name: 'General',
    team_is_default: true,
  },
});

describe('team_member_removed: the chosen team', () => {
  it('keeps events of the chosen team', async () => {
    await expect(deliver(trigger, envelope('organization.team_user_removed', teamUserBody()), { inputData: { team: TEAM_UUID } })).resolves.toHaveLength(1);
  });

  it('drops events of other teams', async () => {
    await expect(deliver(trigger, envelope('organization.team_user_removed', teamUserBody('another-team')), { inputData: { team: TEAM_UUID } })).resolves.toEqual([]);
  });
});
