/**
 * The flat, mappable output that check-in and form responses share (answers as a list, as
 * `question_N`/`answer_N` pairs, and as one readable block): its zod shapes and its output fields.
 * response.ts reads DailyBot's payloads into these.
 */
import type { OutputFields } from 'zapier-platform-core';
import type * as Zod from 'zod';

import { namePartFields, personShape } from '../../names';
import { schema, type ZodModule } from '../../schemas/lazy';
import { answerFields, type AnswerFieldsSpec, type QuestionSource } from '../answer-fields';
import { isoDateTime } from './common';

export interface Answer {
  question: string | null;
  question_short: string | null;
  response: string | null;
  response_text: string | null;
  is_blocker: boolean;
}

const NUMBERED_KEY = /^(question|answer)_\d+$/;

export const AnswerOutput = schema((zod) =>
  zod.object({
    question: zod.string().nullable(),
    question_short: zod.string().nullable(),
    response: zod.string().nullable(),
    response_text: zod.string().nullable(),
    is_blocker: zod.boolean(),
  }),
);

/** The keys of a response's output that come before and after what it responds to (check-in or form). */
export const responseHeadShape = (zod: ZodModule) => ({
  id: zod.string().min(1),
  response_uuid: zod.string().min(1).nullable(),
  event: zod.string().min(1),
  event_timestamp: isoDateTime(zod).nullable(),
});

export const responseTailShape = (zod: ZodModule) => ({
  ...personShape(zod, 'user_'),
  is_anonymous: zod.boolean(),
  has_blocker: zod.boolean(),
  created_at: isoDateTime(zod).nullable(),
  updated_at: isoDateTime(zod).nullable(),
  answers: zod.array(AnswerOutput.get()),
  answers_text: zod.string(),
  unreadable_dates: zod.string().optional(),
});

/** Besides its named keys, a response output holds only `question_N`/`answer_N` texts. */
export const withNumberedAnswers = <T extends Zod.ZodType<Record<string, unknown>>>(object: T) =>
  object.superRefine((value, ctx) => {
    for (const [key, v] of Object.entries(value)) {
      if (NUMBERED_KEY.test(key) && v !== null && typeof v !== 'string') {
        ctx.addIssue({ code: 'custom', path: [key], message: 'must be a text or null' });
      }
    }
  });

/**
 * The output fields every response output shares, around `subject` (the check-in or form fields).
 * The `question_N`/`answer_N` fields come from a function: labelled with the questions of the
 * check-in or form chosen in the step's `source` input, else the first `answerCount` by number.
 * `more` asks the same function for other answer fields too (a search's line items), in one read.
 */
export const responseOutputFields = (
  subject: Array<{ key: string; label: string }>,
  answerCount: number,
  source: QuestionSource,
  ...more: AnswerFieldsSpec[]
): OutputFields => [
  { key: 'id', label: 'Event ID' },
  { key: 'response_uuid', label: 'Response ID' },
  { key: 'event', label: 'Event' },
  { key: 'event_timestamp', label: 'Event Time', type: 'datetime' },
  ...subject,
  { key: 'user_uuid', label: 'User ID' },
  { key: 'user_full_name', label: 'User Full Name' },
  ...namePartFields('user_', 'User'),
  { key: 'user_email', label: 'User Email' },
  { key: 'is_anonymous', label: 'Anonymous', type: 'boolean' },
  { key: 'has_blocker', label: 'Has Blocker', type: 'boolean' },
  { key: 'created_at', label: 'Created At', type: 'datetime' },
  { key: 'updated_at', label: 'Updated At', type: 'datetime' },
  { key: 'answers[]question', label: 'Answered Question' },
  { key: 'answers[]question_short', label: 'Answered Question (Short)' },
  { key: 'answers[]response', label: 'Answer Given' },
  { key: 'answers[]response_text', label: 'Answer Given (Plain Text)' },
  { key: 'answers[]is_blocker', label: 'Answer Is a Blocker', type: 'boolean' },
  answerFields({ source, count: answerCount }, ...more),
  { key: 'answers_text', label: 'All Answers' },
];
