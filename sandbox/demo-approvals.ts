/**
 * The demo's second Zap (issue 13): a vacation request is approved → the requester gets a message →
 * a DailyBot workflow runs.
 *
 *   Form Response Approved, Denied or Moved (polling) → Send Message (to the requester) → Run Workflow
 *
 * Polling as Zapier does it: the first poll only fills the dedupe table (requests approved before the
 * Zap was on do not fire), a member files a request and the manager approves it in DailyBot, the next
 * poll gives exactly the new approval, and the actions run with its fields.
 */
import { heading, row, showRequests, showVerbose } from './demo-print';
import type { Harness, StepRun } from './harness';

type Item = Record<string, unknown>;

export interface DemoSteps {
  begin(title: string): number;
  finish<R extends StepRun<unknown>>(run: R): R;
  expectThat(ok: unknown, why: string): void;
  title(): string;
}

const text = (item: Item, key: string): string => (typeof item[key] === 'string' ? (item[key] as string) : '');

export const approvalZap = async (h: Harness, { begin, finish, expectThat, title }: DemoSteps): Promise<void> => {
  const { state } = h.sandbox;
  const demo = state.demo;
  const form = state.form(demo.vacationForm);
  const manager = state.users.get(demo.manager)!;
  const poll = () => h.run<Item[]>(h.fn('triggers', 'form_response_state_changed'), { inputData: { form: form.id, status: 'approved' } });

  console.log('\nA second Zap: Form Response Approved → Send Message → Run Workflow');

  // first poll: Zapier remembers what is there, and fires for none of it
  let n = begin('Turn on “Form Response Approved, Denied or Moved” (first poll)');
  const first = finish(await poll());
  heading(n, title(), first.ms);
  row('inputs', `form = ${form.name}, status = approved`);
  row('seen', `${first.output.length} approved request(s) already there: remembered, not fired (Zapier's dedupe)`);
  showRequests(first.requests);
  const seen = new Set(first.output.map((item) => text(item, 'id')));

  // a member asks for time off, the manager approves it in DailyBot
  n = begin('A member requests vacation; the manager approves it (sandbox)');
  const requester = [...state.users.values()].find((u) => u.is_active && u.role === 'MEMBER' && u.uuid !== manager.uuid)!;
  const started = performance.now();
  const request = state.createFormResponse(form.id, { user: requester.uuid, answers: ['2030-07-01', '2030-07-05', 'Sam covers the on-call.'] });
  state.decideFormResponse(request.uuid, 'approved', manager);
  heading(n, title(), performance.now() - started);
  row('request', `${requester.full_name}: 2030-07-01 to 2030-07-05`);
  row('approved', `by ${manager.full_name}`);

  // the next poll: exactly the new approval
  n = begin('The next poll finds the approval (perform)');
  const second = finish(await poll());
  const fresh = second.output.filter((item) => !seen.has(text(item, 'id')));
  heading(n, title(), second.ms);
  expectThat(fresh.length === 1 && text(fresh[0]!, 'response_uuid') === request.uuid, 'The poll did not give exactly the new approval.');
  const approval = fresh[0]!;
  row('new item', `${text(approval, 'id').slice(0, 8)}…:approved (${text(approval, 'user_full_name')}, state ${text(approval, 'current_state')})`);
  showRequests(second.requests);
  showVerbose('output', approval);

  // tell the requester
  n = begin('Send Message to the requester');
  const message = `🌴 Your vacation (${text(approval, 'answer_1')} to ${text(approval, 'answer_2')}) is approved. Enjoy!`;
  const sent = finish(await h.create('send_message', { message, target_users: text(approval, 'user_email') }));
  heading(n, title(), sent.ms);
  row('inputs', `target_users = ${text(approval, 'user_email')}`);
  row('', `message = ${message}`);
  showRequests(sent.requests);

  // run the calendar workflow
  n = begin('Run Workflow “Vacation approved: update the team calendar”');
  const payload = { requester: text(approval, 'user_email'), start: text(approval, 'answer_1'), end: text(approval, 'answer_2') };
  const run = finish(await h.create('trigger_workflow', { workflow: demo.vacationWorkflow, payload }));
  heading(n, title(), run.ms);
  row('inputs', `payload = ${JSON.stringify(payload)}`);
  row('queued', `${String((run.output as Item).queued)} (${text(run.output as Item, 'detail')})`);
  showRequests(run.requests);
  expectThat(
    state.outbox.some((e) => e.kind === 'workflow' && e.workflow === demo.vacationWorkflow),
    'The workflow run is not in the outbox.',
  );
};
