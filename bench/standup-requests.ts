/**
 * Issue 20's steps in the requests section (bench/requests.ts): answering a check-in, an agent report
 * with a co-author, a stand-up update and mood, each run once against the sandbox with a typical input
 * (the key's owner takes part in the stand-up and has not answered it today), beside its minimum.
 */
import type { Harness } from '../sandbox/harness';
import type { MeasureStep } from './form-requests';

export const measureStandupSteps = async (h: Harness, step: MeasureStep): Promise<void> => {
  const { state } = h.sandbox;
  const owner = state.users.get(state.demo.owner)!;
  const standup = state.checkin(state.demo.standup);
  if (!standup.participants.includes(owner.uuid)) standup.participants.push(owner.uuid);
  for (const r of [...state.responses.values()]) if (r.user === owner.uuid && r.date === state.today()) state.deleteCheckinResponse(r.uuid);
  const questions = state.template(standup.template).questions;
  const answers = Object.fromEntries(questions.map((q, i) => [`answer_${q.uuid}`, ['Shipped the export fix', 'Review the release notes', 'No'][i] ?? 'Yes']));
  await step('submit_checkin_response', 'submit_checkin_response', () => h.create('submit_checkin_response', { checkin: standup.id, ...answers }));
  await step('log_agent_report', 'log_agent_report', () =>
    h.create('log_agent_report', { agent_name: 'CI pipeline', content: 'Build 412 passed on main.', completed: ['Build 412'], co_authors: [owner.email] }),
  );
  await step('post_standup_update', 'post_standup_update', () => h.create('post_standup_update', { doing: 'Reviewing the release notes' }));
  await step('track_mood', 'track_mood', () => h.create('track_mood', { score: '4' }));
};
