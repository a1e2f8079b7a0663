/**
 * Every operation of the DailyBot node through its own `execute`, against the sandbox: one row per
 * operation (a new step adds a row). Each row gives the node's parameters for the seeded organization
 * and checks the output against what landed in the sandbox; the last test checks every generated
 * operation has a row.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { actionProperties, operationPlans } from '../../n8n/src/generated/actions';
import type { SandboxState } from '../../sandbox';
import { byId, call, context, rowsOf, useWorld, type World } from './support';

const world = useWorld();

interface Row {
  resource: string;
  operation: string;
  /** Runs first (another operation whose output this one uses); its result reaches `params` and `check`. */
  setup?: (s: SandboxState, w: World) => Promise<IDataObject>;
  /** The credential, when the row needs more than the sandbox's key and Activity Hook URL. */
  credential?: (w: World) => IDataObject;
  params: (s: SandboxState, w: World, before?: IDataObject) => IDataObject;
  check: (output: IDataObject[], s: SandboxState, w: World, before?: IDataObject) => void;
}

const who = (s: SandboxState, fullName: string) => {
  const user = [...s.users.values()].find((u) => u.full_name === fullName);
  if (!user) throw new Error(`no user called ${fullName}`);
  return user;
};

const execute = async (w: World, params: IDataObject, credential?: IDataObject): Promise<INodeExecutionData[]> => {
  const node = new w.pkg.DailyBot();
  const { ctx } = context(w, { params, credential });
  const [items] = await call<INodeExecutionData[][]>(node.execute, ctx);
  return items!;
};

const outbox = (s: SandboxState, kind: string) => s.outbox.filter((e) => e.kind === kind) as unknown as IDataObject[];

const ownerPending = (s: SandboxState) => {
  const owner = s.users.get(s.demo.owner)!;
  const standup = s.checkin(s.demo.standup);
  if (!standup.participants.includes(owner.uuid)) standup.participants.push(owner.uuid);
  for (const r of [...s.responses.values()]) if (r.user === owner.uuid && r.date === s.today()) s.deleteCheckinResponse(r.uuid);
  return { owner, standup, questions: s.template(standup.template).questions };
};

const requestedVacation = (s: SandboxState) => [...s.formResponses.values()].find((r) => r.form === s.demo.vacationForm && r.current_state === 'requested')!;

export const ROWS: Row[] = [
  {
    resource: 'message',
    operation: 'send_message',
    params: (s) => ({
      message: 'Release 2.4 is out',
      target_users: rowsOf(who(s, 'Priya Natarajan').email!, 'sam okafor'),
      target_channels: rowsOf('C0ENGSTANDUP'),
      more: { buttons: { values: [{ label: 'Release notes', value: '/notes 2.4' }] }, thread_responses: ['Changelog: fixes'] },
    }),
    check: (output, s) => {
      const [sent] = outbox(s, 'message');
      expect(sent).toMatchObject({
        message: 'Release 2.4 is out',
        target_users: [who(s, 'Priya Natarajan').uuid, who(s, 'Sam Okafor').uuid],
        buttons: [expect.objectContaining({ label: 'Release notes', value: '/notes 2.4' })],
      });
      expect(output).toEqual([expect.objectContaining({ bot_message_id: sent!.bot_message_id })]);
    },
  },
  {
    resource: 'message',
    operation: 'update_message',
    setup: async (s, w) => (await execute(w, { resource: 'message', operation: 'send_message', message: 'Deploying…', target_channels: rowsOf('C0ENGSTANDUP') }))[0]!.json,
    params: (_s, _w, sent) => ({ bot_message_id: sent!.bot_message_id, message: 'Deployed', target_channels: rowsOf('C0ENGSTANDUP') }),
    check: (output, s, _w, sent) => {
      expect(outbox(s, 'message').at(-1)).toMatchObject({ bot_message_id: sent!.bot_message_id, message: 'Deployed', edited: true });
      expect(output).toEqual([expect.objectContaining({ bot_message_id: sent!.bot_message_id })]);
    },
  },
  {
    resource: 'email',
    operation: 'send_email',
    params: (s) => ({ users: rowsOf(who(s, 'Mei Chen').email!), email_subject: 'Quarterly review', email_content: '<p>See you Friday.</p>' }),
    check: (output, s) => {
      expect(outbox(s, 'email')).toEqual([expect.objectContaining({ recipients: [who(s, 'Mei Chen').uuid], email_subject: 'Quarterly review' })]);
      expect(output).toEqual([expect.objectContaining({ email_subject: 'Quarterly review', users_uuids: [who(s, 'Mei Chen').uuid] })]);
    },
  },
  {
    resource: 'kudos',
    operation: 'give_kudos',
    params: (s) => ({ content: 'Great launch!', receivers: rowsOf(who(s, 'Sam Okafor').email!), additional_fields: { company_value: 'Teamwork' } }),
    check: (output, s) => {
      expect(s.kudos.at(-1)).toMatchObject({ giver: s.demo.owner, content: 'Great launch!', receivers: [who(s, 'Sam Okafor').uuid], company_value: { name: 'Teamwork' } });
      expect(output).toHaveLength(1);
    },
  },
  {
    resource: 'activity',
    operation: 'push_activity',
    params: (s) => ({ custom_type: 'deployment', message: 'Deployed the billing service', user: byId(who(s, 'Mei Chen').email!), additional_fields: { link: 'https://ci.example.com/981' } }),
    check: (output, s, w) => {
      expect(outbox(s, 'activity')).toEqual([expect.objectContaining({ message: 'Deployed the billing service' })]);
      // the Activity Hook URL got the request, without the API key
      expect(w.sent.map((r) => r.url)).toEqual([w.sandbox.activityHookUrl]);
      expect(output).toHaveLength(1);
    },
  },
  {
    resource: 'checkin',
    operation: 'create_checkin',
    params: (s) => ({ name: 'Design crit', template: byId(s.demo.standupTemplate), schedule: { custom_trigger_time: '09:30' }, reminders: { reminders_max_count: '2' } }),
    check: (output, s) => {
      const created = [...s.checkins.values()].find((c) => c.name === 'Design crit')!;
      expect(created).toBeDefined();
      expect(output).toEqual([expect.objectContaining({ uuid: created.id, name: 'Design crit' })]);
    },
  },
  {
    resource: 'checkin',
    operation: 'update_checkin',
    params: (s) => ({ checkin: byId(s.demo.standup), additional_fields: { name: 'Daily Standup (EMEA)', active: false } }),
    check: (output, s) => {
      expect(s.checkin(s.demo.standup)).toMatchObject({ name: 'Daily Standup (EMEA)', active: false });
      expect(output).toEqual([expect.objectContaining({ uuid: s.demo.standup, active: false })]);
    },
  },
  {
    resource: 'checkin',
    operation: 'delete_checkin',
    setup: async (s, w) => (await execute(w, { resource: 'checkin', operation: 'create_checkin', name: 'Temporary', template: byId(s.demo.standupTemplate) }))[0]!.json,
    params: (_s, _w, created) => ({ checkin: byId(String(created!.uuid)) }),
    check: (output, s, _w, created) => {
      expect(s.checkins.has(String(created!.uuid))).toBe(false);
      expect(output).toEqual([{ id: created!.uuid, uuid: created!.uuid, deleted: true }]);
    },
  },
  {
    resource: 'reminder',
    operation: 'send_checkin_reminder',
    params: (s) => ({ checkin: byId(s.demo.standup), additional_fields: { users: rowsOf(who(s, 'Sam Okafor').email!) } }),
    check: (output, s) => {
      expect(outbox(s, 'reminder')).toEqual([expect.objectContaining({ checkin: s.demo.standup })]);
      expect(output).toHaveLength(1);
    },
  },
  {
    resource: 'conversation',
    operation: 'open_conversation',
    params: (s) => ({ users: rowsOf(who(s, 'Priya Natarajan').email!, 'Lucas Moreau') }),
    check: (output, s) => {
      const [conversation] = outbox(s, 'conversation');
      expect(output).toEqual([expect.objectContaining({ channel: conversation!.channel, users_uuids: [who(s, 'Priya Natarajan').uuid, who(s, 'Lucas Moreau').uuid] })]);
    },
  },
  {
    resource: 'teamMember',
    operation: 'add_team_member',
    params: (s) => ({ team: byId(s.demo.generalTeam), users: rowsOf(who(s, 'Sam Okafor').email!) }),
    check: (output, s) => {
      expect(s.team(s.demo.generalTeam).members.has(who(s, 'Sam Okafor').uuid)).toBe(true);
      expect(output).toEqual([expect.objectContaining({ team_uuid: s.demo.generalTeam })]);
    },
  },
  {
    resource: 'teamMember',
    operation: 'remove_team_member',
    params: (s) => ({ team: byId(s.demo.engineeringTeam), user: byId('Sam Okafor') }),
    check: (output, s) => {
      expect(s.team(s.demo.engineeringTeam).members.has(who(s, 'Sam Okafor').uuid)).toBe(false);
      expect(output).toEqual([expect.objectContaining({ user_uuid: who(s, 'Sam Okafor').uuid })]);
    },
  },
  {
    resource: 'user',
    operation: 'update_user',
    params: (s) => ({ user: byId(who(s, 'Mei Chen').email!), additional_fields: { occupation: 'Staff Frontend Engineer', timezone: 'Europe/Madrid' } }),
    check: (output, s) => {
      expect(who(s, 'Mei Chen')).toMatchObject({ occupation: 'Staff Frontend Engineer', timezone: 'Europe/Madrid' });
      expect(output).toHaveLength(1);
    },
  },
  {
    resource: 'user',
    operation: 'find_user',
    params: (s) => ({ query: who(s, 'Sam Okafor').email! }),
    check: (output, s) => {
      expect(output).toEqual([expect.objectContaining({ id: who(s, 'Sam Okafor').uuid, email: who(s, 'Sam Okafor').email })]);
    },
  },
  {
    resource: 'formResponse',
    operation: 'submit_form_response',
    params: (s) => {
      const questions = s.template(s.form(s.demo.vacationForm).template).questions;
      const answers = ['2030-07-01', '2030-07-05', 'Sam covers the on-call.'];
      return { form: byId(s.demo.vacationForm), fields: { mappingMode: 'defineBelow', value: Object.fromEntries(questions.map((q, i) => [`answer_${q.uuid}`, answers[i]])) } };
    },
    check: (output, s) => {
      expect(s.formResponses.get(String(output[0]!.id))).toMatchObject({ source: 'automation', current_state: 'requested' });
    },
  },
  {
    resource: 'formResponse',
    operation: 'change_form_response_state',
    params: (s) => ({ form: byId(s.demo.vacationForm), response: requestedVacation(s).uuid, to_state: byId('approved'), additional_fields: { note: 'Enjoy!' } }),
    check: (output, s) => {
      expect(output).toHaveLength(1);
      expect([...s.formResponses.values()].filter((r) => r.form === s.demo.vacationForm && r.current_state === 'approved').length).toBeGreaterThan(1);
    },
  },
  {
    resource: 'workflowRun',
    operation: 'trigger_workflow',
    params: (s) => ({ workflow: byId(s.demo.vacationWorkflow), additional_fields: { payload: { values: [{ name: 'days', value: '5' }] } } }),
    check: (output, s) => {
      expect(outbox(s, 'workflow')).toEqual([expect.objectContaining({ workflow: s.demo.vacationWorkflow, payload: { days: '5' } })]);
      expect(output).toEqual([{ queued: true, workflow_uuid: s.demo.vacationWorkflow, detail: 'Workflow trigger accepted.' }]);
    },
  },
  {
    resource: 'workflowEvent',
    operation: 'send_workflow_event',
    credential: (w) => ({ ...w.credential, workflowTriggerUrl: w.sandbox.workflowTriggerUrl, workflowTriggerSecret: w.sandbox.workflowTriggerSecret }),
    params: () => ({ event_type: 'deploy.finished', additional_fields: { data: { values: [{ name: 'service', value: 'billing' }] } } }),
    check: (output, _s, w) => {
      expect(output).toEqual([expect.objectContaining({ event_type: 'deploy.finished' })]);
      // the Workflow Trigger URL got the event, without the API key
      expect(w.sent.map((r) => r.url)).toEqual([w.sandbox.workflowTriggerUrl]);
    },
  },
  {
    resource: 'invitation',
    operation: 'invite_user',
    params: (s) => ({ users: ['new.hire@acme-robotics.example'], additional_fields: { teams: rowsOf(s.demo.engineeringTeam) } }),
    check: (output, s) => {
      expect(output).toEqual([expect.objectContaining({ invited_count: 1, invited_emails: ['new.hire@acme-robotics.example'] })]);
      expect([...s.invitations.values()]).toEqual([expect.objectContaining({ identifier: 'new.hire@acme-robotics.example', teams: [s.demo.engineeringTeam] })]);
    },
  },
  {
    resource: 'checkinResponse',
    operation: 'submit_checkin_response',
    params: (s) => {
      const { standup, questions } = ownerPending(s);
      const answers = ['Shipped the export', 'Release notes', 'No'];
      return { checkin: byId(standup.id), fields: { mappingMode: 'defineBelow', value: Object.fromEntries(questions.map((q, i) => [`answer_${q.uuid}`, answers[i]])) } };
    },
    check: (output, s) => {
      expect(s.responses.get(String(output[0]!.uuid))).toMatchObject({ user: s.demo.owner, date: s.today() });
      expect(output[0]).toMatchObject({ checkin_uuid: s.demo.standup, replaced: false });
    },
  },
  {
    resource: 'checkinResponse',
    operation: 'find_checkin_responses',
    params: (s) => ({ checkin: byId(s.demo.standup) }),
    check: (output, s) => {
      expect(output).toEqual([expect.objectContaining({ checkin_uuid: s.demo.standup })]);
    },
  },
  {
    resource: 'standUpUpdate',
    operation: 'post_standup_update',
    params: (s) => {
      ownerPending(s);
      return { doing: 'Reviewing the release notes' };
    },
    check: (output, s) => {
      expect(output).toEqual([expect.objectContaining({ checkins: expect.arrayContaining([{ name: 'Daily Standup', action: expect.stringMatching(/^(created|updated)$/) }]) })]);
      expect(s.standupAdditions.map((a) => a.checkin)).toContain(s.demo.standup);
    },
  },
  {
    resource: 'agentReport',
    operation: 'log_agent_report',
    params: (s) => {
      const { owner } = ownerPending(s);
      return { agent_name: 'CI pipeline', content: 'Build 412 passed on main.', additional_fields: { completed: ['Build 412 passed'], co_authors: rowsOf(owner.email!) } };
    },
    check: (output, s) => {
      const [report] = s.agentReports;
      expect(report).toMatchObject({ agent_name: 'CI pipeline', content: 'Build 412 passed on main.', is_milestone: false });
      expect(output).toEqual([
        expect.objectContaining({ id: report!.id, url: `https://app.dailybot.com/agents/report/${report!.id}`, co_authors: [expect.objectContaining({ uuid: s.demo.owner })] }),
      ]);
    },
  },
  {
    resource: 'mood',
    operation: 'track_mood',
    params: () => ({ score: '4' }),
    check: (output, s) => {
      expect(s.moodOf(s.demo.owner, s.today())).toMatchObject({ score: 4 });
      expect(output).toEqual([expect.objectContaining({ score: 4, score_label: 'Good' })]);
    },
  },
  {
    resource: 'team',
    operation: 'find_team',
    params: () => ({ query: 'engineering' }),
    check: (output, s) => {
      expect(output).toEqual([expect.objectContaining({ id: s.demo.engineeringTeam, name: 'Engineering' })]);
    },
  },
  {
    resource: 'checkin',
    operation: 'find_checkin',
    params: () => ({ name: 'daily standup' }),
    check: (output, s) => {
      expect(output).toEqual([expect.objectContaining({ uuid: s.demo.standup })]);
    },
  },
  {
    resource: 'nonRespondent',
    operation: 'find_checkin_non_respondents',
    params: (s) => ({ checkin: byId(s.demo.standup), additional_fields: { date: s.today() } }),
    check: (output, s) => {
      expect(output).toEqual([expect.objectContaining({ checkin_uuid: s.demo.standup })]);
    },
  },
  {
    resource: 'formResponse',
    operation: 'find_form_response',
    params: (s) => ({ form: byId(s.demo.vacationForm), additional_fields: { response: byId(s.listFormResponses(s.demo.vacationForm)[0]!.uuid) } }),
    check: (output, s) => {
      const [newest] = s.listFormResponses(s.demo.vacationForm);
      expect(output).toEqual([expect.objectContaining({ response_uuid: newest!.uuid, form_name: 'Vacation request', response_count: 1 })]);
    },
  },
  {
    resource: 'formResponse',
    operation: 'update_form_response',
    params: (s) => {
      const text = s.template(s.form(s.demo.vacationForm).template).questions.find((q) => q.question_type === 'text')!;
      return { form: byId(s.demo.vacationForm), response: byId(requestedVacation(s).uuid), fields: { mappingMode: 'defineBelow', value: { [`answer_${text.uuid}`]: 'Sam, then Lee' } } };
    },
    check: (output, s) => {
      const [changed] = output as Array<{ response_uuid: string }>;
      expect(Object.values(s.formResponses.get(changed!.response_uuid)!.content)).toContain('Sam, then Lee');
    },
  },
  {
    resource: 'formResponse',
    operation: 'delete_form_response',
    params: (s) => ({ form: byId(s.demo.vacationForm), response: byId(s.listFormResponses(s.demo.vacationForm).at(-1)!.uuid) }),
    check: (output, s) => {
      const [gone] = output as Array<{ uuid: string }>;
      expect(output).toEqual([{ uuid: gone!.uuid, deleted: true }]);
      expect(s.formResponses.has(gone!.uuid)).toBe(false);
    },
  },
];


describe('DailyBot node operations against the sandbox', () => {
  it.each(ROWS.map((row) => [row.operation, row] as const))('%s', async (_op, row) => {
    const w = world();
    const s = w.sandbox.state;
    const before = row.setup ? await row.setup(s, w) : undefined;
    w.sent.length = 0;
    const items = await execute(w, { resource: row.resource, operation: row.operation, ...row.params(s, w, before) }, row.credential?.(w));
    for (const item of items) expect(item.pairedItem).toEqual({ item: 0 });
    row.check(
      items.map((i) => i.json),
      s,
      w,
      before,
    );
    // the key went to the API only
    for (const r of w.sent) {
      if (r.url.startsWith(w.sandbox.apiUrl)) expect(r.headers['X-API-KEY']).toBe(w.sandbox.apiKey);
      else expect(Object.keys(r.headers).map((k) => k.toLowerCase())).not.toContain('x-api-key');
    }
  });

  it('every operation of the node has a row here', () => {
    const covered = ROWS.map((r) => r.operation);
    expect(Object.keys(operationPlans).filter((op) => op !== 'sendAndWait' && !covered.includes(op))).toEqual([]);
    for (const row of ROWS) expect(actionProperties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === row.resource)).toBeDefined();
  });

  it('people picked from the list search are the IDs the step sends', async () => {
    const w = world();
    const s = w.sandbox.state;
    const priya = who(s, 'Priya Natarajan');
    await execute(w, { resource: 'message', operation: 'send_message', message: 'Hi', target_users: { values: [{ value: byId(priya.uuid) }] } });
    expect(outbox(s, 'message')[0]).toMatchObject({ target_users: [priya.uuid] });
  });
});
