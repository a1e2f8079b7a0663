/**
 * The 12 instant triggers as the real n8n meets them: the filter a workflow sets, and how the event
 * happens in the sandbox (as test/e2e/triggers.test.ts fires them for the Zap).
 */
import type { SandboxState } from '../../sandbox';

type Json = Record<string, unknown>;

export interface TriggerCase {
  inputs(s: SandboxState): Json;
  /** Makes one event happen; gives the response, kudos or user it is about (its UUID or ID). */
  fire(s: SandboxState): string;
}

/** An active member, not the key's owner nor the manager, for whom `keep` holds. */
const someone = (s: SandboxState, keep: (uuid: string) => boolean) => {
  const user = [...s.users.values()].find((u) => u.is_active && u.uuid !== s.demo.owner && u.uuid !== s.demo.manager && keep(u.uuid));
  if (!user) throw new Error('the seed has nobody left for this event');
  return user;
};

let daysBack = 40;
/** A day long past that nobody answered yet: the tests answer the stand-up often, and a day has 25 people. */
const freshDay = (s: SandboxState): string => {
  daysBack += 1;
  const date = new Date(`${s.today()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - daysBack);
  return date.toISOString().slice(0, 10);
};

const completed = (s: SandboxState) => s.completeCheckinResponse(s.demo.standup, { blocker: false, date: freshDay(s) });

export const TRIGGER_CASES: Record<string, TriggerCase> = {
  checkin_response_completed: { inputs: (s) => ({ checkin: s.demo.standup }), fire: (s) => completed(s).uuid },
  checkin_blocker_reported: {
    inputs: (s) => ({ checkin: s.demo.standup }),
    fire: (s) => s.completeCheckinResponse(s.demo.standup, { blocker: 'Waiting for the staging credentials.', date: freshDay(s) }).uuid,
  },
  checkin_response_updated: {
    inputs: (s) => ({ checkin: s.demo.standup }),
    fire: (s) => s.updateCheckinResponse(completed(s).uuid, { answers: ['Shipped the export.', 'Pair on the release.'] }).uuid,
  },
  checkin_response_deleted: { inputs: (s) => ({ checkin: s.demo.standup }), fire: (s) => s.deleteCheckinResponse(completed(s).uuid).uuid },
  form_response_created: {
    inputs: (s) => ({ form: s.demo.vacationForm }),
    fire: (s) => s.createFormResponse(s.demo.vacationForm, { user: s.demo.manager, answers: ['2026-12-21', '2027-01-02', 'Sam covers.'] }).uuid,
  },
  form_response_updated: {
    inputs: (s) => ({ form: s.demo.vacationForm }),
    fire: (s) => s.updateFormResponse(s.createFormResponse(s.demo.vacationForm, { user: s.demo.manager }).uuid, { answers: ['2026-12-22'] }).uuid,
  },
  form_response_deleted: {
    inputs: (s) => ({ form: s.demo.vacationForm }),
    fire: (s) => s.deleteFormResponse(s.createFormResponse(s.demo.vacationForm, { user: s.demo.manager }).uuid).uuid,
  },
  kudos_posted: {
    inputs: () => ({}),
    fire: (s) => s.postKudos({ giver: s.demo.owner, receivers: [s.demo.manager], content: 'Thanks for the review!' }).id,
  },
  user_activated: {
    inputs: () => ({}),
    fire: (s) => {
      const user = someone(s, () => true);
      s.setUserActive(user.uuid, false);
      s.setUserActive(user.uuid, true);
      return user.uuid;
    },
  },
  user_deactivated: {
    inputs: () => ({}),
    fire: (s) => {
      const user = someone(s, () => true);
      s.setUserActive(user.uuid, false);
      return user.uuid;
    },
  },
  team_member_added: {
    inputs: (s) => ({ team: s.demo.engineeringTeam }),
    fire: (s) => {
      const team = s.team(s.demo.engineeringTeam);
      const user = someone(s, (uuid) => !team.members.has(uuid));
      s.addTeamMembers(team.uuid, [user]);
      return user.uuid;
    },
  },
  team_member_removed: {
    inputs: (s) => ({ team: s.demo.engineeringTeam }),
    fire: (s) => {
      const team = s.team(s.demo.engineeringTeam);
      const user = someone(s, (uuid) => team.members.has(uuid));
      s.removeTeamMember(team.uuid, user.uuid);
      return user.uuid;
    },
  },
};
