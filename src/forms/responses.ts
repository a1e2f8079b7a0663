/**
 * One form response read back through the API (`GET /forms/{uuid}/responses/{rid}/`, a listing item,
 * the answer to a PATCH), as the form steps give it: flattened exactly as "New Form Response" gives a
 * delivery (the same normalizer), with where it stands (its state and approval status).
 *
 * Shapes (dailybot-api-more.md §4): a REST row is `{uuid, form_id, current_state, allowed_transitions,
 * can_change_state, state_history, content: {<question uuid>: answer}, edited, created_at}`. It names
 * no questions, so the form's questions (`GET /forms/{uuid}/`) are handed to the normalizer beside it,
 * which then places each answer at its question's number, as it does for a webhook body. Who answered
 * is not in the rows DailyBot documents (SILENT): a `user` is read when a row has one.
 */
import type { ZObject } from 'zapier-platform-core';

import { normalizeFormResponse, formResponseOutputFields, formResponseSample } from '../triggers/normalize/form-response';
import { responseHeadShape, responseTailShape, withNumberedAnswers } from '../triggers/normalize/response-output';
import { isRecord } from '../triggers/normalize/common';
import { schema, type Infer, type ZodModule } from '../schemas/lazy';
import type { FormDetail } from './form';
import { readState, stateOutputFields, stateSample, stateShape, type FlowStatus } from './state';

/** The event a read response is given as: the one "New Form Response" gives. */
export const READ_EVENT = 'forms.response.created';

/** The zod shape of a response as the form steps give it: "New Form Response"'s, then its state. */
export const foundFormResponseShape = (zod: ZodModule) => ({
  ...responseHeadShape(zod),
  form_uuid: zod.string().nullable(),
  form_name: zod.string().nullable(),
  ...responseTailShape(zod),
  ...stateShape(zod),
});

export const FoundFormResponseOutput = schema((zod) => withNumberedAnswers(zod.looseObject(foundFormResponseShape(zod))));
export type FoundFormResponse = Infer<typeof FoundFormResponseOutput>;

/** The form's questions as the normalizer reads them from a webhook body (`questions.fields`). */
const questionsOf = (form: FormDetail) => ({
  fields: form.questions.map((q) => ({
    uuid: q.uuid,
    question: q.question ?? null,
    question_short: q.short_question ?? q.question_short ?? null,
    is_hidden: q.is_hidden ?? null,
  })),
});

/**
 * A response as the form steps output it. `form` is the form as read (its questions place the answers
 * of a row that names none), or only its UUID; `filteredBy` is the approval status a listing was
 * filtered by, for an item that does not carry its own.
 */
export const readFormResponse = (
  z: ZObject,
  item: unknown,
  form: Pick<FormDetail, 'uuid' | 'name' | 'questions'>,
  filteredBy?: FlowStatus,
): FoundFormResponse => {
  const body = isRecord(item) && !isRecord(item.questions) && form.questions.length > 0 ? { ...item, questions: questionsOf(form as FormDetail) } : item;
  const normalized = normalizeFormResponse(z, body, { event: READ_EVENT, form: { uuid: form.uuid, name: form.name ?? null } });
  return { ...normalized, ...readState(item, filteredBy).state };
};

export const foundFormResponseSample: FoundFormResponse = { ...formResponseSample, ...stateSample };

/** The output fields: "New Form Response"'s (answers labelled from the chosen form), then the state's. */
export const foundFormResponseOutputFields = [...formResponseOutputFields, ...stateOutputFields];
