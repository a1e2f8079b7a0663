/**
 * Every search against the sandbox over real sockets: what it finds matches the sandbox's
 * organization, a miss is an empty list, and each search sends only the requests it needs.
 */
import App from '../../index';
import { RESPONSE_LIMIT } from '../../src/searches/checkin-responses-output';
import { searchSteps } from '../../src/searches';
import { calls, FORM_RESPONSE_STEPS, ISSUE_13_STEPS, person, useHarness } from './support';

// 300 people: the user directory takes three pages (100 a page)
const harness = useHarness({ users: 300 });

const tested = new Set<string>();
const search = (key: string): string => {
  tested.add(key);
  return key;
};

describe('find_user', () => {
  it('by UUID: one request for that user', async () => {
    const h = harness();
    const priya = person(h, 'Priya Natarajan');
    const run = await h.search(search('find_user'), { query: priya.uuid });
    expect(calls(run.requests)).toEqual([`GET /v1/users/${priya.uuid}/`]);
    expect(run.output).toEqual([expect.objectContaining({ id: priya.uuid, full_name: 'Priya Natarajan', email: priya.email, occupation: 'Engineering Manager' })]);
  });

  it('by email and by full name (any case): the listing is read only up to the page that holds the person', async () => {
    const h = harness();
    const priya = person(h, 'Priya Natarajan');
    const byEmail = await h.search('find_user', { query: priya.email.toUpperCase() });
    expect(byEmail.output).toEqual([expect.objectContaining({ uuid: priya.uuid })]);
    expect(calls(byEmail.requests)).toEqual(['GET /v1/users/']);
    const byName = await h.search('find_user', { query: '  priya natarajan ' });
    expect(byName.output).toEqual([expect.objectContaining({ uuid: priya.uuid, organization_name: 'Acme Robotics' })]);

    const last = [...h.sandbox.state.users.values()].at(-1)!;
    const deep = await h.search('find_user', { query: last.email });
    expect(deep.output).toEqual([expect.objectContaining({ uuid: last.uuid })]);
    expect(calls(deep.requests)).toEqual(['GET /v1/users/', 'GET /v1/users/', 'GET /v1/users/']);
    expect(deep.requests[2]!.url).toContain('offset=200');
  });

  it('gives time off as ISO dates: the sandbox lists them day first, as DailyBot does (DD/MM/YYYY)', async () => {
    const h = harness();
    const hannah = person(h, 'Hannah Schmidt');
    const answer = await fetch(`${h.sandbox.url}/v1/users/${hannah.uuid}/`, { headers: { 'x-api-key': h.authData.api_key } });
    const listed = (await answer.json()) as { timeoff_start: string };
    expect(listed.timeoff_start).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    const run = await h.search('find_user', { query: hannah.email });
    expect(run.output).toEqual([expect.objectContaining({ timeoff_start: hannah.timeoff_start, timeoff_end: hannah.timeoff_end })]);
    expect(hannah.timeoff_start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('a miss is an empty list, not an error', async () => {
    const h = harness();
    expect((await h.search('find_user', { query: 'nobody@acme-robotics.example' })).output).toEqual([]);
    expect((await h.search('find_user', { query: '00000000-0000-4000-8000-000000000000' })).output).toEqual([]);
  });
});

describe('find_team', () => {
  it('by name and by UUID; a miss is empty', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const byName = await h.search(search('find_team'), { query: 'engineering' });
    expect(byName.output).toEqual([expect.objectContaining({ id: state.demo.engineeringTeam, name: 'Engineering' })]);
    expect(calls(byName.requests)).toEqual(['GET /v1/teams/']);
    const byId = await h.search('find_team', { query: state.demo.generalTeam });
    expect(byId.output).toEqual([expect.objectContaining({ uuid: state.demo.generalTeam, name: 'General', is_default: true })]);
    expect(calls(byId.requests)).toEqual([`GET /v1/teams/${state.demo.generalTeam}/`]);
    expect((await h.search('find_team', { query: 'Marketing' })).output).toEqual([]);
  });
});

describe('find_checkin', () => {
  it('by name, with the day’s summary; a miss is empty', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const today = state.today();
    const run = await h.search(search('find_checkin'), { name: 'daily standup', date: today });
    expect(calls(run.requests)).toEqual(['GET /v1/checkins/']);
    expect(run.requests[0]!.url).toContain(`date=${today}`);
    const standup = state.checkin(state.demo.standup);
    const answered = [...state.responses.values()].filter((r) => r.checkin === standup.id && r.date === today).length;
    expect(run.output).toEqual([
      expect.objectContaining({
        uuid: standup.id,
        name: 'Daily Standup',
        template: state.demo.standupTemplate,
        report_channels: [{ id: 'C0ENGSTANDUP', name: 'eng-standup', type: 'channel' }],
        summary_expected_responses: standup.participants.length,
        summary_completed_responses: answered,
      }),
    ]);
    expect((await h.search('find_checkin', { name: 'Board meeting' })).output).toEqual([]);
  });

  it('search or create: a miss, then Create Check-in, then the search finds it', async () => {
    const h = harness();
    const { state } = h.sandbox;
    expect((await h.search('find_checkin', { name: 'Design crit' })).output).toEqual([]);
    const created = await h.create('create_checkin', { name: 'Design crit', template: state.demo.standupTemplate });
    const found = await h.search('find_checkin', { name: 'Design crit' });
    expect(found.output).toEqual([expect.objectContaining({ uuid: created.output.uuid, name: 'Design crit' })]);
    // the same keys whichever step ran
    for (const key of Object.keys(created.output)) expect(found.output[0]).toHaveProperty(key);
  });
});

describe('find_checkin_responses', () => {
  it('a date range: one result, the newest flattened beside the responses as line items (newest first, at most 100); one person’s by email', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const today = state.today();
    const start = new Date(Date.parse(`${today}T00:00:00Z`) - 6 * 86_400_000).toISOString().slice(0, 10);
    const inRange = [...state.responses.values()].filter((r) => r.checkin === state.demo.standup && r.date >= start && r.date <= today);
    expect(inRange.length).toBeGreaterThan(RESPONSE_LIMIT);

    type Found = Record<string, unknown> & { responses: Array<Record<string, unknown>> };
    const run = await h.search<Found>(search('find_checkin_responses'), { checkin: state.demo.standup, date_start: start, date_end: today });
    // every page of the listing (100 a page), then the check-in once for its name: as many requests as before line items
    const pages = Math.ceil(inRange.length / 100);
    expect(pages).toBeGreaterThan(1);
    expect(calls(run.requests)).toEqual([
      ...Array.from({ length: pages }, () => `GET /v1/checkins/${state.demo.standup}/responses/`),
      `GET /v1/checkins/${state.demo.standup}/`,
    ]);
    expect(run.output).toHaveLength(1);
    const [found] = run.output as [Found];
    expect(found).toMatchObject({ response_count: inRange.length, responses_cut: true, checkin_uuid: state.demo.standup, checkin_name: 'Daily Standup', event: 'followups.response.completed' });
    expect(found.responses).toHaveLength(RESPONSE_LIMIT);
    const created = found.responses.map((r) => Date.parse(String(r.created_at)));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    // the newest response is the flat one, and the line items are the newest 100 of the range
    expect(found.response_uuid).toBe(found.responses[0]!.response_uuid);
    const newest = [...inRange].sort((a, b) => b.created_at.getTime() - a.created_at.getTime());
    expect(Date.parse(String(found.responses.at(-1)!.created_at))).toBeGreaterThanOrEqual(newest[RESPONSE_LIMIT]!.created_at.getTime());
    const all = new Set(inRange.map((r) => r.uuid));
    expect(found.responses.every((r) => all.has(String(r.response_uuid)))).toBe(true);

    const someone = state.users.get(inRange[0]!.user)!;
    const mine = await h.search<Found>('find_checkin_responses', { checkin: state.demo.standup, date_start: start, date_end: today, user: someone.email });
    expect(mine.requests[1]!.url).toContain(`user=${someone.uuid}`);
    const theirs = inRange.filter((r) => r.user === someone.uuid);
    expect(mine.output).toHaveLength(1);
    expect(mine.output[0]).toMatchObject({ user_uuid: someone.uuid, response_count: theirs.length, responses_cut: theirs.length > RESPONSE_LIMIT });
    expect(mine.output[0]!.responses.map((r) => r.user_uuid)).toEqual(theirs.slice(0, RESPONSE_LIMIT).map(() => someone.uuid));
  });

  it('its line items’ answers and its own are labelled with the chosen check-in’s questions, in one request', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const questions = state.template(state.checkin(state.demo.standup).template).questions;
    const outputFields = (App.searches as unknown as Record<string, { operation: { outputFields: unknown[] } }>).find_checkin_responses!.operation.outputFields;
    const run = await h.run<Array<{ key: string; label: string }>>(outputFields.find((f) => typeof f === 'function'), { inputData: { checkin: state.demo.standup } });
    expect(calls(run.requests)).toEqual([`GET /v1/checkins/${state.demo.standup}/detail/`]);
    const labels = Object.fromEntries(run.output.map((f) => [f.key, f.label]));
    questions.forEach((q, i) => {
      expect(labels[`answer_${i + 1}`]).toBe(`Answer: ${q.question_short}`);
      expect(labels[`responses[]answer_${i + 1}`]).toBe(`Each Response Answer: ${q.question_short}`);
    });
  });

  it('no responses in the range: an empty list, without reading the check-in', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const run = await h.search('find_checkin_responses', { checkin: state.demo.standup, date_start: '2020-01-01', date_end: '2020-01-31' });
    expect(run.output).toEqual([]);
    expect(calls(run.requests)).toEqual([`GET /v1/checkins/${state.demo.standup}/responses/`]);
  });
});

it('covers every search of the app', () => {
  // issue 13's steps are tested in forms.test.ts, version 3's form response steps in form-responses.test.ts
  expect([...tested, ...[...ISSUE_13_STEPS, ...FORM_RESPONSE_STEPS].filter((key) => searchSteps.some((step) => step.default.key === key))].sort()).toEqual(searchSteps.map((step) => step.default.key).sort());
});
