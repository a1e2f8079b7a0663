/**
 * Version 3's steps as real-n8n cases (see scripts/n8n/cases-actions.ts for how a chain runs): the
 * key's owner answers the stand-up, an agent report lands in it, a stand-up update adds a line, the
 * owner's mood, and a workflow event.
 */
import { expectMatch, expectThat } from './checks';
import { one, type CaseContext, type Chain } from './cases-actions';

type Json = Record<string, unknown>;

const owner = (c: CaseContext) => c.h.sandbox.state.users.get(c.h.sandbox.state.demo.owner)!;
const standup = (c: CaseContext) => c.h.sandbox.state.checkin(c.h.sandbox.state.demo.standup);
const questions = (c: CaseContext) => c.h.sandbox.state.template(standup(c).template).questions;

export const v3: Chain = {
  id: 'chainVersion3',
  name: 'Stand-ups, agent reports, mood, workflow events',
  // the key's owner takes part in the stand-up and has not answered it today (as test/e2e/v3.test.ts)
  setup: (c) => {
    const { state } = c.h.sandbox;
    if (!standup(c).participants.includes(owner(c).uuid)) standup(c).participants.push(owner(c).uuid);
    for (const r of [...state.responses.values()]) if (r.user === owner(c).uuid && r.date === state.today()) state.deleteCheckinResponse(r.uuid);
  },
  cases: [
    {
      node: 'Submit Check-in Response',
      operation: 'submit_checkin_response',
      inputs: (c) => ({ checkin: standup(c).id, ...Object.fromEntries(questions(c).map((q, i) => [`answer_${q.uuid}`, ['Shipped the export', 'Release notes', 'No'][i]])) }),
      check: (c, items) => {
        const output = one(items);
        expectMatch(output, { checkin_uuid: standup(c).id, checkin_name: 'Daily Standup', replaced: false }, 'the output');
        expectMatch(c.h.sandbox.state.responses.get(String(output.uuid)), { user: owner(c).uuid, date: c.h.sandbox.state.today() }, 'the response');
      },
    },
    {
      node: 'Log Agent Report',
      operation: 'log_agent_report',
      inputs: (c) => ({ agent_name: 'CI pipeline', content: 'Build 412 passed on main.', completed: ['Build 412 passed on main'], metadata: { branch: 'main' }, co_authors: [owner(c).email] }),
      check: (c, items) => expectMatch(one(items), { agent_name: 'CI pipeline', co_authors: [{ uuid: owner(c).uuid, name: owner(c).full_name }] }, 'the output'),
    },
    {
      node: 'Post Stand-up Update',
      operation: 'post_standup_update',
      inputs: () => ({ doing: 'Reviewing the release notes' }),
      check: (c, items) => {
        const output = one(items);
        expectThat(Array.isArray(output.checkins) && (output.checkins as Json[]).some((k) => k.name === 'Daily Standup'), `the update reached no Daily Standup: ${JSON.stringify(output.checkins)}`);
        const mine = c.h.sandbox.state.todaysResponse(standup(c), owner(c));
        // the sandbox adds the update to the answer Submit Check-in Response gave
        const answer = String(mine?.content[questions(c)[1]!.uuid] ?? '');
        expectThat(answer.endsWith('Reviewing the release notes'), `the stand-up’s second answer is “${answer}”`);
      },
    },
    {
      node: 'Track Mood',
      operation: 'track_mood',
      inputs: () => ({ score: '4' }),
      check: (c, items) => {
        expectMatch(one(items), { score: 4, score_label: 'Good' }, 'the output');
        expectMatch(c.h.sandbox.state.moodOf(owner(c).uuid, c.h.sandbox.state.today()), { score: 4 }, 'the mood tracked');
      },
    },
    {
      node: 'Send Workflow Event',
      operation: 'send_workflow_event',
      inputs: () => ({ event_type: 'deploy_complete', data: { service: 'billing' } }),
      check: (c, items) => {
        const output = one(items);
        expectMatch(output, { event_type: 'deploy_complete', sent: true }, 'the output');
        expectMatch(c.outbox('workflow_event'), [{ event_type: 'deploy_complete', fields: { service: 'billing' }, secret_ok: true }], 'the event');
        const hook = c.h.sandbox.state.requests.filter((r) => r.path.startsWith('/workflow-trigger/'));
        expectThat(hook.length > 0 && hook.every((r) => !('x-api-key' in r.headers)), 'the API key reached the Workflow Trigger URL');
        expectThat(!JSON.stringify(items).includes(c.h.sandbox.workflowTriggerSecret), 'the output shows the secret');
      },
    },
  ],
};
