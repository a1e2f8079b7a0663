/** Issue 20's domains: check-in answers through the API, stand-up updates, agent reports, mood. */
import { api, call, useSandbox } from '../helpers';

const sandbox = useSandbox({ users: 25, now: '2025-03-12T15:00:00Z' });
const state = () => sandbox.state;
const owner = () => state().users.get(state().demo.owner)!;
const standup = () => state().checkin(state().demo.standup);
const questions = () => state().template(standup().template).questions;
/** The owner takes part in the stand-up and has not answered today. */
const ownerPending = () => {
  if (!standup().participants.includes(owner().uuid)) standup().participants.push(owner().uuid);
  for (const r of [...state().responses.values()]) if (r.user === owner().uuid && r.date === state().today()) state().deleteCheckinResponse(r.uuid);
};
const body = (answers: string[], extra: Record<string, unknown> = {}) => ({
  responses: answers.map((response, index) => ({ uuid: questions()[index]!.uuid, index, response })),
  last_question_index: answers.length - 1,
  ...extra,
});
const post = (b: unknown, method = 'POST') => api(sandbox, method, `/checkins/${standup().id}/responses/`, { body: b });

describe('check-in responses through the API', () => {
  beforeEach(ownerPending);

  it('records the answers as the key’s owner for today ({uuid}, 201), and PUT replaces them', async () => {
    const created = await post(body(['Shipped it', 'Docs', 'No']));
    expect(created.status).toBe(201);
    const response = state().responses.get(created.body.uuid)!;
    expect(response).toMatchObject({ user: owner().uuid, date: state().today() });
    expect(Object.values(response.content)).toEqual(['Shipped it', 'Docs', 'No']);
    expect((await post(body(['Again']))).body.code).toBe('already_answered');
    const replaced = await post(body(['Shipped it twice']), 'PUT');
    expect([replaced.status, replaced.body.uuid]).toEqual([200, created.body.uuid]);
    expect(state().responses.get(created.body.uuid)!.content[questions()[0]!.uuid]).toBe('Shipped it twice');
  });

  it('refuses what DailyBot refuses, with its codes', async () => {
    expect((await post(body(['x']), 'PUT')).status).toBe(404);
    expect((await post(body(['x'], { response_date: '31/03/2025' }))).body.code).toBe('response_date_format_is_invalid');
    expect((await post(body(['x'], { response_date: '2025-03-13' }))).body.code).toBe('future_responses_are_not_allowed');
    await call(sandbox, 'PUT', `/_sandbox/checkins/${standup().id}/answer-rules`, { body: { allow_past_responses: false } });
    expect((await post(body(['x'], { response_date: '2025-03-10' }))).body.code).toBe('previous_responses_are_not_allowed');
    await call(sandbox, 'PUT', `/_sandbox/checkins/${standup().id}/answer-rules`, { body: { allow_early_responses: false } });
    standup().custom_trigger_time = '23:00:00';
    expect((await post(body(['x']))).body.code).toBe('followup_not_allow_responses_before_trigger_time');
    standup().custom_trigger_time = null;
    const conflict = await post({ responses: [{ uuid: '00000000-0000-4000-8000-000000000000', index: 0, response: 'x' }] });
    expect([conflict.status, conflict.body.code]).toEqual([409, 'template_questions_version_conflict']);
    standup().active = false;
    expect((await post(body(['x']))).body.code).toBe('responses_not_allowed_on_inactive_followup');
    standup().active = true;
    standup().participants = standup().participants.filter((u) => u !== owner().uuid);
    expect((await post(body(['x']))).body.code).toBe('user_is_not_a_followup_member');
  });

  it('answers a mistyped answer with DRF’s bare list', async () => {
    const numeric = questions()[0]!;
    const before = numeric.question_type;
    numeric.question_type = 'numeric';
    const answer = await post(body(['many']));
    numeric.question_type = before;
    expect([answer.status, answer.body]).toEqual([400, ['response is not valid']]);
  });
});

describe('stand-up updates and agent reports', () => {
  beforeEach(ownerPending);

  it('an agent report goes into each co-author’s stand-up (created), and a stand-up update then adds a line (updated)', async () => {
    const report = await api(sandbox, 'POST', '/agent-reports/', {
      body: { agent_name: 'CI pipeline', content: 'Build 412 passed.', structured: { completed: ['Build 412 passed on main'] }, co_authors: [owner().email, 'nobody@example.com'] },
    });
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ agent_name: 'CI pipeline', co_authors: [{ uuid: owner().uuid, name: owner().full_name }], url: `https://app.dailybot.com/agents/report/${report.body.id}` });
    const mine = state().todaysResponse(standup(), owner())!;
    expect(mine.content[questions()[0]!.uuid]).toBe('Build 412 passed on main (co-authored with CI pipeline)');
    const update = await api(sandbox, 'POST', '/cli/updates/', { body: { doing: 'Reviewing the release notes' } });
    expect(update.body.attached_followups).toContainEqual({ followup_name: 'Daily Standup', action: 'updated' });
    expect(update.body.followups_count).toBe(update.body.attached_followups.length);
    const after = state().responses.get(mine.uuid)!;
    expect(after.content[questions()[0]!.uuid]).toContain('Build 412');
    expect(after.content[questions()[1]!.uuid]).toBe('Reviewing the release notes');
    expect((await call(sandbox, 'GET', '/_sandbox/standup-additions')).body.map((a: { source: string; action: string }) => [a.source, a.action])).toContainEqual(['cli_update', 'updated']);
  });

  it('no stand-up for the key’s owner: followups_count 0; nothing given: 400', async () => {
    for (const c of state().checkins.values()) c.participants = c.participants.filter((u) => u !== owner().uuid);
    expect((await api(sandbox, 'POST', '/cli/updates/', { body: { message: 'x' } })).body).toEqual({ followups_count: 0, attached_followups: [] });
    expect((await api(sandbox, 'POST', '/cli/updates/', { body: {} })).status).toBe(400);
  });

  it('refuses an agent name over 128 characters', async () => {
    expect((await api(sandbox, 'POST', '/agent-reports/', { body: { agent_name: 'x'.repeat(129), content: 'y' } })).status).toBe(400);
  });
});

describe('mood', () => {
  it('tracks once a day (409 after), refuses a score out of range under `details`, and reads it back', async () => {
    expect((await api(sandbox, 'POST', '/mood/track/', { body: { score: 4 } })).body).toEqual({ details: 'The mood response has been tracked' });
    const again = await api(sandbox, 'POST', '/mood/track/', { body: { score: 2 } });
    expect([again.status, again.body.code]).toEqual([409, 'motivation_score_already_completed']);
    expect((await api(sandbox, 'POST', '/mood/track/', { body: { score: 6 } })).body).toMatchObject({ code: 'invalid_score', details: expect.any(String) });
    expect((await api(sandbox, 'GET', '/mood/track/')).body.motivation).toMatchObject({ score: 4 });
    expect((await api(sandbox, 'GET', '/mood/track/?date=2025-03-01')).body).toEqual({ motivation: null });
  });
});
