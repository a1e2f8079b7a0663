import nock from 'nock';

import App from '../../index';
import { API, appTester, authData, errorOf, expectNoSecrets } from '../helpers';
import { CHECKIN, checkinDetail, nockCheckinDetail, Q1, Q2, Q3, Q4, RESPONSE } from '../fixtures/v3';
import { failsBeforeAnyRequest, runAction } from './support';

const submit = (inputData: Record<string, unknown>) => runAction('submit_checkin_response', inputData);
const PATH = `/checkins/${CHECKIN}/responses/`;
const answers = { [`answer_${Q1}`]: 'Shipped the export fix.', [`answer_${Q2}`]: 'Review the release notes.' };

describe('Submit Check-in Response', () => {
  it('turns the check-in’s questions into typed fields, in the check-in’s order, as Submit Form Response does for forms', async () => {
    nockCheckinDetail();
    const fields = (await appTester(App.creates!.submit_checkin_response!.operation.inputFields!.at(-1) as never, { authData, inputData: { checkin: CHECKIN } } as never)) as unknown[];
    expect(fields).toEqual([
      expect.objectContaining({ key: `answer_${Q1}`, label: 'What did you complete in your previous workday?', type: 'text', required: true, helpText: 'Text. The check-in requires an answer.' }),
      expect.objectContaining({ key: `answer_${Q2}`, label: 'What are you planning to work on today?', type: 'text', required: true }),
      expect.objectContaining({ key: `answer_${Q3}`, label: 'Any blockers?', type: 'boolean', required: false }),
      expect.objectContaining({ key: `answer_${Q4}`, label: 'How many hours of focus today?', type: 'number', required: false }),
    ]);
  });

  it('reads the check-in, then posts each answer with its question’s UUID and position; outputs each answer beside its question', async () => {
    nockCheckinDetail();
    nock(API)
      .post(PATH, {
        responses: [
          { uuid: Q1, index: 0, response: 'Shipped the export fix.' },
          { uuid: Q2, index: 1, response: 'Review the release notes.' },
          { uuid: Q3, index: 2, response: false },
          { uuid: Q4, index: 3, response: 5.5 },
        ],
        last_question_index: 3,
        response_date: '2026-03-30',
      })
      .reply(201, { uuid: RESPONSE });
    const result = await submit({ checkin: CHECKIN, ...answers, [`answer_${Q3}`]: 'no', [`answer_${Q4}`]: '5.5', response_date: '2026-03-30T09:00:00-05:00' });
    expect(result).toEqual({
      uuid: RESPONSE,
      checkin_uuid: CHECKIN,
      checkin_name: 'Team standups',
      response_date: '2026-03-30',
      replaced: false,
      answers: [
        { question_uuid: Q1, question: 'What did you complete in your previous workday?', answer: 'Shipped the export fix.' },
        { question_uuid: Q2, question: 'What are you planning to work on today?', answer: 'Review the release notes.' },
        { question_uuid: Q3, question: 'Any blockers?', answer: 'false' },
        { question_uuid: Q4, question: 'How many hours of focus today?', answer: '5.5' },
      ],
    });
  });

  it('sends no date when none is given (DailyBot takes today), leaves out empty optional answers, and reads `id` when there is no `uuid`', async () => {
    nockCheckinDetail();
    nock(API)
      .post(PATH, { responses: [{ uuid: Q1, index: 0, response: 'Shipped the export fix.' }, { uuid: Q2, index: 1, response: 'Review the release notes.' }], last_question_index: 3 })
      .reply(201, { id: 77 });
    const result = await submit({ checkin: CHECKIN, ...answers, [`answer_${Q3}`]: '' });
    expect(result).toMatchObject({ uuid: '77', response_date: null, answers: [expect.objectContaining({ question_uuid: Q1 }), expect.objectContaining({ question_uuid: Q2 })] });
  });

  it('replaces the day’s response with PUT on the same path when “Replace Existing Response” is yes (an empty answer is fine)', async () => {
    nockCheckinDetail();
    nock(API)
      .put(PATH, { responses: [{ uuid: Q1, index: 0, response: 'Shipped the export fix.' }, { uuid: Q2, index: 1, response: 'Review the release notes.' }], last_question_index: 3 })
      .reply(204);
    const result = await submit({ checkin: CHECKIN, ...answers, replace: 'yes' });
    expect(result).toMatchObject({ uuid: null, replaced: true, checkin_name: 'Team standups' });
  });

  it('uses the list position as the index when the check-in’s questions carry none (the template shape)', async () => {
    const template = { ...checkinDetail(), questions: { fields: [{ uuid: Q1, question: 'Done?', question_type: 'text_field', is_optional: false }, { uuid: Q2, question: 'Next?', question_type: 'text_field', is_optional: true }] } };
    nockCheckinDetail(template);
    nock(API).post(PATH, { responses: [{ uuid: Q1, index: 0, response: 'a' }, { uuid: Q2, index: 1, response: 'b' }], last_question_index: 1 }).reply(201, { uuid: RESPONSE });
    await expect(submit({ checkin: CHECKIN, [`answer_${Q1}`]: 'a', [`answer_${Q2}`]: 'b' })).resolves.toMatchObject({ uuid: RESPONSE });
  });

  it('names every answer that does not fit its question by the question’s text, after reading the check-in and before sending', async () => {
    nockCheckinDetail();
    const error = await failsBeforeAnyRequest(() => submit({ checkin: CHECKIN, [`answer_${Q3}`]: 'maybe', [`answer_${Q4}`]: 'lots' }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('“What did you complete in your previous workday?” is required by the check-in');
    expect(error.message).toContain('“Any blockers?” must be yes or no');
    expect(error.message).toContain('“How many hours of focus today?” must be a number');
  });

  it('refuses an unreadable check-in ID and a bad date before any request', async () => {
    expect((await failsBeforeAnyRequest(() => submit({ checkin: '../users', ...answers }))).message).toContain('“Check-in”');
    expect((await failsBeforeAnyRequest(() => submit({ checkin: CHECKIN, response_date: '2026-02-30', ...answers }))).message).toContain('“Response Date”');
  });

  it('says so when no question was answered, and sends nothing', async () => {
    nockCheckinDetail(checkinDetail({ questions: [{ uuid: Q3, index: 0, question: 'Any blockers?', question_type: 'boolean', required: false }] }));
    const error = await failsBeforeAnyRequest(() => submit({ checkin: CHECKIN }));
    expect(error).toMatchObject({ code: 'no_answers' });
  });

  // every refusal the sources list (dailybot-api-more.md §1.1), with what to do
  it.each([
    [400, { detail: 'user_is_not_a_followup_member', code: 'user_is_not_a_followup_member' }, /records check-in responses as the API key’s owner, and they do not take part.*Add them to the check-in’s participants/],
    [400, { detail: 'responses_not_allowed_on_inactive_followup', code: 'responses_not_allowed_on_inactive_followup' }, /paused \(inactive\).*Turn it back on/],
    [400, { detail: 'previous_responses_are_not_allowed', code: 'previous_responses_are_not_allowed' }, /past days.*allow past responses/],
    [400, { detail: 'future_responses_are_not_allowed', code: 'future_responses_are_not_allowed' }, /future days.*allow future responses/],
    [400, { detail: 'followup_not_allow_responses_before_trigger_time', code: 'followup_not_allow_responses_before_trigger_time' }, /Too early.*Run this step later/],
    [400, { detail: 'response_date_format_is_invalid', code: 'response_date_format_is_invalid' }, /YYYY-MM-DD/],
    [404, { detail: 'not_valid_followup_uuid', code: 'not_valid_followup_uuid' }, /Pick the check-in again/],
    [409, { detail: 'template_questions_version_conflict', code: 'template_questions_version_conflict' }, /questions changed.*pick the check-in again/],
    [400, ['response is not valid'], /not valid for its question.*a number for number questions/],
    [409, { detail: 'Already answered.' }, /already answered.*“Replace Existing Response” to yes/],
    [403, { detail: 'API keys are not available on the free plan.', code: 'plan_free_api_keys_forbidden' }, /free plan/],
  ])('HTTP %s %j → a message that says what to do', async (status, body, message) => {
    nockCheckinDetail();
    nock(API).post(PATH).reply(status, body);
    const error = await errorOf(submit({ checkin: CHECKIN, ...answers, response_date: '2026-03-30' }));
    expect(error.message).toMatch(message);
    expectNoSecrets(error.message);
  });

  it('with Replace, a plain 404 says there was no response that day to replace (or the check-in is gone)', async () => {
    nockCheckinDetail();
    nock(API).put(PATH).reply(404, { detail: 'Not found.' });
    const error = await errorOf(submit({ checkin: CHECKIN, ...answers, replace: true }));
    expect(error.message).toContain('no response to this check-in that day to replace');
    expect(error.message).toContain('Pick the check-in again');
  });

  it('a check-in that is gone when read says to pick it again', async () => {
    nock(API).get(`/checkins/${CHECKIN}/detail/`).reply(404, { detail: 'Not found.' });
    const error = await errorOf(submit({ checkin: CHECKIN, ...answers }));
    expect(error.message).toContain('Pick the check-in again from the list in “Check-in”');
  });
});
