/**
 * Issue 20's steps against the sandbox over real sockets: answering a check-in as the key's owner,
 * stand-up updates, agent reports into co-authors' stand-ups, mood; each checked where it lands and
 * by the requests it made, and each refusal reached through the sandbox.
 */
import type { Harness } from '../../sandbox/harness';
import { errorOf } from '../helpers';
import { calls, STANDUP_STEPS, useHarness } from './support';

const harness = useHarness();

const tested = new Set<string>();
/** Registers the step a test covers, so the last test can check all of them were. */
const step = (key: string): string => {
  tested.add(key);
  return key;
};

const inject = async (h: Harness, fault: Record<string, unknown>): Promise<void> => {
  const response = await fetch(`${h.sandbox.url}/_sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fault) });
  expect(response.status).toBe(201);
};

/** The key's owner takes part in the stand-up and has not answered it today. */
const ownerPending = (h: Harness) => {
  const { state } = h.sandbox;
  const owner = state.users.get(state.demo.owner)!;
  const standup = state.checkin(state.demo.standup);
  if (!standup.participants.includes(owner.uuid)) standup.participants.push(owner.uuid);
  for (const r of [...state.responses.values()]) if (r.user === owner.uuid && r.date === state.today()) state.deleteCheckinResponse(r.uuid);
  return { owner, standup, questions: state.template(standup.template).questions };
};

describe('submit_checkin_response', () => {
  it('answers the stand-up as the key’s owner (two requests), then replaces the answers', async () => {
    const h = harness();
    const { owner, standup, questions } = ownerPending(h);
    const answers = Object.fromEntries(questions.map((q, i) => [`answer_${q.uuid}`, ['Shipped the export', 'Release notes', 'No'][i]]));
    const mark = h.mark();
    const run = await h.create<Record<string, unknown>>(step('submit_checkin_response'), { checkin: standup.id, ...answers });
    expect(calls(h.requestsSince(mark))).toEqual([`GET /v1/checkins/${standup.id}/detail/`, `POST /v1/checkins/${standup.id}/responses/`]);
    const stored = h.sandbox.state.responses.get(run.output.uuid as string)!;
    expect(stored).toMatchObject({ user: owner.uuid, date: h.sandbox.state.today() });
    expect(run.output).toMatchObject({ checkin_uuid: standup.id, checkin_name: 'Daily Standup', replaced: false });
    expect((run.output.answers as Array<{ question: string; answer: string }>)[0]).toEqual({ question_uuid: questions[0]!.uuid, question: expect.any(String), answer: 'Shipped the export' });

    const again = await errorOf(h.create('submit_checkin_response', { checkin: standup.id, ...answers }));
    expect(again.message).toContain('“Replace Existing Response” to yes');
    await h.create('submit_checkin_response', { checkin: standup.id, ...answers, [`answer_${questions[0]!.uuid}`]: 'Shipped the export, and the import', replace: true });
    expect(h.sandbox.state.responses.get(stored.uuid)!.content[questions[0]!.uuid]).toBe('Shipped the export, and the import');
  });

  it('each refusal of the sandbox reaches the Zap as what to do', async () => {
    const h = harness();
    const { standup, questions } = ownerPending(h);
    const answers = Object.fromEntries(questions.map((q, i) => [`answer_${q.uuid}`, ['x', 'y', 'No'][i]]));
    await fetch(`${h.sandbox.url}/_sandbox/checkins/${standup.id}/answer-rules`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ allow_past_responses: false }) });
    expect((await errorOf(h.create('submit_checkin_response', { checkin: standup.id, ...answers, response_date: '2000-01-03' }))).message).toContain('does not take responses for past days');
    expect((await errorOf(h.create('submit_checkin_response', { checkin: standup.id, ...answers, response_date: '2999-01-03' }))).message).toContain('future days');
    await inject(h, { method: 'POST', path: `/v1/checkins/${standup.id}/responses/`, status: 409, body: { detail: 'template_questions_version_conflict', code: 'template_questions_version_conflict' }, times: 1 });
    expect((await errorOf(h.create('submit_checkin_response', { checkin: standup.id, ...answers }))).message).toContain('questions changed');
    standup.active = false;
    expect((await errorOf(h.create('submit_checkin_response', { checkin: standup.id, ...answers }))).message).toContain('paused');
    standup.active = true;
    standup.participants = standup.participants.filter((u) => u !== h.sandbox.state.demo.owner);
    expect((await errorOf(h.create('submit_checkin_response', { checkin: standup.id, ...answers }))).message).toContain('do not take part in this check-in');
  });
});

describe('log_agent_report and post_standup_update', () => {
  it('a report with the key’s owner as co-author lands in their stand-up; an update then adds a line to it', async () => {
    const h = harness();
    const { owner, standup, questions } = ownerPending(h);
    const report = await h.create<Record<string, unknown>>(step('log_agent_report'), {
      agent_name: 'CI pipeline',
      content: 'Build 412 passed on main.',
      completed: ['Build 412 passed on main'],
      metadata: { branch: 'main' },
      co_authors: [owner.email],
    });
    expect(calls(report.requests)).toEqual(['POST /v1/agent-reports/']);
    expect(report.output).toMatchObject({ agent_name: 'CI pipeline', url: expect.stringMatching(/^https:\/\/app\.dailybot\.com\/agents\/report\//), co_authors: [{ uuid: owner.uuid, name: owner.full_name }] });
    const mine = h.sandbox.state.todaysResponse(standup, owner)!;
    expect(mine.content[questions[0]!.uuid]).toBe('Build 412 passed on main (co-authored with CI pipeline)');

    const update = await h.create<Record<string, unknown>>(step('post_standup_update'), { doing: 'Reviewing the release notes' });
    expect(calls(update.requests)).toEqual(['POST /v1/cli/updates/']);
    expect(update.output.checkins).toContainEqual({ name: 'Daily Standup', action: 'updated' });
    expect(h.sandbox.state.responses.get(mine.uuid)!.content[questions[1]!.uuid]).toBe('Reviewing the release notes');
  });

  it('nothing matched: halted; a gateway time-out: one request, “may still have been applied”; a refused key: said plainly', async () => {
    const h = harness();
    const { state } = h.sandbox;
    for (const c of state.checkins.values()) c.participants = c.participants.filter((u) => u !== state.demo.owner);
    expect((await errorOf(h.create('post_standup_update', { message: 'Reviewed PRs' }))).name).toBe('HaltedError');
    await inject(h, { method: 'POST', path: '/v1/cli/updates/', status: 504, times: 1 });
    const mark = h.mark();
    const timeout = await errorOf(h.create('post_standup_update', { message: 'Reviewed PRs' }));
    expect(timeout.message).toContain('may still have been applied');
    expect(calls(h.requestsSince(mark))).toEqual(['POST /v1/cli/updates/']);
    await inject(h, { method: 'POST', path: '/v1/cli/updates/', status: 401, body: { detail: 'CLI token required.', code: 'not_authenticated' }, times: 1 });
    const refused = await errorOf(h.create('post_standup_update', { message: 'Reviewed PRs' }));
    expect(refused.message).toContain('did not accept this connection’s API key for stand-up updates');
  });
});

describe('track_mood', () => {
  it('tracks the owner’s mood once a day', async () => {
    const h = harness();
    const run = await h.create<Record<string, unknown>>(step('track_mood'), { score: 'Good' });
    expect(run.output).toMatchObject({ score: 4, score_label: 'Good' });
    expect(h.sandbox.state.moodOf(h.sandbox.state.demo.owner, h.sandbox.state.today())).toMatchObject({ score: 4 });
    expect((await errorOf(h.create('track_mood', { score: 5 }))).message).toContain('already tracked their mood for this day');
  });
});

it('covers each of issue 20’s steps', () => {
  expect([...tested].sort()).toEqual([...STANDUP_STEPS].sort());
});
