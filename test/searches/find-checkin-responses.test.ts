import nock from 'nock';

import { API, API_KEY, errorOf, expectNoSecrets } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { CHECKIN_UUID, listedCheckinResponse } from '../fixtures/webhooks';
import { CheckinResponsesOutput, RESPONSE_LIMIT } from '../../src/searches/checkin-responses-output';
import { runSearch } from './support';

const RESPONSES = `/checkins/${CHECKIN_UUID}/responses/`;
const page2Url = `${API}${RESPONSES}?date_start=2026-03-02&date_end=2026-03-06&limit=100&page_size=100&offset=100`;

const ann = { ...seeds.user, uuid: '0b0c5a4e-1f7d-4c57-9a43-5d2b1f0e9c11', full_name: 'Ann Lee', email: 'ann.lee@example.com' };

const monday = listedCheckinResponse({
  uuid: '11111111-1111-4111-8111-111111111111',
  user: { uuid: ann.uuid, full_name: 'Ann Lee', email: 'ann.lee@example.com' },
  created_at: '2026-03-02T14:00:00Z',
  updated_at: '2026-03-02T14:00:00Z',
});
const wednesday = listedCheckinResponse({
  uuid: '33333333-3333-4333-8333-333333333333',
  created_at: '2026-03-04T09:15:00-05:00',
  updated_at: '2026-03-04T10:00:00-05:00',
  has_issue: false,
  responses: [{ question: 'What are you planning to work on today?', question_short: 'Plans for today', question_type: 'text', response: '<p>Ship <b>billing</b> &amp; docs</p>', is_blocker: false }],
});
const tuesday = listedCheckinResponse({
  uuid: '22222222-2222-4222-8222-222222222222',
  user: undefined,
  is_anonymous: true,
  created_at: '2026-03-03T12:00:00Z',
  updated_at: '2026-03-03T12:00:00Z',
});

const RANGE = { date_start: '2026-03-02', date_end: '2026-03-06' };

describe('find_checkin_responses', () => {
  it('reads every page of the date range, names the check-in, and returns the responses newest first', async () => {
    nock(API, { reqheaders: { 'x-api-key': API_KEY } })
      .get(RESPONSES)
      .query({ ...RANGE, limit: '100', page_size: '100' })
      .reply(200, { ...seeds.page([monday, wednesday]), count: 3, next: page2Url });
    nock(API).get(RESPONSES).query({ ...RANGE, limit: '100', page_size: '100', offset: '100' }).reply(200, { ...seeds.page([tuesday]), count: 3 });
    nock(API).get(`/checkins/${CHECKIN_UUID}/`).reply(200, seeds.checkin);

    const results = await runSearch('find_checkin_responses', { checkin: CHECKIN_UUID, ...RANGE });

    // one result (Zapier passes on only the first): the newest flattened, every response as a line item
    expect(results).toHaveLength(1);
    const [result] = results as [Record<string, unknown> & { responses: Array<Record<string, unknown>> }];
    expect(result.responses.map((r) => r.response_uuid)).toEqual([wednesday.uuid, tuesday.uuid, monday.uuid]);
    expect(result).toMatchObject({ response_count: 3, responses_cut: false });
    expect(result).toMatchObject({
      id: wednesday.uuid,
      response_uuid: wednesday.uuid,
      event: 'followups.response.completed',
      event_timestamp: '2026-03-04T10:00:00-05:00',
      checkin_uuid: CHECKIN_UUID,
      checkin_name: 'Team standups',
      is_anonymous: false,
      has_blocker: false,
      created_at: '2026-03-04T09:15:00-05:00',
      answers: [{ question: 'What are you planning to work on today?', question_short: 'Plans for today', response: '<p>Ship <b>billing</b> &amp; docs</p>', response_text: 'Ship billing & docs', is_blocker: false }],
      question_1: 'What are you planning to work on today?',
      answer_1: 'Ship billing & docs',
      answers_text: 'Plans for today: Ship billing & docs',
    });
    // a line item is the response's flat output without its answers list
    const { answers: _answers, response_count: _count, responses_cut: _cut, responses: _items, ...flat } = result;
    expect(result.responses[0]).toEqual(flat);
    expect(result.responses[1]).toMatchObject({ is_anonymous: true, user_uuid: null, user_full_name: null, user_email: null, has_blocker: true });
    expect(result.responses[2]).toMatchObject({
      user_uuid: ann.uuid,
      user_full_name: 'Ann Lee',
      user_email: 'ann.lee@example.com',
      has_blocker: true,
      answer_3: 'Example response 3.',
      answers_text: 'Previous work day progress: Example response 1.\nPlans for today: Example response 2.\nAny blockers?: Example response 3.',
    });
    expect(result.responses.every((r) => !('answers' in r))).toBe(true);
  });

  it(`gives at most ${RESPONSE_LIMIT} line items, the newest, and says it cut them; the count is of all found`, async () => {
    const many = Array.from({ length: RESPONSE_LIMIT + 5 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 2, 2, 8) + i * 60_000).toISOString();
      return listedCheckinResponse({ uuid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, created_at: day, updated_at: day });
    });
    nock(API).get(RESPONSES).query({ ...RANGE, limit: '100', page_size: '100' }).reply(200, { ...seeds.page(many.slice(0, 100)), count: many.length, next: page2Url });
    nock(API).get(RESPONSES).query({ ...RANGE, limit: '100', page_size: '100', offset: '100' }).reply(200, { ...seeds.page(many.slice(100)), count: many.length });
    nock(API).get(`/checkins/${CHECKIN_UUID}/`).reply(200, seeds.checkin);
    const [result] = (await runSearch('find_checkin_responses', { checkin: CHECKIN_UUID, ...RANGE })) as [{ responses: Array<{ response_uuid: string }> } & Record<string, unknown>];
    expect(result).toMatchObject({ response_count: RESPONSE_LIMIT + 5, responses_cut: true, response_uuid: many[many.length - 1]!.uuid });
    expect(result.responses).toHaveLength(RESPONSE_LIMIT);
    expect(result.responses.map((r) => r.response_uuid)).toEqual(many.slice(5).reverse().map((r) => r.uuid));
    expect(CheckinResponsesOutput.safeParse(result).success).toBe(true);
  });

  it('leaves the dates to DailyBot (today) when none are given', async () => {
    nock(API).get(RESPONSES).query({ limit: '100', page_size: '100' }).reply(200, seeds.page([monday]));
    nock(API).get(`/checkins/${CHECKIN_UUID}/`).reply(200, seeds.checkin);
    await expect(runSearch('find_checkin_responses', { checkin: CHECKIN_UUID })).resolves.toHaveLength(1);
  });

  it('returns no result, and reads nothing more, when the range holds no response', async () => {
    nock(API).get(RESPONSES).query({ ...RANGE, limit: '100', page_size: '100' }).reply(200, seeds.page([]));
    await expect(runSearch('find_checkin_responses', { checkin: CHECKIN_UUID, ...RANGE })).resolves.toEqual([]);
  });

  it('resolves a person named by email to the UUID DailyBot filters by', async () => {
    nock(API).get('/users/').query({ include_email: 'true', limit: '100', page_size: '100' }).reply(200, seeds.page([seeds.user, ann]));
    nock(API).get(RESPONSES).query({ ...RANGE, user: ann.uuid, limit: '100', page_size: '100' }).reply(200, seeds.page([monday]));
    nock(API).get(`/checkins/${CHECKIN_UUID}/`).reply(200, seeds.checkin);
    const results = await runSearch('find_checkin_responses', { checkin: CHECKIN_UUID, ...RANGE, user: 'Ann.Lee@example.com' });
    expect(results.map((r) => r.user_uuid)).toEqual([ann.uuid]);
  });

  it('resolves a full name the same way', async () => {
    nock(API).get('/users/').query({ include_email: 'true', limit: '100', page_size: '100' }).reply(200, seeds.page([seeds.user, ann]));
    nock(API).get(RESPONSES).query({ user: ann.uuid, limit: '100', page_size: '100' }).reply(200, seeds.page([]));
    await expect(runSearch('find_checkin_responses', { checkin: CHECKIN_UUID, user: 'ann lee' })).resolves.toEqual([]);
  });

  it('sends a user UUID as it is (lower case), without listing users', async () => {
    nock(API).get(RESPONSES).query({ user: ann.uuid, limit: '100', page_size: '100' }).reply(200, seeds.page([]));
    await expect(runSearch('find_checkin_responses', { checkin: CHECKIN_UUID, user: ann.uuid.toUpperCase() })).resolves.toEqual([]);
  });

  it('fails, naming the person, when the user matches nobody, and asks for no responses', async () => {
    nock(API).get('/users/').query({ include_email: 'true', limit: '100', page_size: '100' }).reply(200, seeds.page([seeds.user]));
    const error = await errorOf(runSearch('find_checkin_responses', { checkin: CHECKIN_UUID, user: 'nobody@example.com' }));
    expect(error).toMatchObject({ code: 'dailybot_user_not_found' });
    expect(error.message).toContain('No DailyBot user matches “nobody@example.com” in “User”');
  });

  it('still returns the responses, without a check-in name, if the check-in cannot be read (404)', async () => {
    nock(API).get(RESPONSES).query({ limit: '100', page_size: '100' }).reply(200, seeds.page([monday]));
    nock(API).get(`/checkins/${CHECKIN_UUID}/`).reply(404, { detail: 'Not found.' });
    const [found] = await runSearch('find_checkin_responses', { checkin: CHECKIN_UUID });
    expect(found).toMatchObject({ checkin_uuid: CHECKIN_UUID, checkin_name: null, response_uuid: monday.uuid });
  });

  it('says so when the check-in itself is gone (404 on the responses)', async () => {
    nock(API).get(RESPONSES).query({ limit: '100', page_size: '100' }).reply(404, { detail: 'Not found.' });
    const error = await errorOf(runSearch('find_checkin_responses', { checkin: CHECKIN_UUID }));
    expect(error).toMatchObject({ code: 'http_404', status: 404 });
    expect(error.message).toContain('Not found.');
    expectNoSecrets(error.message);
  });

  it('passes on a plan error with its upgrade link', async () => {
    nock(API).get(RESPONSES).query({ limit: '100', page_size: '100' }).reply(403, seeds.errors.planUpgrade);
    const error = await errorOf(runSearch('find_checkin_responses', { checkin: CHECKIN_UUID }));
    expect(error).toMatchObject({ code: 'plan_upgrade_required' });
    expect(error.message).toContain('https://app.dailybot.com/billing');
  });

  it('fails plainly on a listing item it cannot read', async () => {
    nock(API).get(RESPONSES).query({ limit: '100', page_size: '100' }).reply(200, seeds.page(['not a response']));
    const error = await errorOf(runSearch('find_checkin_responses', { checkin: CHECKIN_UUID }));
    expect(error.code).toBe('dailybot_unexpected_answer');
    expect(error.message).toContain('check-in responses (item 1)');
  });

  describe('refuses invalid inputs before any request', () => {
    it.each([
      ['no check-in', { ...RANGE }, 'Check this field: “Check-in” is required.'],
      ['a check-in that is not an ID', { checkin: '../users', ...RANGE }, 'Check this field: “Check-in” must be picked from the list (a DailyBot ID such as 3f2b…-…).'],
      ['a start date that is not YYYY-MM-DD', { checkin: CHECKIN_UUID, date_start: '03/02/2026' }, 'Check this field: “Start Date” must be a date written YYYY-MM-DD, such as 2026-03-31.'],
      ['an end date that does not exist', { checkin: CHECKIN_UUID, date_end: '2026-02-29' }, 'Check this field: “End Date” must be a date written YYYY-MM-DD, such as 2026-03-31.'],
      [
        'an end date before the start date',
        { checkin: CHECKIN_UUID, date_start: '2026-03-06', date_end: '2026-03-02' },
        'Check this field: “End Date” is before “Start Date”: the end date must be the same day as the start date or later.',
      ],
      ['a user too long to be a name or an email', { checkin: CHECKIN_UUID, user: 'x'.repeat(321) }, 'Check this field: “User” must be at most 320 characters.'],
    ])('%s', async (_name, inputData, message) => {
      const error = await errorOf(runSearch('find_checkin_responses', inputData));
      expect(error).toMatchObject({ code: 'invalid_input', message });
    });

    it('names every field to fix at once', async () => {
      const error = await errorOf(runSearch('find_checkin_responses', { date_start: 'yesterday', date_end: 'today' }));
      expect(error.message).toMatch(/^Check these fields: “Check-in” is required; “Start Date” must be .*; “End Date” must be .*\.$/);
    });
  });
});
