/**
 * User Removed from Team (`organization.team_user_removed`). DailyBot cannot scope these webhooks to a team, so the Team filter is
 * applied to each delivery. The test step shows the team's real members
 * (recent-people.ts).
 */
import { defineHook } from './hook';
import { normalizeTeamMemberEvent, TeamMemberEventOutput, teamMemberEventOutputFields, teamMemberEventSampleFor } from './normalize/organization';
import { recentTeamMemberEvents } from './recent-people';

const event = 'organization.team_user_removed';

export const output = TeamMemberEventOutput;

export default defineHook({
  key: 'team_member_removed',
  noun: 'Team Member',
  label: 'User Removed from Team',
  description: 'Triggers when a user is removed from a team.',
  event,
  filter: 'team',
  normalize: normalizeTeamMemberEvent,
  list: recentTeamMemberEvents,
  sample: teamMemberEventSampleFor(event),
  outputFields: teamMemberEventOutputFields,
});
