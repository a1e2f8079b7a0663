/**
 * Find Check-in Responses' one result (issue 15 item 9). Zapier passes on only a search's first
 * result, so the search gives one: the newest response flattened, exactly as the check-in response
 * triggers give it (every key version 1.0.0 had), beside every response found as line items
 * (`responses`, newest first), how many were found (`response_count`) and whether the line items were
 * cut (`responses_cut`).
 *
 * - RESPONSE_LIMIT: at most 100 line items, the newest; `response_count` still counts them all. Each
 *   line item can hold 100 answers of up to 50,000 characters (normalize/text.ts), so more would risk
 *   Zapier's limit on a step's output size.
 * - A line item is a response's flat output without its `answers` list (a list inside a line item is
 *   not mappable in Zapier): `question_N`/`answer_N` and `answers_text` carry its answers.
 */
import type { OutputFields, PlainOutputField } from 'zapier-platform-core';

import { schema, type Infer } from '../schemas/lazy';
import { responseHeadShape, responseTailShape, withNumberedAnswers } from '../triggers/normalize/response-output';
import { checkinResponseOutputFields, checkinResponseSample, type CheckinResponse } from '../triggers/normalize/checkin-response';
import { answerFields } from '../triggers/answer-fields';

export const RESPONSE_LIMIT = 100;

const LINE_ITEM_PREFIX = 'responses[]';

export const CheckinResponsesOutput = schema((zod) => {
  const { answers: _answers, ...tail } = responseTailShape(zod);
  const subject = { checkin_uuid: zod.string().nullable(), checkin_name: zod.string().nullable() };
  const lineItem = withNumberedAnswers(zod.looseObject({ ...responseHeadShape(zod), ...subject, ...tail }));
  return withNumberedAnswers(
    zod.looseObject({
      ...responseHeadShape(zod),
      ...subject,
      ...responseTailShape(zod),
      response_count: zod.number().int().min(1),
      responses_cut: zod.boolean(),
      responses: zod.array(lineItem).min(1).max(RESPONSE_LIMIT),
    }),
  );
});
export type CheckinResponses = Infer<typeof CheckinResponsesOutput>;

type LineItem = CheckinResponses['responses'][number];

/** A response as a line item: its flat output without the `answers` list. */
const lineItem = (response: CheckinResponse): LineItem => {
  const { answers: _answers, ...rest } = response;
  // `Omit` of a type with an index signature (zod's looseObject) keeps only the signature: the keys are all there
  return rest as LineItem;
};

/** The one result for responses found, newest first (at least one). */
export const responsesResult = (newestFirst: CheckinResponse[]): CheckinResponses => {
  const [newest] = newestFirst;
  if (!newest) throw new Error('responsesResult needs at least one response');
  return {
    ...newest,
    response_count: newestFirst.length,
    responses_cut: newestFirst.length > RESPONSE_LIMIT,
    responses: newestFirst.slice(0, RESPONSE_LIMIT).map(lineItem),
  };
};

/** An older response of the sample's week, from someone else, with no blocker. */
const olderSampleResponse: CheckinResponse = {
  ...checkinResponseSample,
  id: '2b7e4c19-8a3d-4f6e-b1c5-7d9a0e3f5b82',
  response_uuid: '2b7e4c19-8a3d-4f6e-b1c5-7d9a0e3f5b82',
  event_timestamp: '2024-02-05T15:02:11.204Z',
  user_uuid: '8d3f6a21-4c7b-4e90-a5d2-3b1e9f07c6d4',
  user_full_name: 'Maria Lopez',
  user_first_name: 'Maria',
  user_last_name: 'Lopez',
  user_email: 'maria.lopez@example.com',
  has_blocker: false,
  created_at: '2024-02-05T10:02:10-05:00',
  updated_at: '2024-02-05T10:02:11.204113-05:00',
  answers: [],
  question_1: 'What did you complete in your previous workday?',
  answer_1: 'Wrote the onboarding checklist.',
  question_2: 'What are you planning to work on today?',
  answer_2: 'Pair with John on the billing export.',
  question_3: 'Do you have any blockers? If so, just tell me. Otherwise please say: no.',
  answer_3: 'No.',
  answers_text:
    'Previous work day progress: Wrote the onboarding checklist.\n' +
    'Plans for today: Pair with John on the billing export.\n' +
    'Any blockers?: No.',
};

export const checkinResponsesSample: CheckinResponses = responsesResult([checkinResponseSample, olderSampleResponse]);

/** `responses[]<key>` for each static field of a response but its answers list. */
const lineItemFields = (): PlainOutputField[] =>
  checkinResponseOutputFields.flatMap((field) =>
    typeof field === 'function' || field.key.startsWith('answers[]') ? [] : [{ ...field, key: `${LINE_ITEM_PREFIX}${field.key}`, label: `Responses ${field.label ?? field.key}` }],
  );

/**
 * The newest response's fields, then the line items' and the count. Every answer field (the newest's
 * and the line items') is labelled from the chosen check-in's questions in one read (answer-fields.ts).
 */
export const checkinResponsesOutputFields: OutputFields = [
  ...checkinResponseOutputFields.filter((field) => typeof field !== 'function'),
  answerFields({ source: 'checkin', count: 3 }, { source: 'checkin', count: 3, prefix: LINE_ITEM_PREFIX, labelPrefix: 'Responses ' }),
  { key: 'response_count', label: 'Number of Responses Found', type: 'integer' },
  { key: 'responses_cut', label: `Responses Cut (More Than ${RESPONSE_LIMIT} Found)`, type: 'boolean' },
  ...lineItemFields(),
];
