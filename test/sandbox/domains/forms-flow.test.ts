/**
 * Forms with an approval flow and workflow states (DailyBot's CLI forms skill): the form detail, a
 * submission checked against the questions, moving a response between states with its audience and
 * final-state rules, the state and approval filters, and the plan's response quota.
 */
import { api, call, useSandbox } from '../helpers';

const sandbox = useSandbox({ users: 25, now: '2025-03-12T15:00:00Z' });
const demo = () => sandbox.state.demo;
const questionsOf = (form: string) => sandbox.state.template(sandbox.state.form(form).template).questions;
const vacationAnswers = () => {
  const [start, end, cover] = questionsOf(demo().vacationForm);
  return { [start!.uuid]: '2025-04-01', [end!.uuid]: '2025-04-04', [cover!.uuid]: 'Sam covers.' };
};
const responsesOf = (form: string) => [...sandbox.state.formResponses.values()].filter((r) => r.form === form);

describe('form detail', () => {
  it('has the canonical shape: questions, workflow states in order, approval, audiences', async () => {
    const { status, body } = await api(sandbox, 'GET', `/forms/${demo().vacationForm}/`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      uuid: demo().vacationForm,
      name: 'Vacation request',
      use_for_approval: true,
      require_email_and_name: false,
      allow_reopen_from_final_state: false,
      workflow: { enabled: true, states: [{ key: 'requested', order: 0 }, { key: 'in_review', order: 1 }, { key: 'approved', order: 2 }] },
      who_can_change_states: { mode: 'everyone' },
    });
    expect(body.questions[0]).toMatchObject({ index: 0, question: 'When does your vacation start?', question_type: 'date', required: true, short_question: 'Start date', choices: [] });
    const feedback = await api(sandbox, 'GET', `/forms/${demo().anonymousForm}/`);
    expect(feedback.body).toMatchObject({ workflow: null, use_for_approval: false, is_anonymous: true });
    expect((await api(sandbox, 'GET', '/forms/00000000-0000-4000-8000-000000000000/')).body.code).toBe('form_does_not_exists');
  });
});

describe('submitting', () => {
  it('files a response at the first state, pending approval, by automation with a guest; fires forms.response.created', async () => {
    const { status, body } = await api(sandbox, 'POST', `/forms/${demo().vacationForm}/responses/`, {
      body: { content: vacationAnswers(), automation: true, guest_user: { full_name: 'Ann Lee', email: 'ann@example.com' }, submission_source: 'Zapier' },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ current_state: 'requested', flow_status: 'pending', can_change_state: true, state_history: [{ from_state: null, to_state: 'requested', actor_name: 'Ann Lee' }] });
    expect(sandbox.state.formResponses.get(body.uuid)).toMatchObject({ source: 'automation', guest: { full_name: 'Ann Lee', email: 'ann@example.com' } });
  });

  it.each([
    ['a missing required answer', (a: Record<string, string>) => ({ ...a, [Object.keys(a)[0]!]: '' })],
    ['a date that is not one', (a: Record<string, string>) => ({ ...a, [Object.keys(a)[1]!]: 'next week' })],
    ['an answer to no question', (a: Record<string, string>) => ({ ...a, 'not-a-question': 'x' })],
  ])('refuses %s with “response is not valid”', async (_name, change) => {
    const { status, body } = await api(sandbox, 'POST', `/forms/${demo().vacationForm}/responses/`, { body: { content: change(vacationAnswers()) } });
    expect([status, body.detail]).toEqual([400, 'response is not valid']);
  });

  it('needs a guest for an automation on a form that requires name and email, and answers 402 once the quota is used up', async () => {
    const [request, urgency] = questionsOf(demo().itHelpForm);
    const content = { [request!.uuid]: 'A new keyboard', [urgency!.uuid]: 'low' };
    const noGuest = await api(sandbox, 'POST', `/forms/${demo().itHelpForm}/responses/`, { body: { content, automation: true } });
    expect([noGuest.status, noGuest.body.code]).toEqual([400, 'guest_user_required']);
    await call(sandbox, 'PUT', '/_sandbox/forms/quota', { body: { remaining: 0 } });
    const over = await api(sandbox, 'POST', `/forms/${demo().vacationForm}/responses/`, { body: { content: vacationAnswers() } });
    expect(over.status).toBe(402);
  });
});

describe('moving between states', () => {
  it('moves with a note (forms.response.updated), and refuses an unknown state', async () => {
    const r = responsesOf(demo().vacationForm).find((x) => x.current_state === 'requested')!;
    const moved = await api(sandbox, 'POST', `/forms/${demo().vacationForm}/responses/${r.uuid}/transition/`, { body: { to_state: 'in_review', note: 'Looking' } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ current_state: 'in_review' });
    expect(moved.body.state_history.at(-1)).toMatchObject({ from_state: 'requested', to_state: 'in_review', note: 'Looking', actor_name: 'Alex Rivera' });
    const bad = await api(sandbox, 'POST', `/forms/${demo().vacationForm}/responses/${r.uuid}/transition/`, { body: { to_state: 'booked' } });
    expect([bad.status, bad.body.code]).toEqual([400, 'invalid_workflow_state']);
  });

  it('keeps a response in the final state (final_state_locked), and lets only the restricted audience move (forbidden)', async () => {
    const done = responsesOf(demo().vacationForm).find((x) => x.current_state === 'approved')!;
    const locked = await api(sandbox, 'POST', `/forms/${demo().vacationForm}/responses/${done.uuid}/transition/`, { body: { to_state: 'requested' } });
    expect([locked.status, locked.body.code]).toEqual([403, 'final_state_locked']);
    const it = responsesOf(demo().itHelpForm)[0]!;
    const forbidden = await api(sandbox, 'POST', `/forms/${demo().itHelpForm}/responses/${it.uuid}/transition/`, { body: { to_state: 'done' } });
    expect([forbidden.status, forbidden.body.code]).toEqual([403, 'form_response_change_state_forbidden']);
    const other = await api(sandbox, 'POST', `/forms/${demo().anonymousForm}/responses/${it.uuid}/transition/`, { body: { to_state: 'done' } });
    expect([other.status, other.body.code]).toEqual([404, 'form_response_not_found']);
  });
});

describe('listing by approval status and state', () => {
  it('filters on flow_status and state, newest first (order=recent); a state on a form without workflow is 400', async () => {
    const pending = responsesOf(demo().vacationForm).find((x) => x.flow_status === 'pending')!;
    await call(sandbox, 'POST', `/_sandbox/form-responses/${pending.uuid}/decision`, { body: { status: 'approved' } });
    const approved = await api(sandbox, 'GET', `/forms/${demo().vacationForm}/responses/?all=true&order=recent&flow_status=approved`);
    expect(approved.body.results.map((r: { uuid: string }) => r.uuid)[0]).toBe(pending.uuid);
    expect(approved.body.results.every((r: { flow_status: string }) => r.flow_status === 'approved')).toBe(true);
    const inState = await api(sandbox, 'GET', `/forms/${demo().vacationForm}/responses/?all=true&state=requested`);
    expect(inState.body.results.every((r: { current_state: string }) => r.current_state === 'requested')).toBe(true);
    const noWorkflow = await api(sandbox, 'GET', `/forms/${demo().anonymousForm}/responses/?all=true&state=requested`);
    expect([noWorkflow.status, noWorkflow.body.code]).toEqual([400, 'invalid_workflow_state']);
    // flow_status is ignored on a form without an approval flow (the CLI skill says so)
    const ignored = await api(sandbox, 'GET', `/forms/${demo().anonymousForm}/responses/?all=true&flow_status=approved`);
    expect(ignored.body.count).toBe(responsesOf(demo().anonymousForm).length);
  });
});
