/**
 * Issue 13's steps against the sandbox over real sockets: form approvals (polling), submitting and
 * moving form responses, running workflows, non-respondents and invitations; each checked where it
 * lands (the sandbox's organization and outbox) and by the requests it made.
 */
import { creates } from '../../src/creates';
import { calls, ISSUE_13_STEPS, outboxOf, person, useHarness } from './support';

const harness = useHarness();

const tested = new Set<string>();
const step = (key: string): string => {
  tested.add(key);
  return key;
};

const vacationResponses = (h: ReturnType<typeof harness>) => [...h.sandbox.state.formResponses.values()].filter((r) => r.form === h.sandbox.state.demo.vacationForm);

describe('form_response_state_changed', () => {
  it('fires for an approved request once, keyed by response and status; again when a new one is approved', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const poll = () => h.run<Array<Record<string, unknown>>>(h.fn('triggers', step('form_response_state_changed')), { inputData: { form: state.demo.vacationForm, status: 'approved' } });
    const first = await poll();
    expect(calls(first.requests)).toEqual([`GET /v1/forms/${state.demo.vacationForm}/responses/`]);
    expect(first.requests[0]!.url).toContain('flow_status=approved');
    const approvedBefore = vacationResponses(h).filter((r) => r.flow_status === 'approved');
    expect(first.output.map((i) => i.id)).toEqual(approvedBefore.map((r) => `${r.uuid}:approved`));

    const pending = vacationResponses(h).find((r) => r.flow_status === 'pending')!;
    state.decideFormResponse(pending.uuid, 'approved', state.users.get(state.demo.manager)!);
    const second = await poll();
    expect(second.output[0]).toMatchObject({
      id: `${pending.uuid}:approved`,
      response_uuid: pending.uuid,
      flow_status: 'approved',
      current_state: 'approved',
      user_uuid: pending.user,
      question_3: 'Who covers for you while you are away?',
    });
    expect((second.output[0]!.state_history as Array<{ to_state: string }>)[0]).toMatchObject({ to_state: 'approved', actor_name: 'Priya Natarajan' });
  });

  it('watches one workflow state from the dropdown list_form_states', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const states = await h.run(h.fn('triggers', 'list_form_states'), { inputData: { form: state.demo.vacationForm } });
    expect(states.output).toEqual([
      { id: 'requested', name: 'Requested' },
      { id: 'in_review', name: 'In review' },
      { id: 'approved', name: 'Approved' },
    ]);
    const r = vacationResponses(h).find((x) => x.current_state === 'requested')!;
    state.moveFormResponse(r.uuid, 'in_review', state.users.get(state.demo.manager)!);
    const run = await h.run<Array<Record<string, unknown>>>(h.fn('triggers', 'form_response_state_changed'), { inputData: { form: state.demo.vacationForm, state: 'in_review' } });
    expect(run.output.map((i) => i.id)).toEqual([`${r.uuid}:in_review`]);
  });
});

describe('submit_form_response and change_form_response_state', () => {
  it('the form’s questions become fields; a submission lands at the first state; a move follows it', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const form = state.demo.vacationForm;
    // the step's last input field is the function that turns the form's questions into fields
    const dynamic = (creates.submit_form_response!.operation.inputFields as unknown[]).at(-1);
    const questions = await h.run<Array<{ key: string; label: string; required: boolean }>>(dynamic, { inputData: { form } });
    expect(questions.output.map((q) => q.label)).toEqual(['When does your vacation start?', 'When are you back?', 'Who covers for you while you are away?']);
    const [start, end, cover] = questions.output.map((q) => q.key);

    const submitted = await h.create(step('submit_form_response'), {
      form,
      [start!]: '2030-07-01',
      [end!]: '2030-07-05',
      [cover!]: 'Sam covers the on-call.',
      guest_full_name: 'Ann Lee',
      guest_email: 'ann@example.com',
    });
    expect(calls(submitted.requests)).toEqual([`GET /v1/forms/${form}/`, `POST /v1/forms/${form}/responses/`]);
    const uuid = submitted.output.id as string;
    expect(state.formResponses.get(uuid)).toMatchObject({ source: 'automation', current_state: 'requested', flow_status: 'pending', guest: { full_name: 'Ann Lee' } });
    expect(submitted.output).toMatchObject({ current_state: 'requested', flow_status: 'pending', form_name: 'Vacation request' });

    const moved = await h.create(step('change_form_response_state'), { form, response: uuid, to_state: 'approved', note: 'Enjoy!' });
    expect(calls(moved.requests)).toEqual([`POST /v1/forms/${form}/responses/${uuid}/transition/`]);
    expect(state.formResponses.get(uuid)!.current_state).toBe('approved');
    expect(moved.output).toMatchObject({ current_state: 'approved', allowed_transitions: [] });

    const locked = await h.create('change_form_response_state', { form, response: uuid, to_state: 'requested' }).catch((e: Error) => e);
    expect(String((locked as Error).message)).toContain('already in the form’s final state');
  });

  it('checks answers before sending; guest_user_required, quota (402) and a forbidden move said plainly', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const mark = h.mark();
    const bad = await h.create('submit_form_response', { form: state.demo.itHelpForm }).catch((e: Error) => e);
    expect(String((bad as Error).message)).toContain('is required by the form');
    expect(calls(h.requestsSince(mark))).toEqual([`GET /v1/forms/${state.demo.itHelpForm}/`]);
    const [request, urgency] = state.template(state.form(state.demo.itHelpForm).template).questions;
    const answers = { form: state.demo.itHelpForm, [`answer_${request!.uuid}`]: 'A new keyboard', [`answer_${urgency!.uuid}`]: 'low' };
    const guest = await h.create('submit_form_response', answers).catch((e: Error) => e);
    expect(String((guest as Error).message)).toContain('Fill in “Guest Full Name” and “Guest Email”');

    state.setFormResponseQuota(0);
    const over = await h.create('submit_form_response', { ...answers, guest_full_name: 'Ann', guest_email: 'ann@example.com' }).catch((e: Error) => e);
    expect(String((over as Error).message)).toContain('used up the form responses its plan allows');

    const it = [...state.formResponses.values()].find((r) => r.form === state.demo.itHelpForm)!;
    const forbidden = await h.create('change_form_response_state', { form: state.demo.itHelpForm, response: it.uuid, to_state: 'done' }).catch((e: Error) => e);
    expect(String((forbidden as Error).message)).toContain('not among the people this form lets change the state');
  });
});

describe('trigger_workflow', () => {
  it('offers only API-triggerable workflows and runs one with its data', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const options = await h.run<Array<{ id: string }>>(h.fn('triggers', 'list_workflows'), { meta: { page: 0 } } as never);
    expect(options.output.map((o) => o.id)).toEqual([state.demo.vacationWorkflow, state.demo.frozenWorkflow]);
    const run = await h.create(step('trigger_workflow'), { workflow: state.demo.vacationWorkflow, payload: { requester: 'priya.natarajan@acme-robotics.example', days: '5' } });
    expect(calls(run.requests)).toEqual([`POST /v1/workflows/${state.demo.vacationWorkflow}/trigger/`]);
    expect(run.output).toEqual({ queued: true, workflow_uuid: state.demo.vacationWorkflow, detail: 'Workflow trigger accepted.' });
    expect(outboxOf(h, 'workflow')).toEqual([expect.objectContaining({ workflow: state.demo.vacationWorkflow, payload: { requester: 'priya.natarajan@acme-robotics.example', days: '5' } })]);
  });

  it('frozen, not triggerable and off the plan each end in a clear error', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const message = async (input: Record<string, unknown>) => String(((await h.create('trigger_workflow', input).catch((e: Error) => e)) as Error).message);
    expect(await message({ workflow: state.demo.frozenWorkflow })).toContain('Upgrade the plan, or unfreeze the workflow');
    expect(await message({ workflow: state.demo.digestWorkflow })).toContain('either it does not start “When triggered via API or button”, or it is inactive');
    state.setWorkflowsOnPlan(false);
    expect(await message({ workflow: state.demo.vacationWorkflow })).toContain('Upgrade at https://app.dailybot.com/billing');
    expect(outboxOf(h, 'workflow')).toEqual([]);
  });
});

describe('find_checkin_non_respondents', () => {
  it('who has not answered today, with emails from the directory; an anonymous check-in is refused', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const today = state.today();
    const pending = state.pendingUsers(state.checkin(state.demo.standup), today);
    expect(pending.length).toBeGreaterThan(0);
    const run = await h.search(step('find_checkin_non_respondents'), { checkin: state.demo.standup, date: today });
    expect(calls(run.requests)).toEqual(['GET /v1/checkins/', 'GET /v1/users/']);
    expect(run.output).toEqual([
      expect.objectContaining({
        checkin_uuid: state.demo.standup,
        pending_count: pending.length,
        pending_emails: pending.map((u) => u.email).join(', '),
        pending_users: pending.map((u) => expect.objectContaining({ uuid: u.uuid, full_name: u.full_name, email: u.email })),
      }),
    ]);
    const anonymous = [...state.checkins.values()].find((c) => c.is_anonymous)!;
    const refused = await h.search('find_checkin_non_respondents', { checkin: anonymous.id }).catch((e: Error) => e);
    expect(String((refused as Error).message)).toContain('is an anonymous check-in');
  });

  it('everyone answered: pending_count 0, and no directory read', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const checkin = state.checkin(state.demo.standup);
    for (const user of state.pendingUsers(checkin, state.today())) state.completeCheckinResponse(state.demo.standup, { user: user.uuid, blocker: false });
    const run = await h.search('find_checkin_non_respondents', { checkin: state.demo.standup, date: state.today() });
    expect(run.output).toEqual([expect.objectContaining({ pending_count: 0, pending_users: [], pending_emails: '' })]);
    expect(calls(run.requests)).toEqual(['GET /v1/checkins/']);
  });
});

describe('invite_user', () => {
  it('invites newcomers into a team and a check-in, and names who already was a member', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const priya = person(h, 'Priya Natarajan');
    const run = await h.create(step('invite_user'), {
      users: `new.hire@acme-robotics.example, ${priya.email}`,
      teams: [state.demo.engineeringTeam],
      checkins: [state.demo.standup],
    });
    expect(calls(run.requests)).toEqual(['POST /v1/invite-user/']);
    expect(run.output).toMatchObject({ invited_count: 1, invited_emails: ['new.hire@acme-robotics.example'], already_members_count: 1, already_members_emails: [priya.email] });
    expect([...state.invitations.values()]).toEqual([
      expect.objectContaining({ identifier: 'new.hire@acme-robotics.example', teams: [state.demo.engineeringTeam], checkins: [state.demo.standup] }),
    ]);
  });
});

it('covers every step of issue 13 (the action and search e2e files count them as covered here)', () => {
  expect([...tested].sort()).toEqual([...ISSUE_13_STEPS].sort());
});
