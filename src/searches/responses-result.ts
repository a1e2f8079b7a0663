/**
 * The one result of a search for responses (check-in or form; issue 15 item 9). Zapier passes on only
 * a search's first result, so the search gives one: the newest response flattened, exactly as the
 * matching trigger gives it, beside every response found as line items (`responses`, newest first),
 * how many were found (`response_count`) and whether the line items were cut (`responses_cut`).
 *
 * - RESPONSE_LIMIT: at most 100 line items, the newest; `response_count` still counts them all. Each
 *   line item can hold 100 answers of up to 50,000 characters (normalize/text.ts), so more would risk
 *   Zapier's limit on a step's output size.
 * - A line item is a response's flat output without its lists (`answers`, a form's `state_history`):
 *   a list inside a line item is not mappable in Zapier. `question_N`/`answer_N` and `answers_text`
 *   carry its answers.
 */
import type { OutputFields, PlainOutputField } from 'zapier-platform-core';
import type * as Zod from 'zod';

import { schema, type ZodModule } from '../schemas/lazy';
import { withNumberedAnswers } from '../triggers/normalize/response-output';
import { answerFields } from '../triggers/answer-fields';
import type { QuestionSource } from '../triggers/answer-fields';

export const RESPONSE_LIMIT = 100;

const LINE_ITEM_PREFIX = 'responses[]';

/** The keys a line item leaves out: the lists of a response. */
const LISTS = ['answers', 'state_history'];

const withoutLists = <T extends Record<string, unknown>>(shape: T): T =>
  Object.fromEntries(Object.entries(shape).filter(([key]) => !LISTS.includes(key))) as T;

/** The result's schema, from the zod shape of one response (its trigger's output). */
export const responsesOutput = (shape: (zod: ZodModule) => Record<string, Zod.ZodType>) =>
  schema((zod) => {
    const lineItem = withNumberedAnswers(zod.looseObject(withoutLists(shape(zod))));
    return withNumberedAnswers(
      zod.looseObject({
        ...shape(zod),
        response_count: zod.number().int().min(1),
        responses_cut: zod.boolean(),
        responses: zod.array(lineItem).min(1).max(RESPONSE_LIMIT),
      }),
    );
  });

export type ResponsesResult<T> = T & { response_count: number; responses_cut: boolean; responses: Array<Partial<T>> };

/** The one result for responses found, newest first (at least one). */
export const responsesResult = <T extends Record<string, unknown>>(newestFirst: T[]): ResponsesResult<T> => {
  const [newest] = newestFirst;
  if (!newest) throw new Error('responsesResult needs at least one response');
  return {
    ...newest,
    response_count: newestFirst.length,
    responses_cut: newestFirst.length > RESPONSE_LIMIT,
    responses: newestFirst.slice(0, RESPONSE_LIMIT).map((response) => withoutLists(response)),
  };
};

/** `responses[]<key>` for each static field of a response but its lists. */
const lineItemFields = (fields: OutputFields): PlainOutputField[] =>
  fields.flatMap((field) =>
    typeof field === 'function' || LISTS.some((list) => field.key.startsWith(`${list}[]`))
      ? []
      : [{ ...field, key: `${LINE_ITEM_PREFIX}${field.key}`, label: `Each Response ${(field.label ?? field.key).replace(/^Response /, '')}` }],
  );

/**
 * The newest response's fields, then the line items' and the count. Every answer field (the newest's
 * and the line items') is labelled from the chosen check-in's or form's questions in one read
 * (answer-fields.ts); `count` positional ones without a choice.
 */
export const responsesOutputFields = (fields: OutputFields, source: QuestionSource, count: number): OutputFields => [
  ...fields.filter((field) => typeof field !== 'function'),
  answerFields({ source, count }, { source, count, prefix: LINE_ITEM_PREFIX, labelPrefix: 'Each Response ' }),
  { key: 'response_count', label: 'Number of Responses Found', type: 'integer' },
  { key: 'responses_cut', label: `More Than ${RESPONSE_LIMIT} Found`, type: 'boolean' },
  ...lineItemFields(fields),
];
