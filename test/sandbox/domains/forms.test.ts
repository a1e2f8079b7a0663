/** `GET /forms/` and `GET /forms/{uuid}/responses/` (caller-scoped, date_from/date_to, paged, in the webhook body's shape). */
import { api, useSandbox } from '../helpers';

const NOW = '2025-03-12T15:00:00Z';
const TODAY = '2025-03-12';
const MISSING = '00000000-0000-4000-8000-000000000000';

const sandbox = useSandbox({ users: 25, now: NOW });

const vacation = () => sandbox.state.demo.vacationForm;
const responsesOf = (query: string, form = vacation(), key?: string | null) => api(sandbox, 'GET', `/forms/${form}/responses/${query}`, { key });
const uuids = (body: { results: Array<{ uuid: string }> }) => body.results.map((r) => r.uuid);

/** The seed's vacation requests, newest first (nobody of them is the key's owner). */
const seeded = () =>
  [...sandbox.state.formResponses.values()].filter((r) => r.form === vacation()).sort((a, b) => b.created_at.getTime() - a.created_at.getTime());

describe('form responses', () => {
  it('are the caller’s own unless all=true: everyone’s, newest first, each as the webhook body', async () => {
    const all = seeded();
    expect(all.length).toBeGreaterThan(1);
    expect(all.some((r) => r.user === sandbox.state.demo.owner)).toBe(false);

    const own = await responsesOf('');
    expect(own.status).toBe(200);
    expect(own.body).toEqual({ count: 0, next: null, previous: null, results: [] });

    const everyone = await responsesOf('?all=true');
    expect(everyone.body.count).toBe(all.length);
    expect(uuids(everyone.body)).toEqual(all.map((r) => r.uuid));
    const owner = sandbox.state.users.get(sandbox.state.demo.owner)!;
    expect(everyone.body.results[0]).toEqual(sandbox.state.formResponseItem(all[0]!, owner));
    expect(everyone.body.results[0]).toMatchObject(sandbox.state.formResponsePayload(all[0]!));
    expect(Object.keys(everyone.body.results[0].responses)).toEqual([
      'question_1', 'question_1_short', 'response_1',
      'question_2', 'question_2_short', 'response_2',
      'question_3', 'question_3_short', 'response_3',
    ]);

    const mine = sandbox.state.createFormResponse(vacation(), { user: sandbox.state.demo.owner });
    expect(uuids((await responsesOf('')).body)).toEqual([mine.uuid]);
    expect(uuids((await responsesOf('?all=true')).body)[0]).toBe(mine.uuid);
  });

  it('keep the days between date_from and date_to (inclusive; each end optional), and page with limit/offset', async () => {
    const all = seeded();
    const days = all.map((r) => r.created_at.toISOString().slice(0, 10));
    const newest = days[0]!;
    const within = await responsesOf(`?all=true&date_from=${newest}&date_to=${TODAY}`);
    expect(uuids(within.body)).toEqual(all.filter((_, i) => days[i]! >= newest).map((r) => r.uuid));
    const before = await responsesOf(`?all=true&date_to=${days.at(-1)}`);
    expect(uuids(before.body)).toEqual(all.filter((_, i) => days[i]! <= days.at(-1)!).map((r) => r.uuid));
    expect((await responsesOf(`?all=true&date_from=2025-03-13`)).body.count).toBe(0);

    const first = await responsesOf(`?all=true&date_from=2025-03-01&limit=1`);
    expect(first.body).toMatchObject({ count: all.length, previous: null, results: [expect.objectContaining({ uuid: all[0]!.uuid })] });
    expect(first.body.next).toBe(`${sandbox.apiUrl}/forms/${vacation()}/responses/?all=true&date_from=2025-03-01&limit=1&offset=1`);
    const second = await api(sandbox, 'GET', first.body.next.slice(sandbox.apiUrl.length));
    expect(uuids(second.body)).toEqual([all[1]!.uuid]);
  });

  it('filter by a user UUID, and hide who wrote an anonymous form’s responses', async () => {
    const [latest] = seeded();
    const theirs = await responsesOf(`?user=${latest!.user}`);
    expect(theirs.body.count).toBeGreaterThan(0);
    for (const r of theirs.body.results) expect(r.user.uuid).toBe(latest!.user);

    const anonymous = await responsesOf('?all=true', sandbox.state.demo.anonymousForm);
    expect(anonymous.body.count).toBeGreaterThan(0);
    for (const r of anonymous.body.results) {
      expect(r.is_anonymous).toBe(true);
      expect(r).not.toHaveProperty('user');
    }
    const writer = [...sandbox.state.formResponses.values()].find((r) => r.form === sandbox.state.demo.anonymousForm)!.user!;
    expect((await responsesOf(`?user=${writer}`, sandbox.state.demo.anonymousForm)).body.count).toBe(0);
  });

  it('refuse bad dates, a reversed range and a user that is not a UUID', async () => {
    const bad = await responsesOf('?date_from=yesterday&date_to=12/03/2025');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({
      date_from: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'],
      date_to: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'],
    });
    const reversed = await responsesOf(`?date_from=${TODAY}&date_to=2025-03-01`);
    expect([reversed.status, reversed.body.code]).toEqual([400, 'invalid_date_range']);
    const byEmail = await responsesOf('?user=someone%40acme-robotics.example');
    expect(byEmail.body).toEqual({ detail: 'The user filter takes a user UUID.', code: 'invalid_user_identifier' });
  });

  it('let only admins see other people’s responses', async () => {
    const member = [...sandbox.state.users.values()].find((u) => u.role === 'MEMBER' && u.is_active)!;
    expect((await responsesOf('?all=true')).status).toBe(200);
    // the main key's owner, made a member (reset after each test puts things back)
    const owner = sandbox.state.users.get(sandbox.state.demo.owner)!;
    owner.role = 'MEMBER';
    const refused = await responsesOf('?all=true');
    expect([refused.status, refused.body.code]).toEqual([403, 'user_can_not_see_form_responses']);
    expect((await responsesOf(`?user=${member.uuid}`)).status).toBe(403);
    expect((await responsesOf(`?user=${owner.uuid}`)).status).toBe(200);
  });

  it('are 404 for a form that does not exist, and need the key', async () => {
    const missing = await responsesOf('', MISSING);
    // DailyBot's CLI forms skill: 404 form_does_not_exists
    expect([missing.status, missing.body]).toEqual([404, { detail: 'Form not found.', code: 'form_does_not_exists' }]);
    expect((await responsesOf('', vacation(), null)).status).toBe(403);
  });
});

describe('forms', () => {
  it('GET /forms/ is a bare array', async () => {
    const answer = await api(sandbox, 'GET', '/forms/');
    expect(Array.isArray(answer.body)).toBe(true);
    expect(answer.body.map((f: { name: string }) => f.name)).toEqual(['Vacation request', 'Anonymous feedback', 'IT help request']);
    expect(answer.body[0]).toEqual({
      id: sandbox.state.demo.vacationForm,
      name: 'Vacation request',
      is_active: true,
      collect_responses_anonymously: false,
      privacy: 'everyone',
      shortcut: 'vacation',
      start_on: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      end_on: null,
      is_archive: false,
    });
  });
});
