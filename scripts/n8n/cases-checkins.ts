/**
 * Check-in and form cases for the real n8n (see scripts/n8n/cases-actions.ts for how a chain runs).
 */
import { expectEqual, expectMatch, expectThat } from './checks';
import { from, one, type CaseContext, type Chain } from './cases-actions';


const demo = (c: CaseContext) => c.h.sandbox.state.demo;

/** The check-in Create Check-in made (by name: the chain renames it, so either name). */
const created = (c: CaseContext) => [...c.h.sandbox.state.checkins.values()].find((k) => k.name.startsWith('Design crit'));

export const checkins: Chain = {
  id: 'chainCheckins',
  name: 'Check-ins',
  cases: [
    {
      node: 'Find Check-in',
      operation: 'find_checkin',
      inputs: () => ({ name: 'daily standup' }),
      check: (c, items) => expectMatch(one(items), { uuid: demo(c).standup, name: 'Daily Standup' }, 'the check-in found'),
    },
    {
      node: 'Create Check-in',
      operation: 'create_checkin',
      inputs: (c) => ({ name: 'Design crit', template: demo(c).standupTemplate, custom_trigger_time: '09:30', start_on: '2030-01-07' }),
      check: (c, items) => {
        const output = one(items);
        expectMatch(output, { name: 'Design crit', custom_trigger_time: '09:30:00' }, 'the output');
        // the chain deletes it again: the sandbox saw it made, then removed by its UUID
        const calls = c.h.sandbox.state.requests.map((r) => `${r.method} ${r.path}`);
        expectThat(calls.includes('POST /v1/checkins/') && calls.includes(`DELETE /v1/checkins/${String(output.uuid)}/`), `the sandbox did not see check-in ${String(output.uuid)} made and deleted`);
      },
    },
    {
      node: 'Update Check-in',
      operation: 'update_checkin',
      inputs: () => ({ checkin: from('Create Check-in', 'uuid'), name: 'Design crit (EMEA)' }),
      check: (_c, items) => expectMatch(one(items), { name: 'Design crit (EMEA)' }, 'the output'),
    },
    {
      node: 'Send Check-in Reminder',
      operation: 'send_checkin_reminder',
      inputs: (c) => ({ checkin: demo(c).standup, users: [c.person('Sam Okafor').email] }),
      check: (c, items) => {
        expectMatch(c.outbox('reminder'), [{ checkin: demo(c).standup, recipients: [c.person('Sam Okafor').uuid] }], 'the reminder');
        expectMatch(one(items), { checkin_uuid: demo(c).standup }, 'the output');
      },
    },
    {
      node: 'Find Check-in Responses',
      operation: 'find_checkin_responses',
      inputs: (c) => ({ checkin: demo(c).standup, date_start: daysAgo(c, 6), date_end: c.h.sandbox.state.today() }),
      check: (c, items) => {
        const expected = [...c.h.sandbox.state.responses.values()].filter((r) => r.checkin === demo(c).standup).length;
        const output = one(items);
        expectThat(expected > 0, 'the sandbox has no standup responses this week');
        expectEqual(Array.isArray(output.responses) ? output.responses.length : output.responses, expected, 'the responses found');
      },
    },
    {
      node: 'Find Non-Respondents',
      operation: 'find_checkin_non_respondents',
      inputs: (c) => ({ checkin: demo(c).standup, date: c.h.sandbox.state.today() }),
      check: (c, items) => {
        const output = one(items);
        expectMatch(output, { checkin_uuid: demo(c).standup }, 'the output');
      },
    },
    {
      node: 'Delete Check-in',
      operation: 'delete_checkin',
      inputs: () => ({ checkin: from('Create Check-in', 'uuid') }),
      check: (c, items) => {
        expectThat(created(c) === undefined, 'the created check-in still exists');
        expectMatch(one(items), { deleted: true }, 'the output');
      },
    },
  ],
};

const daysAgo = (c: CaseContext, days: number): string => {
  const date = new Date(`${c.h.sandbox.state.today()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};

/** The vacation form's questions, in order. */
const vacationQuestions = (c: CaseContext) => {
  const { state } = c.h.sandbox;
  return state.template(state.form(demo(c).vacationForm).template).questions;
};

const calls = (c: CaseContext) => c.h.sandbox.state.requests.map((r) => `${r.method} ${r.path}`);

export const forms: Chain = {
  id: 'chainForms',
  name: 'Forms',
  cases: [
    {
      node: 'Submit Form Response',
      operation: 'submit_form_response',
      inputs: (c) => {
        const [start, end, cover] = vacationQuestions(c);
        return {
          form: demo(c).vacationForm,
          [`answer_${start!.uuid}`]: '2030-07-01',
          [`answer_${end!.uuid}`]: '2030-07-05',
          [`answer_${cover!.uuid}`]: 'Sam covers the on-call.',
          guest_full_name: 'Ann Lee',
          guest_email: 'ann@example.com',
        };
      },
      check: (c, items) => {
        expectMatch(one(items), { form_name: 'Vacation request', current_state: 'requested' }, 'the output');
        expectThat(calls(c).includes(`POST /v1/forms/${demo(c).vacationForm}/responses/`), 'the sandbox got no response');
      },
    },
    {
      node: 'Find Form Response',
      operation: 'find_form_response',
      inputs: (c) => ({ form: demo(c).vacationForm, response: from('Submit Form Response', 'id') }),
      check: (c, items) => expectMatch(one(items), { form_uuid: demo(c).vacationForm, form_name: 'Vacation request', response_count: 1, answer_3: 'Sam covers the on-call.' }, 'the response found'),
    },
    {
      node: 'Update Form Response',
      operation: 'update_form_response',
      inputs: (c) => ({ form: demo(c).vacationForm, response: from('Submit Form Response', 'id'), [`answer_${vacationQuestions(c)[2]!.uuid}`]: 'Sam, then Lee' }),
      check: (c, items) => {
        const output = one(items);
        expectThat(Object.values(output).includes('Sam, then Lee'), 'the output does not hold the new answer');
        expectThat(calls(c).some((call) => call.startsWith(`PATCH /v1/forms/${demo(c).vacationForm}/responses/`)), 'the sandbox got no edit');
      },
    },
    {
      node: 'Change Form Response State',
      operation: 'change_form_response_state',
      inputs: (c) => ({ form: demo(c).vacationForm, response: from('Submit Form Response', 'id'), to_state: 'approved', note: 'Enjoy!' }),
      check: (_c, items) => expectMatch(one(items), { current_state: 'approved' }, 'the output'),
    },
    {
      node: 'Delete Form Response',
      operation: 'delete_form_response',
      inputs: (c) => ({ form: demo(c).vacationForm, response: from('Submit Form Response', 'id') }),
      check: (c, items) => {
        const output = one(items);
        expectMatch(output, { deleted: true }, 'the output');
        expectThat(!c.h.sandbox.state.formResponses.has(String(output.uuid)), 'the response is still there');
        expectThat(![...c.h.sandbox.state.formResponses.values()].some((r) => r.guest?.full_name === 'Ann Lee'), 'the submitted response is still there');
      },
    },
  ],
};
