/**
 * The demo's third Zap (issue 20): a CI pipeline finishes → DailyBot hears about it everywhere.
 *
 *   Catch Hook (the CI pipeline posts its result) → Log Agent Report (the developer as co-author) →
 *   Post Stand-up Update (a line for today) → Send Workflow Event (DailyBot's automations)
 *
 * The trigger is Zapier's own catch hook (Webhooks by Zapier): the CI system posts JSON to the Zap's
 * URL, and its fields feed the actions. The developer is the connection's owner: the stand-up update
 * speaks for the API key's owner, so their stand-up is the one the agent report fills and the update
 * adds to. The sandbox shows the stand-up after each step.
 */
import { heading, row, secrets, showRequests, showVerbose } from './demo-print';
import type { DemoSteps } from './demo-approvals';
import type { Harness } from './harness';

type Item = Record<string, unknown>;

const text = (item: Item, key: string): string => (typeof item[key] === 'string' ? (item[key] as string) : '');

export const ciZap = async (h: Harness, { begin, finish, expectThat, title }: DemoSteps): Promise<void> => {
  const { state } = h.sandbox;
  secrets.push(state.workflowTriggerToken, ...(state.workflowTriggerSecret ? [state.workflowTriggerSecret] : []));
  const developer = state.users.get(state.demo.owner)!;
  const standup = state.checkin(state.demo.standup);
  // the developer takes part in the team's daily stand-up (in the seed, the owner is not an engineer)
  if (!standup.participants.includes(developer.uuid)) standup.participants.push(developer.uuid);
  const standupLines = () => {
    const response = state.todaysResponse(standup, developer);
    const questions = state.template(standup.template).questions;
    return response ? questions.map((q) => response.content[q.uuid] ?? '').filter((a) => a.trim() !== '' && !/^no\.?$/i.test(a.trim())) : [];
  };

  console.log('\nA third Zap: CI pipeline finishes (Catch Hook) → Log Agent Report → Post Stand-up Update → Send Workflow Event');

  // the CI system posts its result to the Zap's catch hook URL
  let n = begin('The CI pipeline finishes and posts to the Zap’s catch hook');
  const hookUrl = h.hook.url('ci-pipeline');
  const build = { pipeline: 'billing-service', build: '412', status: 'passed', branch: 'main', commit: '9f2c1ab', author_email: developer.email, duration_s: 312 };
  const posted = performance.now();
  await fetch(hookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(build) });
  const [delivery] = await h.hook.waitFor(1, { url: hookUrl });
  const fields = delivery!.body as Item;
  heading(n, title(), performance.now() - posted);
  row('payload', `${text(fields, 'pipeline')} #${text(fields, 'build')} ${text(fields, 'status')} on ${text(fields, 'branch')} (${text(fields, 'commit')}) by ${text(fields, 'author_email')}`);

  // the report, with the developer as co-author
  n = begin('Log Agent Report with the developer as co-author');
  const content = `${text(fields, 'pipeline')} build #${text(fields, 'build')} ${text(fields, 'status')} on ${text(fields, 'branch')} (${text(fields, 'commit')}).`;
  const report = finish(
    await h.create<Item>('log_agent_report', {
      agent_name: 'CI pipeline',
      content,
      completed: [`Build #${text(fields, 'build')} of ${text(fields, 'pipeline')} passed on ${text(fields, 'branch')}`],
      metadata: { pipeline: text(fields, 'pipeline'), commit: text(fields, 'commit') },
      co_authors: [text(fields, 'author_email')],
    }),
  );
  heading(n, title(), report.ms);
  row('inputs', `agent_name = CI pipeline, co_authors = ${text(fields, 'author_email')}`);
  row('', `content = ${content}`);
  row('report', text(report.output, 'url'));
  showRequests(report.requests);
  showVerbose('output', report.output);

  // the developer's stand-up now holds it
  n = begin(`${developer.full_name}’s “${standup.name}” now holds the report (sandbox)`);
  const read = performance.now();
  const afterReport = standupLines();
  heading(n, title(), performance.now() - read);
  afterReport.forEach((line, i) => row(i === 0 ? 'stand-up' : '', line));
  expectThat(afterReport.some((line) => line.includes('(co-authored with CI pipeline)')), 'The developer’s stand-up does not hold the agent report.');

  // a line of their own
  n = begin('Post Stand-up Update adds a line');
  const doing = `Watching ${text(fields, 'pipeline')} #${text(fields, 'build')} roll out to production`;
  const update = finish(await h.create<Item>('post_standup_update', { doing }));
  heading(n, title(), update.ms);
  row('inputs', `doing = ${doing}`);
  const checkins = (update.output.checkins as Item[]) ?? [];
  row('check-ins', checkins.map((c) => `${text(c, 'name')} (${text(c, 'action')})`).join(', '));
  showRequests(update.requests);
  const afterUpdate = standupLines();
  afterUpdate.forEach((line, i) => row(i === 0 ? 'stand-up' : '', line));
  expectThat(afterUpdate.includes(doing) && checkins.some((c) => c.name === standup.name && c.action === 'updated'), 'The update is not in the developer’s stand-up.');

  // DailyBot's automations hear about it
  n = begin('Send Workflow Event “ci_pipeline_finished”');
  const data = { pipeline: text(fields, 'pipeline'), build: text(fields, 'build'), status: text(fields, 'status'), report_url: text(report.output, 'url') };
  const event = finish(await h.create<Item>('send_workflow_event', { event_type: 'ci_pipeline_finished', data }));
  heading(n, title(), event.ms);
  row('inputs', `event_type = ci_pipeline_finished, data = ${JSON.stringify(data)}`);
  showRequests(event.requests);
  showVerbose('output', event.output);
  expectThat(
    state.outbox.some((e) => e.kind === 'workflow_event' && e.event_type === 'ci_pipeline_finished'),
    'The workflow event is not in the outbox.',
  );
};
