/**
 * Version 3's form response steps and Send Workflow Event against the sandbox over real sockets, each
 * checked where it lands (the sandbox's form responses and outbox) and by the requests it made.
 */
import { calls, FORM_RESPONSE_STEPS, outboxOf, useHarness } from './support';

const harness = useHarness();

const tested = new Set<string>();
const step = (key: string): string => {
  tested.add(key);
  return key;
};

const vacation = (h: ReturnType<typeof harness>) =>
  h.sandbox.state.listFormResponses(h.sandbox.state.demo.vacationForm).filter((r) => r.form === h.sandbox.state.demo.vacationForm);

describe('list_form_responses and find_form_response', () => {
  it('the Response dropdown lists the form’s responses newest first, labelled who, when and state', async () => {
    const h = harness();
    const form = h.sandbox.state.demo.vacationForm;
    const run = await h.run<Array<{ id: string; name: string }>>(h.fn('triggers', step('list_form_responses')), { inputData: { form }, meta: { page: 0 } } as never);
    expect(calls(run.requests)).toEqual([`GET /v1/forms/${form}/responses/`]);
    expect(run.output.map((o) => o.id)).toEqual(vacation(h).map((r) => r.uuid));
    const [newest] = vacation(h);
    const who = h.sandbox.state.users.get(newest!.user!)!.full_name;
    expect(run.output[0]!.name).toMatch(new RegExp(`^${who} · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC · ${newest!.current_state}$`));
  });

  it('finds one response by its ID, with its answers in the form’s question order: two requests', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const form = state.demo.vacationForm;
    const [target] = vacation(h).slice(-1);
    const run = await h.search(step('find_form_response'), { form, response: target!.uuid });
    expect(calls(run.requests)).toEqual([`GET /v1/forms/${form}/responses/${target!.uuid}/`, `GET /v1/forms/${form}/`]);
    const [question] = state.template(state.form(form).template).questions;
    expect(run.output[0]).toMatchObject({
      response_uuid: target!.uuid,
      form_uuid: form,
      form_name: 'Vacation request',
      question_1: question!.question,
      answer_1: target!.content[question!.uuid],
      current_state: target!.current_state,
      response_count: 1,
    });
    const miss = await h.search('find_form_response', { form, response: '00000000-0000-4000-8000-000000000000' });
    expect([miss.output, calls(miss.requests).length]).toEqual([[], 1]);
  });

  it('finds by person (email), approval status and text; every match as line items', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const form = state.demo.vacationForm;
    const approved = vacation(h).filter((r) => r.flow_status === 'approved' && r.user && !r.is_anonymous);
    const someone = state.users.get(approved[0]!.user!)!;
    const theirs = approved.filter((r) => r.user === someone.uuid);
    const run = await h.search('find_form_response', { form, user: someone.email, status: 'approved' });
    expect(calls(run.requests)).toEqual(['GET /v1/users/', `GET /v1/forms/${form}/responses/`, `GET /v1/forms/${form}/`]);
    expect(run.output[0]).toMatchObject({ response_count: theirs.length, user_email: someone.email, flow_status: 'approved' });
    expect((run.output[0]!.responses as Array<{ response_uuid: string }>).map((r) => r.response_uuid)).toEqual(theirs.map((r) => r.uuid));

    const answer = Object.values(theirs[0]!.content).find((text) => text.length > 6)!;
    const byText = await h.search('find_form_response', { form, search: answer.slice(1, -1) });
    expect((byText.output[0]!.responses as Array<{ response_uuid: string }>).map((r) => r.response_uuid)).toContain(theirs[0]!.uuid);
    const none = await h.search('find_form_response', { form, search: 'no answer says this 7f3a' });
    expect([none.output, calls(none.requests)]).toEqual([[], [`GET /v1/forms/${form}/responses/`]]);
  });
});

describe('update_form_response and delete_form_response', () => {
  /** A vacation request that is not the key owner's, and the form's text question. */
  const target = (h: ReturnType<typeof harness>) => {
    const { state } = h.sandbox;
    const r = vacation(h).find((x) => x.user && x.user !== state.demo.owner)!;
    const text = state.template(state.form(state.demo.vacationForm).template).questions.find((q) => q.question_type === 'text')!;
    return { r, text, form: state.demo.vacationForm };
  };

  it('changes only the answer filled in (DailyBot merges it); the output is Find Form Response’s', async () => {
    const h = harness();
    const { r, text, form } = target(h);
    const before = { ...r.content };
    const run = await h.create(step('update_form_response'), { form, response: r.uuid, [`answer_${text.uuid}`]: 'Sam, then Lee' });
    expect(calls(run.requests)).toEqual([`GET /v1/forms/${form}/`, `PATCH /v1/forms/${form}/responses/${r.uuid}/`]);
    expect(h.sandbox.state.formResponses.get(r.uuid)!.content).toEqual({ ...before, [text.uuid]: 'Sam, then Lee' });
    expect(run.output).toMatchObject({ response_uuid: r.uuid, form_name: 'Vacation request', current_state: r.current_state, response_count: 1 });
    expect(Object.values(run.output)).toContain('Sam, then Lee');
  });

  it('someone else’s response: both ways DailyBot may refuse (403 and 404) are said as a matter of permission', async () => {
    const h = harness();
    const { r, text, form } = target(h);
    const edit = async () => String(((await h.create('update_form_response', { form, response: r.uuid, [`answer_${text.uuid}`]: 'x' }).catch((e: Error) => e)) as Error).message);
    h.sandbox.state.setFormResponseEditRefusal('403');
    expect(await edit()).toContain('only its author, the form’s owner and organization admins may');
    h.sandbox.state.setFormResponseEditRefusal('404');
    expect(await edit()).toContain('lets only the person who submitted a response edit it');
    const del = await h.create('delete_form_response', { form, response: r.uuid }).catch((e: Error) => e);
    expect(String((del as Error).message)).toContain('does not let the API key’s owner delete this response');
    expect(h.sandbox.state.formResponses.get(r.uuid)!.content).not.toHaveProperty(text.uuid, 'x');
  });

  it('deletes a response for good', async () => {
    const h = harness();
    const { r, form } = target(h);
    const run = await h.create(step('delete_form_response'), { form, response: r.uuid });
    expect(calls(run.requests)).toEqual([`DELETE /v1/forms/${form}/responses/${r.uuid}/`]);
    expect(run.output).toEqual({ uuid: r.uuid, deleted: true });
    expect(h.sandbox.state.formResponses.has(r.uuid)).toBe(false);
  });
});

describe('send_workflow_event', () => {
  it('posts the event to the Workflow Trigger URL with the secret and no API key; the outbox has it', async () => {
    const h = harness();
    const run = await h.create(step('send_workflow_event'), { event_type: 'deploy_complete', data: { service: 'billing', event_type: 'sneaky' } });
    expect(run.output).toEqual({ event_id: expect.any(String), event_type: 'deploy_complete', sent: true });
    expect(calls(run.requests)).toEqual([`POST ${new URL(h.sandbox.workflowTriggerUrl).pathname}`]);
    expect(run.requests[0]!.headers).not.toHaveProperty('x-api-key');
    expect(outboxOf(h, 'workflow_event')).toEqual([expect.objectContaining({ event_type: 'deploy_complete', fields: { service: 'billing', event_id: run.output.event_id }, secret_ok: true })]);
  });

  it('a replaced Workflow Trigger URL says to copy it again, without showing it', async () => {
    const h = harness();
    const stale = h.sandbox.workflowTriggerUrl.replace(/[0-9a-f]{32}\/$/, '0123456789abcdef0123456789abcdef/');
    const error = (await h
      .run(h.fn('creates', 'send_workflow_event'), { inputData: { event_type: 'deploy_complete' }, authData: { ...h.authData, workflow_trigger_url: stale } })
      .catch((e: Error) => e)) as Error;
    expect(error.message).toContain('Copy the URL (and the secret, if you set one) again');
    expect(error.message).not.toContain('0123456789abcdef');
    expect(outboxOf(h, 'workflow_event')).toEqual([]);
  });
});

it('covers every step it lists', () => {
  expect([...tested].sort()).toEqual([...FORM_RESPONSE_STEPS].sort());
});
