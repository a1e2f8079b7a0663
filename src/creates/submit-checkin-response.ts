/**
 * Submit Check-in Response: `POST /checkins/{uuid}/responses/`, or `PUT` the same path to replace the
 * day's response (dailybot-api-more.md §1; DailyBot's CLI `complete_checkin` /
 * `update_checkin_response`). The chosen check-in's questions become the step's inputs, typed as
 * Submit Form Response types a form's (src/forms/questions.ts); at run time the check-in is read again
 * (`GET /checkins/{uuid}/detail/`) so the answers are checked against its questions as they are now,
 * before anything is sent. Two requests.
 *
 * Body: `{responses: [{uuid, index, response}], last_question_index, response_date}`. DailyBot records
 * the response as the API key's owner: no field names another person (§1.1, "always the
 * authenticated identity"). The PUT of DailyBot's CLI carries no date and is documented as editing
 * today's response; a past day's replacement is SILENT, so the date is sent when given and the help
 * says so. Every refusal the sources list has its own message (§1.1 "Dates", "Other refusals").
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { explainCodes, parseActionAnswer, sendAction } from './shared/request';
import { dateField } from '../inputs/fields';
import { parseInputs } from '../inputs/parse';
import { bool, dailybotId, date } from '../inputs/rules';
import { schema, type Infer } from '../schemas/lazy';
import { CHECKIN_NOT_FOUND, checkinAnswers, checkinPicker, getCheckinQuestions, lastQuestionIndex } from '../forms/checkin';
import { answerItemFields, answerItems, AnswerItems, answersFor, questionFields } from '../forms/questions';
import { DAILYBOT_ID_PATTERN } from '../schemas/patterns';

const staticFields = defineInputFields([
  checkinPicker(
    'The check-in to answer. Its questions appear below once it is picked. DailyBot records the response as the API key’s owner, who must take part in the check-in.',
  ),
  dateField('response_date', 'Response Date', 'The check-in day this response is for. Empty: today. A past or future day works only if the check-in’s settings allow it.'),
  {
    key: 'replace',
    label: 'Replace Existing Response',
    type: 'boolean',
    required: false,
    helpText:
      'Yes replaces the response the API key’s owner already gave that day (DailyBot documents this for today’s response). No (the default) adds a new response.',
  },
]);

const inputFields = defineInputFields([
  ...staticFields,
  async (z: ZObject, bundle: Bundle) => {
    const checkin = typeof bundle.inputData?.checkin === 'string' ? bundle.inputData.checkin.trim() : '';
    if (!DAILYBOT_ID_PATTERN.test(checkin)) return [];
    return questionFields(await getCheckinQuestions(z, bundle, checkin), 'check-in');
  },
]);

const Inputs = schema((zod) => zod.looseObject({ checkin: dailybotId(zod), response_date: date(zod), replace: bool(zod) }));

/** The body of `POST` (and `PUT`) `/checkins/{uuid}/responses/`. */
export const request = schema((zod) =>
  zod.strictObject({
    responses: zod
      .array(zod.strictObject({ uuid: zod.string().min(1), index: zod.number().int().min(0), response: zod.union([zod.string(), zod.number(), zod.boolean()]) }))
      .min(1),
    last_question_index: zod.number().int().min(0),
    response_date: zod.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  }),
);

export const output = schema((zod) =>
  zod.object({
    uuid: zod.string().nullable(),
    checkin_uuid: zod.string(),
    checkin_name: zod.string().nullable(),
    response_date: zod.string().nullable(),
    replaced: zod.boolean(),
    answers: AnswerItems.get(),
  }),
);

/** DailyBot answers `{uuid}` (the CLI reads `uuid ?? id`); a replacement may answer with nothing. */
const Answer = schema((zod) =>
  zod.looseObject({
    uuid: zod.string().nullish().catch(undefined),
    id: zod.union([zod.string(), zod.number()]).nullish().catch(undefined),
    response_date: zod.string().nullish().catch(undefined),
  }),
);

const NO_ANSWERS = 'No question of this check-in was answered, so nothing was sent. Fill in (or map) at least one answer below “Check-in”.';

const whose = 'DailyBot records check-in responses as the API key’s owner';

export const REFUSALS: Record<string, string> = {
  user_is_not_a_followup_member:
    `${whose}, and they do not take part in this check-in. Add them to the check-in’s participants in DailyBot, ` +
    'or reconnect DailyBot with the API key of someone who takes part.',
  responses_not_allowed_on_inactive_followup:
    'This check-in is paused (inactive), so DailyBot takes no responses to it. Turn it back on in DailyBot (or with the Update Check-in step, Active: yes), then replay this Zap run.',
  previous_responses_are_not_allowed:
    'This check-in does not take responses for past days. Leave “Response Date” empty for today, or allow past responses in the check-in’s settings in DailyBot.',
  future_responses_are_not_allowed:
    'This check-in does not take responses for future days. Leave “Response Date” empty for today, or allow future responses in the check-in’s settings in DailyBot.',
  followup_not_allow_responses_before_trigger_time:
    'Too early: this check-in takes no responses before its question time for the day. Run this step later in the day, or allow early responses in the check-in’s settings in DailyBot.',
  response_date_format_is_invalid: 'DailyBot did not read “Response Date” as a day. Give it as YYYY-MM-DD, such as 2026-03-31, or leave it empty for today.',
  not_valid_followup_uuid: CHECKIN_NOT_FOUND,
  template_questions_version_conflict:
    'The check-in’s questions changed in DailyBot while this step ran, so DailyBot did not take the answers. Open this step in the Zap editor, ' +
    'pick the check-in again so the fields show its current questions, check the answers, then replay this Zap run.',
  already_answered:
    `${whose}, and they already answered this check-in that day. Set “Replace Existing Response” to yes to replace that response, or pick another day.`,
};

const MISTYPED =
  'DailyBot refused one of the answers as not valid for its question (it does not say which). Check each answer: a number for number questions, ' +
  'yes or no for yes/no questions, one of the listed choices for choice questions. If the check-in’s questions changed, pick the check-in again in the Zap editor.';

const NOTHING_TO_REPLACE =
  `${whose}, and they have no response to this check-in that day to replace. Set “Replace Existing Response” to no to add one.`;

const explain = (replacing: boolean) => {
  const table = explainCodes({ ...REFUSALS, 409: REFUSALS.already_answered! });
  return (status: number, code: string | undefined, detail: string): string | undefined =>
    table(status, code, detail) ??
    (replacing && status === 404 ? NOTHING_TO_REPLACE : undefined) ??
    // DRF's bare `["response is not valid"]`: it names no question
    (status === 400 && /response is not valid/i.test(detail) ? MISTYPED : undefined);
};

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const inputs = parseInputs(z, Inputs, bundle.inputData, staticFields);
  const detail = await getCheckinQuestions(z, bundle, inputs.checkin);
  const content = answersFor(z, detail, bundle.inputData as Record<string, unknown>, 'check-in');
  const responses = checkinAnswers(detail, content);
  if (responses.length === 0) throw new z.errors.Error(NO_ANSWERS, 'no_answers', 400);
  const replacing = inputs.replace === true;
  const response = await sendAction(z, bundle, {
    method: replacing ? 'PUT' : 'POST',
    path: `/checkins/${encodeURIComponent(inputs.checkin)}/responses/`,
    body: {
      responses,
      last_question_index: lastQuestionIndex(detail),
      ...(inputs.response_date ? { response_date: inputs.response_date } : {}),
    },
    // with Replace, a bare 404 may be "no response that day" as much as "no such check-in": both are said
    notFound: replacing ? `${NOTHING_TO_REPLACE} ${CHECKIN_NOT_FOUND}` : CHECKIN_NOT_FOUND,
    explain: explain(replacing),
  });
  // a replacement may answer 204; a new response answers {uuid}
  const answer = response.content?.trim() ? parseActionAnswer(z, Answer, response, 'the check-in response') : undefined;
  const id = answer?.uuid ?? (answer?.id === undefined || answer?.id === null ? null : String(answer.id));
  return {
    uuid: id,
    checkin_uuid: detail.uuid || inputs.checkin,
    checkin_name: detail.name ?? null,
    response_date: answer?.response_date ?? inputs.response_date ?? null,
    replaced: replacing,
    answers: answerItems(detail, content),
  };
};

export default defineCreate({
  key: 'submit_checkin_response',
  noun: 'Check-in Response',
  display: {
    label: 'Submit Check-in Response',
    description: 'Answers a check-in as the API key’s owner, with an answer for each of its questions, or replaces that day’s answers.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      uuid: '8d2f4c6e-1a3b-4c5d-9e7f-0a1b2c3d4e5f',
      checkin_uuid: '9b3ea3ab-4e08-4b36-9d4b-0bb9e9f2d1c7',
      checkin_name: 'Daily Standup',
      response_date: '2026-03-31',
      replaced: false,
      answers: [
        { question_uuid: '3f0e7a52-8c1d-4b6e-9a2f-5d4c3b2a1f0e', question: 'What did you do yesterday?', answer: 'Shipped the export fix.' },
        { question_uuid: '4a1f8b63-9d2e-4c7f-8b3a-6e5d4c3b2a1f', question: 'What will you do today?', answer: 'Review the release notes.' },
        { question_uuid: '5b2a9c74-0e3f-4d8a-9c4b-7f6e5d4c3b2a', question: 'Anything blocking you?', answer: 'No' },
      ],
    },
    outputFields: [
      { key: 'uuid', label: 'Response ID' },
      { key: 'checkin_uuid', label: 'Check-in ID' },
      { key: 'checkin_name', label: 'Check-in Name' },
      { key: 'response_date', label: 'Response Date', type: 'string' },
      { key: 'replaced', label: 'Replaced Existing Response', type: 'boolean' },
      ...answerItemFields,
    ],
  },
});
