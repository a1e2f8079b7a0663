/**
 * The dropdowns that narrow (issue 15 item 11) against the sandbox over real sockets: the chosen
 * check-in's participants and the chosen team's members, exactly as the sandbox's organization has them.
 */
import { listCheckinParticipants, listTeamMembers } from '../../src/triggers/narrowing-dropdowns';
import { calls, useHarness } from './support';

const harness = useHarness();

type Option = { id: string; name: string };

describe('dropdowns that narrow', () => {
  it('list_checkin_participants: the standup’s participants, in one request', async () => {
    const h = harness();
    const standup = h.sandbox.state.checkin(h.sandbox.state.demo.standup);
    const run = await h.run<Option[]>(h.fn('triggers', listCheckinParticipants.key), { inputData: { checkin: standup.id } });
    expect(calls(run.requests)).toEqual([`GET /v1/checkins/${standup.id}/detail/`]);
    expect(run.output.map((o) => o.id).sort()).toEqual([...standup.participants].sort());
    expect(run.output[0]!.name).toBe(h.sandbox.state.users.get(run.output[0]!.id)!.full_name);
  });

  it('list_team_members: the General team’s members, with their emails', async () => {
    const h = harness();
    const team = h.sandbox.state.teams.get(h.sandbox.state.demo.generalTeam)!;
    const run = await h.run<Option[]>(h.fn('triggers', listTeamMembers.key), { inputData: { team: team.uuid } });
    expect(calls(run.requests)).toEqual([`GET /v1/teams/${team.uuid}/members/`]);
    expect(run.output.map((o) => o.id).sort()).toEqual([...team.members].sort());
    const first = h.sandbox.state.users.get(run.output[0]!.id)!;
    expect(run.output[0]!.name).toContain(`(${first.email})`);
  });
});
