/**
 * Answers by name (issue 15 item 7): with a check-in or form chosen, the response steps' answer
 * fields are labelled with its own questions (one request, in the editor); without a choice, or
 * when the questions cannot be read, they stay "Question N"/"Answer N".
 */
import nock from 'nock';
import type { PlainOutputField } from 'zapier-platform-core';

import App from '../../index';
import { CHECKIN_UUID, FORM_UUID, Q1, Q2, Q3 } from '../fixtures/webhooks';
import { API, resolvedOutputFields } from '../helpers';

type Kind = 'triggers' | 'searches';
const fieldsOf = (kind: Kind, key: string) => (App[kind] as Record<string, { operation: { outputFields?: unknown[] } }>)[key]!.operation.outputFields;

const answerLabels = (fields: PlainOutputField[], prefix = '') =>
  Object.fromEntries(fields.filter((f) => new RegExp(`^${prefix.replace(/[[\]]/g, '\\$&')}(question|answer)_\\d+$`).test(f.key)).map((f) => [f.key, f.label]));

/** `GET /checkins/{uuid}/detail/` as the official CLI's fixture shows it (dailybot-api-beyond.md §2a), listed out of order. */
const checkinDetail = {
  id: CHECKIN_UUID,
  name: 'Team standups',
  is_archived: false,
  questions: [
    { uuid: Q2, index: 1, question: 'What are you planning to work on today?', question_short: 'Plans for Today', question_type: 'text', required: true, is_blocker: false },
    {
      uuid: Q1,
      index: 0,
      question: 'Your plan ({previous_response_date}):\n{previous_response_#2}\n\nWhat did you complete in your previous workday?',
      question_type: 'text',
      required: true,
      is_blocker: false,
    },
    { uuid: Q3, index: 2, question: 'Any blockers?', question_short: 'Blockers', question_type: 'boolean', required: false, is_blocker: true },
  ],
  participants: { users: [], teams: [] },
  report_channels: [],
};

const CHECKIN_STEPS: Array<[Kind, string]> = [
  ['triggers', 'checkin_response_completed'],
  ['triggers', 'checkin_blocker_reported'],
  ['triggers', 'checkin_response_updated'],
  ['triggers', 'checkin_response_deleted'],
  ['searches', 'find_checkin_responses'],
];

describe.each(CHECKIN_STEPS)('%s %s with a check-in chosen', (kind, key) => {
  it('labels the answers with the check-in’s own questions, in its order, readable (one request)', async () => {
    const scope = nock(API).get(`/checkins/${CHECKIN_UUID}/detail/`).once().reply(200, checkinDetail);
    const fields = await resolvedOutputFields(fieldsOf(kind, key), { inputData: { checkin: CHECKIN_UUID } });
    expect(scope.isDone()).toBe(true);
    expect(answerLabels(fields)).toEqual({
      question_1: 'Question 1: What did you complete in your previous workday?',
      answer_1: 'Answer: What did you complete in your previous workday?',
      question_2: 'Question 2: What are you planning to work on today?',
      answer_2: 'Answer: Plans for Today',
      question_3: 'Question 3: Any blockers?',
      answer_3: 'Answer: Blockers',
    });
    // every other field is still there, once
    const keys = fields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['response_uuid', 'checkin_uuid', 'answers[]response_text', 'answers_text']));
  });

  it.each([
    ['403', () => nock(API).get(`/checkins/${CHECKIN_UUID}/detail/`).reply(403, { detail: 'You do not have permission to perform this action.' })],
    ['404', () => nock(API).get(`/checkins/${CHECKIN_UUID}/detail/`).reply(404, { detail: 'Not found.' })],
    [
      'DailyBot not answering in time',
      () => {
        process.env.DAILYBOT_TIMEOUT_MS = '100';
        nock(API).get(`/checkins/${CHECKIN_UUID}/detail/`).delay(1_000).reply(200, checkinDetail);
      },
    ],
    ['an answer without questions', () => nock(API).get(`/checkins/${CHECKIN_UUID}/detail/`).reply(200, { id: CHECKIN_UUID, name: 'Team standups' })],
  ])('falls back to numbered fields on %s', async (_name, mock) => {
    mock();
    const fields = await resolvedOutputFields(fieldsOf(kind, key), { inputData: { checkin: CHECKIN_UUID } });
    expect(answerLabels(fields)).toMatchObject({ question_1: 'Question 1', answer_1: 'Answer 1', answer_3: 'Answer 3' });
  });
});

describe('find_checkin_responses with a check-in chosen', () => {
  it('labels its line items’ answers too, from the same single read', async () => {
    nock(API).get(`/checkins/${CHECKIN_UUID}/detail/`).once().reply(200, checkinDetail);
    const fields = await resolvedOutputFields(fieldsOf('searches', 'find_checkin_responses'), { inputData: { checkin: CHECKIN_UUID } });
    expect(answerLabels(fields, 'responses[]')).toMatchObject({
      'responses[]question_1': 'Each Response Question 1: What did you complete in your previous workday?',
      'responses[]answer_2': 'Each Response Answer: Plans for Today',
      'responses[]answer_3': 'Each Response Answer: Blockers',
    });
  });
});

describe.each(CHECKIN_STEPS.filter(([kind]) => kind === 'triggers'))('%s %s without a check-in chosen', (kind, key) => {
  it('gives the numbered fields and reads nothing', async () => {
    const fields = await resolvedOutputFields(fieldsOf(kind, key), { inputData: {} });
    expect(answerLabels(fields)).toEqual({
      question_1: 'Question 1',
      answer_1: 'Answer 1',
      question_2: 'Question 2',
      answer_2: 'Answer 2',
      question_3: 'Question 3',
      answer_3: 'Answer 3',
    });
  });
});

describe.each(['form_response_created', 'form_response_updated', 'form_response_deleted', 'form_response_state_changed'])('%s with a form chosen', (key) => {
  it('labels the answers with the form’s questions (`GET /forms/{uuid}/` → questions, short_question)', async () => {
    nock(API)
      .get(`/forms/${FORM_UUID}/`)
      .reply(200, {
        uuid: FORM_UUID,
        name: 'Vacation request',
        questions: [
          { uuid: Q1, index: 0, question: 'Which days will you be away?', short_question: 'Days Away', question_type: 'text' },
          { uuid: Q2, index: 1, question: `Why?${' Tell us more.'.repeat(20)}`, short_question: 'Reason', question_type: 'text' },
        ],
      });
    const fields = await resolvedOutputFields(fieldsOf('triggers', key), { inputData: { form: FORM_UUID } });
    const labels = answerLabels(fields);
    expect(labels).toMatchObject({ question_1: 'Question 1: Which days will you be away?', answer_1: 'Answer: Days Away', answer_2: 'Answer: Reason' });
    // a long question is cut to one short line for its label
    expect(labels.question_2!.length).toBeLessThanOrEqual('Question 2: '.length + 80);
    expect(labels.question_2).toMatch(/^Question 2: Why\? Tell us more\..*…$/);
  });

  it('falls back to numbered fields when the form cannot be read', async () => {
    nock(API).get(`/forms/${FORM_UUID}/`).reply(404, { detail: 'Not found.' });
    const fields = await resolvedOutputFields(fieldsOf('triggers', key), { inputData: { form: FORM_UUID } });
    expect(answerLabels(fields)).toEqual({ question_1: 'Question 1', answer_1: 'Answer 1', question_2: 'Question 2', answer_2: 'Answer 2' });
  });
});
