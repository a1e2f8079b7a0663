/** Check-ins, their responses and reminders, and templates. */
import { api, useSandbox } from '../helpers';

const NOW = '2025-03-12T15:00:00Z';
const TODAY = '2025-03-12';
const MISSING = '00000000-0000-4000-8000-000000000000';

const sandbox = useSandbox({ users: 25, now: NOW });

const standup = () => sandbox.state.demo.standup;

describe('check-ins', () => {
  it('GET /checkins/ shows every documented setting, and summary {} unless asked', async () => {
    const answer = await api(sandbox, 'GET', '/checkins/');
    expect(answer.status).toBe(200);
    const first = answer.body.results[0];
    expect(Object.keys(first)).toEqual([
      'id', 'name', 'template', 'active', 'is_anonymous', 'send_report_one_by_one', 'use_user_defined_work_days', 'time_for_report',
      'start_on', 'privacy', 'allow_edit_permission', 'can_be_edited', 'reporting_metadata', 'custom_trigger_time', 'reminders_max_count',
      'reminders_frequency_time', 'reminders_trigger_condition', 'frequency_type', 'frequency', 'frequency_on_days', 'end_on',
      'is_trigger_based', 'custom_template_intro', 'custom_template_outro', 'summary',
    ]);
    expect(first).toMatchObject({ id: standup(), name: 'Daily Standup', template: sandbox.state.demo.standupTemplate, summary: {} });
    expect(answer.body.results.map((c: { name: string; is_anonymous: boolean }) => [c.name, c.is_anonymous])).toEqual([
      ['Daily Standup', false],
      ['Weekly Team Pulse', true],
      ['Product Sync', false],
      ['Sprint Retrospective', false],
    ]);
  });

  it('include_summary counts the day’s responses and blockers', async () => {
    const expected = sandbox.state.checkin(standup()).participants.length;
    const today = sandbox.state.listResponses(standup(), TODAY, TODAY);
    const blockers = today.filter((r) => Object.values(r.blockers).some(Boolean)).length;
    expect(blockers).toBeGreaterThan(0); // the seed makes sure a demo finds a blocker today

    const answer = await api(sandbox, 'GET', `/checkins/${standup()}/?include_summary=true`);
    expect(answer.body.summary).toEqual({
      completed_percentage: Math.round((today.length / expected) * 100),
      expected_responses: expected,
      completed_responses: today.length,
      total_blockers: blockers,
      current_user_is_respondent: false,
      current_user_has_response: false,
    });

    const yesterday = await api(sandbox, 'GET', `/checkins/?include_summary=true&date=2025-03-11`);
    expect(yesterday.body.results[0].summary.completed_responses).toBe(sandbox.state.listResponses(standup(), '2025-03-11', '2025-03-11').length);
    const bad = await api(sandbox, 'GET', '/checkins/?include_summary=true&date=11-03-2025');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ date: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'] });
  });

  it('POST /checkins/ creates a check-in from a template and answers 201 with it', async () => {
    const answer = await api(sandbox, 'POST', '/checkins/', {
      body: {
        name: 'Checkin created by API',
        template: sandbox.state.demo.standupTemplate,
        is_anonymous: false,
        send_reports_one_by_one: true,
        frequency_on_days: [1, 3, 5],
        custom_trigger_time: '08:00',
        reminders_max_count: 3,
        reminders_trigger_condition: 'fixed_frequency',
        reminders_frequency_time: 30,
        start_on: '2025-03-17',
        custom_template_intro: 'new intro message',
      },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Checkin created by API',
      template: sandbox.state.demo.standupTemplate,
      active: true,
      send_reports_one_by_one: true,
      frequency_on_days: [1, 3, 5],
      custom_trigger_time: '08:00:00',
      reminders_max_count: 3,
      reminders_trigger_condition: 'fixed_frequency',
      reminders_frequency_time: 30,
      start_on: '2025-03-17',
      end_on: null,
      custom_template_intro: 'new intro message',
    });
    expect(answer.body).not.toHaveProperty('summary');
    const read = await api(sandbox, 'GET', `/checkins/${answer.body.id}/`);
    expect(read.body).toMatchObject({ name: 'Checkin created by API', send_report_one_by_one: true });
  });

  it('POST /checkins/ needs a name and an existing check-in template', async () => {
    const missing = await api(sandbox, 'POST', '/checkins/', { body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual({ name: ['This field is required.'], template: ['This field is required.'] });

    const formTemplate = [...sandbox.state.templates.values()].find((t) => t.type === 'forms')!.uuid;
    for (const template of [MISSING, formTemplate]) {
      const answer = await api(sandbox, 'POST', '/checkins/', { body: { name: 'X', template } });
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual({ template: [`Invalid pk "${template}" - object does not exist.`] });
    }
    expect(sandbox.state.checkins.size).toBe(4);
  });

  it('PATCH /checkins/{id}/ changes only the fields sent and checks them', async () => {
    const answer = await api(sandbox, 'PATCH', `/checkins/${standup()}/`, { body: { name: 'Morning standup', active: false } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: standup(), name: 'Morning standup', active: false, reminders_max_count: 1 });

    const bad = await api(sandbox, 'PATCH', `/checkins/${standup()}/`, {
      body: { reminders_max_count: 4, reminders_trigger_condition: 'often', frequency_on_days: [], end_on: '2020-01-01', name: '' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({
      name: ['This field may not be blank.'],
      reminders_max_count: ['Ensure this value is less than or equal to 3.'],
      reminders_trigger_condition: ['"often" is not a valid choice.'],
      frequency_on_days: ['Choose at least one day.'],
      end_on: ['The end date must be on or after the start date.'],
    });
    expect(sandbox.state.checkin(standup()).name).toBe('Morning standup');
  });

  it('DELETE /checkins/{id}/ answers 204, then the check-in is gone', async () => {
    expect((await api(sandbox, 'DELETE', `/checkins/${standup()}/`)).status).toBe(204);
    for (const [method, path] of [['GET', `/checkins/${standup()}/`], ['DELETE', `/checkins/${standup()}/`], ['GET', `/checkins/${standup()}/responses/`]]) {
      const answer = await api(sandbox, method!, path!);
      expect(answer.status).toBe(404);
    }
  });
});

describe('check-in responses', () => {
  it('default to today, newest first, in the documented shape', async () => {
    const answer = await api(sandbox, 'GET', `/checkins/${standup()}/responses/`);
    expect(answer.status).toBe(200);
    const expected = sandbox.state.listResponses(standup(), TODAY, TODAY);
    expect(answer.body.count).toBe(expected.length);
    expect(answer.body.results.map((r: { uuid: string }) => r.uuid)).toEqual(expected.map((r) => r.uuid));
    const dates = answer.body.results.map((r: { created_at: string }) => r.created_at);
    expect([...dates].sort().reverse()).toEqual(dates);
    const first = answer.body.results[0];
    expect(first).toEqual({
      uuid: expected[0]!.uuid,
      user: { uuid: expected[0]!.user, full_name: expect.any(String), image: expect.any(String), occupation: expect.any(String) },
      is_anonymous: false,
      responses: [
        expect.objectContaining({ question_short: 'Previous work day progress', question_type: 'text', is_blocker: false, response: expect.any(String) }),
        expect.objectContaining({ question: 'What are you planning to work on today?', question_short: 'Plans for today', is_blocker: false }),
        expect.objectContaining({ question_short: 'Any blockers?', is_blocker: true }),
      ],
      response_completed: true,
      has_issue: expect.any(Boolean),
      created_at: expect.stringMatching(/^2025-03-12T\d\d:\d\d:\d\d\.\d{6}Z$/),
      updated_at: expect.stringMatching(/^2025-03-12T\d\d:\d\d:\d\d\.\d{6}Z$/),
    });
    expect(first.responses[0].question).toContain('{previous_response_date}');
  });

  it('cover a week of history with date_start/date_end, and page', async () => {
    const week = await api(sandbox, 'GET', `/checkins/${standup()}/responses/?date_start=2025-03-06&date_end=${TODAY}&limit=5`);
    const all = sandbox.state.listResponses(standup(), '2025-03-06', TODAY);
    expect(new Set(all.map((r) => r.date)).size).toBe(7);
    expect(week.body.count).toBe(all.length);
    expect(week.body.results).toHaveLength(5);
    expect(week.body.next).toBe(`${sandbox.apiUrl}/checkins/${standup()}/responses/?date_start=2025-03-06&date_end=${TODAY}&limit=5&offset=5`);
  });

  it('filter by user UUID, and refuse anything else as invalid_user_identifier', async () => {
    const someone = sandbox.state.listResponses(standup(), '2025-03-06', TODAY)[0]!.user;
    const mine = await api(sandbox, 'GET', `/checkins/${standup()}/responses/?date_start=2025-03-06&user=${someone}`);
    expect(mine.body.count).toBeGreaterThan(0);
    for (const r of mine.body.results) expect(r.user.uuid).toBe(someone);

    const email = sandbox.state.users.get(someone)!.email;
    const byEmail = await api(sandbox, 'GET', `/checkins/${standup()}/responses/?user=${encodeURIComponent(email)}`);
    expect(byEmail.status).toBe(400);
    expect(byEmail.body).toEqual({ detail: 'The user filter takes a user UUID.', code: 'invalid_user_identifier' });
  });

  it('refuse a bad date and a reversed range', async () => {
    const bad = await api(sandbox, 'GET', `/checkins/${standup()}/responses/?date_start=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ date_start: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'] });
    const reversed = await api(sandbox, 'GET', `/checkins/${standup()}/responses/?date_start=${TODAY}&date_end=2025-03-01`);
    expect(reversed.status).toBe(400);
    expect(reversed.body.code).toBe('invalid_date_range');
  });

  it('hide the person behind an anonymous check-in', async () => {
    const answer = await api(sandbox, 'GET', `/checkins/${sandbox.state.demo.anonymousCheckin}/responses/?date_start=2025-03-06`);
    expect(answer.body.count).toBeGreaterThan(0);
    for (const r of answer.body.results) expect(r).toMatchObject({ user: null, is_anonymous: true });
  });
});

describe('reminders', () => {
  it('go to everyone who has not answered today when nobody is named', async () => {
    const answer = await api(sandbox, 'POST', `/checkins/${standup()}/send-reminders/`, { body: {} });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ detail: 'Users notified successfully.' });
    const answered = new Set(sandbox.state.listResponses(standup(), TODAY, TODAY).map((r) => r.user));
    const pending = sandbox.state.checkin(standup()).participants.filter((u) => !answered.has(u));
    expect(pending.length).toBeGreaterThan(0);
    expect(sandbox.state.outbox).toEqual([
      expect.objectContaining({ kind: 'reminder', checkin: standup(), date: TODAY, recipients: pending, triggered_by: null }),
    ]);
  });

  it('go to the named users (UUIDs and emails), on behalf of the key owner when asked', async () => {
    const manager = sandbox.state.users.get(sandbox.state.demo.manager)!;
    const owner = sandbox.state.demo.owner;
    const answer = await api(sandbox, 'POST', `/checkins/${standup()}/send-reminders/`, {
      body: { users_uuids: [owner], users_emails: [manager.email.toUpperCase()], is_reminder_triggered_by_me: true, date: '2025-03-11' },
    });
    expect(answer.status).toBe(200);
    expect(sandbox.state.outbox[0]).toMatchObject({ kind: 'reminder', date: '2025-03-11', recipients: [owner, manager.uuid], triggered_by: owner });
  });

  it('refuse unknown people and contradictory senders, sending nothing', async () => {
    const cases: Array<[unknown, string]> = [
      [{ users_uuids: [MISSING] }, 'one_or_more_users_not_found'],
      [{ users_emails: ['nobody@acme-robotics.example'] }, 'one_or_more_users_not_found'],
      [{ users_emails: ['not an email'] }, 'invalid'],
      [{ reminder_triggered_by_user: sandbox.state.demo.owner, is_reminder_triggered_by_me: true }, 'invalid'],
      [{ date: '12/03/2025' }, 'invalid'],
    ];
    for (const [body, code] of cases) {
      const answer = await api(sandbox, 'POST', `/checkins/${standup()}/send-reminders/`, { body });
      expect([answer.status, answer.body.code]).toEqual([400, code]);
    }
    expect(sandbox.state.outbox).toEqual([]);
  });
});

describe('templates', () => {
  it('GET /templates/ needs a type: checkins (or check-ins) or forms', async () => {
    const checkins = await api(sandbox, 'GET', '/templates/?type=checkins');
    const dashed = await api(sandbox, 'GET', '/templates/?type=check-ins');
    expect(checkins.body.results.map((t: { name: string }) => t.name)).toEqual(['Daily Standup', 'Team Pulse', 'Sprint Retrospective']);
    expect(dashed.body.results).toEqual(checkins.body.results);
    const forms = await api(sandbox, 'GET', '/templates/?type=forms&system_default=true');
    expect(forms.body.results.map((t: { name: string }) => t.name)).toEqual(['Vacation request']);

    expect((await api(sandbox, 'GET', '/templates/')).body).toEqual({ detail: 'Invalid input.', code: 'invalid', errors: { type: ['This field is required.'] } });
    expect((await api(sandbox, 'GET', '/templates/?type=polls')).body.errors).toEqual({ type: ['"polls" is not a valid choice.'] });
  });

  it('GET /templates/{uuid}/ has the standup questions, one of them the blocker question', async () => {
    const answer = await api(sandbox, 'GET', `/templates/${sandbox.state.demo.standupTemplate}/`);
    expect(answer.body).toMatchObject({ uuid: sandbox.state.demo.standupTemplate, name: 'Daily Standup', intro: expect.any(String), outro: expect.any(String) });
    expect(answer.body.questions.logic).toEqual([
      { next_key: 1, prev_key: false, question_key: 0 },
      { next_key: 2, prev_key: 0, question_key: 1 },
      { next_key: false, prev_key: 1, question_key: 2 },
    ]);
    expect(answer.body.questions.fields.map((f: { question_short: string; is_blocker: boolean }) => [f.question_short, f.is_blocker])).toEqual([
      ['Previous work day progress', false],
      ['Plans for today', false],
      ['Any blockers?', true],
    ]);
    expect(answer.body.questions.fields[2].uuid).toBe(sandbox.state.demo.blockerQuestion);
    expect((await api(sandbox, 'GET', `/templates/${MISSING}/`)).status).toBe(404);
  });
});
