/**
 * Version 3's form response steps and Send Workflow Event in the requests section (bench/requests.ts):
 * each run once against the sandbox with a typical input, beside its minimum (bench/minimums.ts).
 */
import type { Harness, StepRun } from '../sandbox/harness';

/** bench/requests.ts's `step`: runs one step and records its row. */
export type MeasureStep = (label: string, minId: string, run: () => Promise<StepRun<unknown>>, people?: readonly string[]) => Promise<StepRun<unknown> | undefined>;

export const measureFormResponseSteps = async (h: Harness, step: MeasureStep): Promise<void> => {
  const { state } = h.sandbox;
  const form = state.demo.vacationForm;
  await step('list_form_responses · dropdown page', 'dropdown page', () => h.run(h.fn('triggers', 'list_form_responses'), { inputData: { form }, meta: { page: 0 } } as never));
  const [response] = state.listFormResponses(form);
  await step('find_form_response · ID', 'find_form_response · ID', () => h.search('find_form_response', { form, response: response!.uuid }));
  await step('find_form_response · filters', 'find_form_response · filters', () => h.search('find_form_response', { form, status: 'approved', date_from: '2000-01-01' }));
  const text = state.template(state.form(form).template).questions.find((q) => q.question_type === 'text')!;
  const someoneElses = state.listFormResponses(form).filter((r) => r.user && r.user !== state.demo.owner);
  await step('update_form_response', 'update_form_response', () => h.create('update_form_response', { form, response: someoneElses[0]!.uuid, [`answer_${text.uuid}`]: 'Sam covers.' }));
  await step('delete_form_response', 'delete_form_response', () => h.create('delete_form_response', { form, response: someoneElses.at(-1)!.uuid }));
  await step('send_workflow_event', 'send_workflow_event', () => h.create('send_workflow_event', { event_type: 'deploy_complete', data: { service: 'billing', version: '2.1.0' } }));
};
