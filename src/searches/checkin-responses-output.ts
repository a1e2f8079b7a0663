/**
 * Find Check-in Responses' one result (responses-result.ts): the newest response flattened, exactly
 * as the check-in response triggers give it (every key version 1.0.0 had), beside every response found
 * as line items.
 */
import { responseHeadShape, responseTailShape } from '../triggers/normalize/response-output';
import { checkinResponseOutputFields, checkinResponseSample, type CheckinResponse } from '../triggers/normalize/checkin-response';
import type { Infer } from '../schemas/lazy';
import { RESPONSE_LIMIT, responsesOutput, responsesOutputFields, responsesResult as oneResult } from './responses-result';

export { RESPONSE_LIMIT };

export const CheckinResponsesOutput = responsesOutput((zod) => ({
  ...responseHeadShape(zod),
  checkin_uuid: zod.string().nullable(),
  checkin_name: zod.string().nullable(),
  ...responseTailShape(zod),
}));
export type CheckinResponses = Infer<typeof CheckinResponsesOutput>;

/** The one result for responses found, newest first (at least one). */
export const responsesResult = (newestFirst: CheckinResponse[]): CheckinResponses => oneResult(newestFirst) as CheckinResponses;

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

/** The newest response's fields, then the line items' and the count, answers labelled from the chosen check-in. */
export const checkinResponsesOutputFields = responsesOutputFields(checkinResponseOutputFields, 'checkin', 3);
