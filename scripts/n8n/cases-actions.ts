/**
 * Every action and search of the DailyBot node, as cases for the real n8n: chains of steps that each
 * run in one `n8n execute --id` (a process start costs seconds), every step once (`executeOnce`), a
 * failing step giving `{error}` and the chain going on. Inputs are Zapier's (scripts/n8n/parameters.ts
 * turns them into the node's parameters); a later step maps an earlier one's output with an n8n
 * expression, as a user would. Each check reads where the step lands: the sandbox's outbox and state.
 * Ask in Chat (it waits for a click) is in scripts/n8n/ask.ts.
 */
import type { Harness } from '../../sandbox/harness';
import type { OutboxEntry, OutboxKind } from '../../sandbox';
import { expectEqual, expectMatch, expectThat } from './checks';

type Json = Record<string, unknown>;

export interface CaseContext {
  h: Harness;
  person(fullName: string): { uuid: string; email: string; full_name: string };
  /** The outbox entries of one kind added since the chain began. */
  outbox<K extends OutboxKind>(kind: K): Array<Extract<OutboxEntry, { kind: K }>>;
}

export interface ActionCase {
  /** The node's name in the chain (a later step's expressions name it). */
  node: string;
  operation: string;
  inputs(ctx: CaseContext): Json;
  /** Throws when the output items or the sandbox are not as they should be. */
  check(ctx: CaseContext, items: Json[]): void;
}

export interface Chain {
  id: string;
  name: string;
  /** Prepares the sandbox before the chain runs (e.g. the key's owner has not answered today). */
  setup?(ctx: CaseContext): void;
  cases: ActionCase[];
}

/** `={{ $('Node').first().json.field }}`: an earlier step's output, mapped. */
export const from = (node: string, field: string): string => `={{ $('${node}').first().json.${field} }}`;

/** The one output item a step gives. */
export const one = (items: Json[]): Json => {
  expectEqual(items.length, 1, 'output items');
  return items[0]!;
};

const messages: Chain = {
  id: 'chainMessages',
  name: 'Messages, email, kudos, activity, workflows',
  cases: [
    {
      node: 'Send Message',
      operation: 'send_message',
      inputs: (c) => ({
        message: 'Release 2.4 is out 🎉',
        target_users: [c.person('Priya Natarajan').email, 'sam okafor'],
        target_teams: [c.h.sandbox.state.demo.engineeringTeam],
        target_channels: 'C0ENGSTANDUP',
        buttons: [{ label: 'Release notes', button_type: 'Command', value: '/notes 2.4' }],
      }),
      check: (c, items) => {
        const [sent] = c.outbox('message');
        expectThat(sent, 'the sandbox got no message');
        expectMatch(sent, {
          message: 'Release 2.4 is out 🎉',
          target_users: [c.person('Priya Natarajan').uuid, c.person('Sam Okafor').uuid],
          target_teams: [c.h.sandbox.state.demo.engineeringTeam],
          target_channels: [{ id: 'C0ENGSTANDUP', is_channel_message: true }],
          buttons: [{ label: 'Release notes', value: '/notes 2.4', button_type: 'Command' }],
          edited: false,
        }, 'the message sent');
        expectMatch(one(items), { bot_message_id: sent!.bot_message_id }, 'the output');
      },
    },
    {
      node: 'Update Message',
      operation: 'update_message',
      inputs: (c) => ({ bot_message_id: from('Send Message', 'bot_message_id'), message: 'Release 2.4 is out ✅', target_users: [c.person('Priya Natarajan').email] }),
      check: (c, items) => {
        const [first, edit] = c.outbox('message');
        expectMatch(edit, { bot_message_id: first?.bot_message_id, edited: true, message: 'Release 2.4 is out ✅' }, 'the edit');
        expectMatch(one(items), { bot_message_id: first?.bot_message_id }, 'the output');
      },
    },
    {
      node: 'Send Email',
      operation: 'send_email',
      inputs: (c) => ({ users: `${c.person('Alex Rivera').email}, Mei Chen`, email_subject: 'Quarterly review', email_content: '<p>See you Friday.</p>' }),
      check: (c, items) => {
        expectMatch(c.outbox('email'), [{ recipients: [c.person('Alex Rivera').uuid, c.person('Mei Chen').uuid], email_subject: 'Quarterly review' }], 'the email sent');
        expectMatch(one(items), { email_subject: 'Quarterly review' }, 'the output');
      },
    },
    {
      node: 'Open Conversation',
      operation: 'open_conversation',
      inputs: (c) => ({ users: [c.person('Priya Natarajan').email, 'Lucas Moreau'] }),
      check: (c, items) => {
        const [conversation] = c.outbox('conversation');
        expectEqual(conversation?.users, [c.person('Priya Natarajan').uuid, c.person('Lucas Moreau').uuid].sort(), 'the conversation’s people');
        expectMatch(one(items), { channel: conversation!.channel }, 'the output');
      },
    },
    {
      node: 'Give Kudos',
      operation: 'give_kudos',
      inputs: (c) => ({ receivers: [c.person('Sam Okafor').email], content: 'Great launch!', company_value: 'Teamwork' }),
      check: (c, items) => {
        const kudos = c.h.sandbox.state.kudos.at(-1)!;
        expectMatch(kudos, { content: 'Great launch!', receivers: [c.person('Sam Okafor').uuid], company_value: { name: 'Teamwork' } }, 'the kudos');
        expectMatch(one(items), { id: kudos.id, content: 'Great launch!', giver_full_name: 'Alex Rivera' }, 'the output');
      },
    },
    {
      node: 'Log Activity',
      operation: 'push_activity',
      inputs: (c) => ({ custom_type: 'deployment', message: 'Deployed the billing service', user: c.person('Mei Chen').email, link: 'https://ci.acme-robotics.example/builds/981' }),
      check: (c, items) => {
        expectMatch(c.outbox('activity'), [{ custom_type: 'deployment', message: 'Deployed the billing service', user: c.person('Mei Chen').uuid }], 'the activity');
        const hook = c.h.sandbox.state.requests.filter((r) => r.path.startsWith('/activity/'));
        expectThat(hook.length > 0 && hook.every((r) => !('x-api-key' in r.headers)), 'the API key reached the Activity Hook URL');
        expectThat(!JSON.stringify(items).includes(c.h.sandbox.state.activityToken), 'the output shows the Activity Hook URL');
        one(items);
      },
    },
    {
      node: 'Run Workflow',
      operation: 'trigger_workflow',
      inputs: (c) => ({ workflow: c.h.sandbox.state.demo.vacationWorkflow, payload: { requester: 'priya.natarajan@acme-robotics.example', days: '5' } }),
      check: (c, items) => {
        expectMatch(c.outbox('workflow'), [{ workflow: c.h.sandbox.state.demo.vacationWorkflow, payload: { requester: 'priya.natarajan@acme-robotics.example', days: '5' } }], 'the workflow run');
        expectMatch(one(items), { queued: true, workflow_uuid: c.h.sandbox.state.demo.vacationWorkflow }, 'the output');
      },
    },
  ],
};

const people: Chain = {
  id: 'chainPeople',
  name: 'People and teams',
  cases: [
    {
      node: 'Find User',
      operation: 'find_user',
      inputs: () => ({ query: 'Priya Natarajan' }),
      check: (c, items) => expectMatch(one(items), { uuid: c.person('Priya Natarajan').uuid, email: c.person('Priya Natarajan').email }, 'the user found'),
    },
    {
      node: 'Find Team',
      operation: 'find_team',
      inputs: () => ({ query: 'engineering' }),
      check: (c, items) => expectMatch(one(items), { uuid: c.h.sandbox.state.demo.engineeringTeam, name: 'Engineering' }, 'the team found'),
    },
    {
      node: 'Add Team Member',
      operation: 'add_team_member',
      inputs: (c) => ({ team: c.h.sandbox.state.demo.engineeringTeam, users: [newcomer(c).email] }),
      check: (c, items) => {
        expectThat(c.h.sandbox.state.team(c.h.sandbox.state.demo.engineeringTeam).members.has(newcomer(c).uuid), 'the newcomer is not in the team');
        expectMatch(one(items), { team_uuid: c.h.sandbox.state.demo.engineeringTeam, users_uuids: [newcomer(c).uuid] }, 'the output');
      },
    },
    {
      node: 'Remove Team Member',
      operation: 'remove_team_member',
      inputs: (c) => ({ team: c.h.sandbox.state.demo.engineeringTeam, user: 'Sam Okafor' }),
      check: (c, items) => {
        expectThat(!c.h.sandbox.state.team(c.h.sandbox.state.demo.engineeringTeam).members.has(c.person('Sam Okafor').uuid), 'Sam is still in the team');
        expectMatch(one(items), { user_uuid: c.person('Sam Okafor').uuid }, 'the output');
      },
    },
    {
      node: 'Update User',
      operation: 'update_user',
      inputs: (c) => ({ user: c.person('Mei Chen').email, occupation: 'Staff Frontend Engineer', timezone: 'Europe/Madrid' }),
      check: (c, items) => {
        expectMatch(c.h.sandbox.state.users.get(c.person('Mei Chen').uuid), { occupation: 'Staff Frontend Engineer', timezone: 'Europe/Madrid' }, 'the user');
        expectMatch(one(items), { uuid: c.person('Mei Chen').uuid, occupation: 'Staff Frontend Engineer' }, 'the output');
      },
    },
    {
      node: 'Invite Users',
      operation: 'invite_user',
      inputs: (c) => ({ users: 'new.hire@acme-robotics.example', teams: [c.h.sandbox.state.demo.engineeringTeam], checkins: [c.h.sandbox.state.demo.standup] }),
      check: (c, items) => {
        expectMatch([...c.h.sandbox.state.invitations.values()], [{ identifier: 'new.hire@acme-robotics.example', teams: [c.h.sandbox.state.demo.engineeringTeam] }], 'the invitations');
        expectMatch(one(items), { invited_count: 1, invited_emails: ['new.hire@acme-robotics.example'] }, 'the output');
      },
    },
  ],
};

const newcomers = new WeakMap<object, { uuid: string; email: string }>();
/** An active user outside Engineering, chosen once per sandbox (the check runs after the step added them). */
const newcomer = (c: CaseContext) => {
  const { state } = c.h.sandbox;
  let found = newcomers.get(state);
  if (!found) {
    const team = state.team(state.demo.engineeringTeam);
    found = [...state.users.values()].find((u) => u.is_active && !team.members.has(u.uuid))!;
    newcomers.set(state, found);
  }
  return found;
};

export { messages, people };
