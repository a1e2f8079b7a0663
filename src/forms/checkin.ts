/**
 * A check-in's questions, read and answered the way a form's are (src/forms/form.ts, questions.ts):
 * `GET /checkins/{uuid}/detail/` gives `questions` in the shape a form has (`[{uuid, index, question,
 * question_type, …}]`, or the template's `{fields: […]}` with `is_optional`), so it is read with the
 * same schema, its questions become the same typed input fields, and the answers are checked by the
 * same rules.
 *
 * What differs is the body DailyBot takes (dailybot-api-more.md §1.1, DailyBot's CLI
 * `build_checkin_responses`): `responses: [{uuid, index, response}]`, each answer with its question's
 * UUID and 0-based position, and `last_question_index`. Questions left empty are not sent: whether
 * DailyBot takes a response with some questions unanswered is SILENT in the sources (the CLI always
 * answers every question), so `last_question_index` names the check-in's last question: the response
 * is complete as far as the Zap goes.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { parseAnswer } from '../http/client';
import { SOURCES } from '../triggers/answer-fields';
import { explainCodes, sendAction } from '../creates/shared/request';
import { checkinField } from '../inputs/fields';
import { FormDetail, type FormQuestion } from './form';
import { askable } from './questions';

export const CHECKIN_NOT_FOUND =
  'DailyBot has no check-in with this ID that the API key’s owner can see (HTTP 404): it may have been deleted. ' +
  'Pick the check-in again from the list in “Check-in”.';

/** `GET /checkins/{uuid}/detail/`: the check-in's name and its questions as they are now. */
export const getCheckinQuestions = async (z: ZObject, bundle: Bundle, uuid: string): Promise<FormDetail> => {
  const response = await sendAction(z, bundle, {
    path: SOURCES.checkin.path(uuid),
    notFound: CHECKIN_NOT_FOUND,
    explain: explainCodes({ not_valid_followup_uuid: CHECKIN_NOT_FOUND }),
  });
  const detail = parseAnswer(z, FormDetail, response.data, 'the check-in');
  // the fields follow the check-in's order: by `index` when every question has its own
  const indexed = detail.questions.every((q) => typeof q.index === 'number') && new Set(detail.questions.map((q) => q.index)).size === detail.questions.length;
  return indexed ? { ...detail, questions: [...detail.questions].sort((a, b) => (a.index ?? 0) - (b.index ?? 0)) } : detail;
};

/** The required "Check-in" field of a step whose next fields are the check-in's questions. */
export const checkinPicker = (helpText: string) => ({ ...checkinField(true, helpText), altersDynamicFields: true as const });

/** A question's 0-based position in the check-in's question list: its `index`, else where it is listed. */
const positionOf = (detail: FormDetail, q: FormQuestion): number => (typeof q.index === 'number' ? q.index : detail.questions.indexOf(q));

export interface CheckinAnswer {
  uuid: string;
  index: number;
  response: string | number | boolean;
}

/** The answers (`content` keyed by question UUID, from `answersFor`) as DailyBot's `responses` list, in question order. */
export const checkinAnswers = (detail: FormDetail, content: Record<string, string | number | boolean>): CheckinAnswer[] =>
  askable(detail)
    .filter((q) => Object.hasOwn(content, q.uuid))
    .map((q) => ({ uuid: q.uuid, index: positionOf(detail, q), response: content[q.uuid]! }));

/** The position of the check-in's last question. */
export const lastQuestionIndex = (detail: FormDetail): number => Math.max(0, ...askable(detail).map((q) => positionOf(detail, q)));
