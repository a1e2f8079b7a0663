/**
 * Answers by name (issue 15 item 7): the `question_N`/`answer_N` output fields, labelled with the
 * chosen check-in's or form's own questions ("Answer: Plans for Today") instead of "Answer 2".
 *
 * Zapier calls an output-field function in the Zap editor only (one request there, none in a
 * running Zap). The keys stay `question_N`/`answer_N`: the normalizer places each answer at its
 * question's place in the check-in's question list (response.ts), so the N-th question of the
 * check-in here is `answer_N` in every delivery. Without a choice, or when the questions cannot be
 * read (no access, gone, DailyBot unreachable, an answer we cannot read), the fields are the
 * positional "Question N"/"Answer N" ones, as before: the editor never fails for a label.
 *
 * Where the questions come from:
 * - a check-in: `GET /checkins/{uuid}/detail/` → `questions: [{uuid, index, question, question_type, …}]`
 *   (dailybot-api-beyond.md §2a, the official CLI's API_REFERENCE and its test fixture);
 * - a form: `GET /forms/{uuid}/` → `questions: [{uuid, index, question, short_question, …}]` (§3, the
 *   CLI's forms SKILL "canonical detail JSON");
 * - the template shape `questions: {fields: [{uuid, question, question_short}]}` (check-in templates,
 *   dailybot-api-notes.md) is read too, should either answer in it.
 * Questions are ordered by `index` when every one has it, else as listed.
 */
import type { Bundle, PlainOutputField, ZObject } from 'zapier-platform-core';
import type * as Zod from 'zod';

import { send } from '../http/client';
import { schema } from '../schemas/lazy';
import { isRecord } from './normalize/common';
import { ANSWER_LIMIT, oneLine, readableQuestion } from './normalize/text';

export type QuestionSource = 'checkin' | 'form';

/** Where each kind's questions are read; the input key is the step's own (the filter or the search's field). */
export const SOURCES: Record<QuestionSource, { path: (uuid: string) => string; what: string }> = {
  checkin: { path: (uuid) => `/checkins/${encodeURIComponent(uuid)}/detail/`, what: 'check-in' },
  form: { path: (uuid) => `/forms/${encodeURIComponent(uuid)}/`, what: 'form' },
};

/** The longest question text a label holds; a longer one ends in "…". */
export const LABEL_TEXT_LIMIT = 80;

const lenient = <T extends Zod.ZodType>(field: T) => field.nullish().catch(undefined);

const DetailQuestion = schema((zod) =>
  zod.looseObject({
    index: lenient(zod.number().int()),
    question: lenient(zod.string()),
    question_short: lenient(zod.string()),
    short_question: lenient(zod.string()),
    question_without_special_vars: lenient(zod.string()),
  }),
);

const Detail = schema((zod) =>
  zod.looseObject({
    questions: lenient(
      zod.union([
        zod.array(zod.unknown()),
        zod.looseObject({ fields: zod.array(zod.unknown()) }).transform((template) => template.fields),
      ]),
    ),
  }),
);

/** A text as one short line for a label. */
const labelText = (text: string): string => oneLine(text, LABEL_TEXT_LIMIT);

/** "Question N"/"Answer N": the fields when no check-in or form is chosen (or its questions cannot be read). */
export const positionalAnswerFields = (count: number, prefix = '', labelPrefix = ''): PlainOutputField[] =>
  Array.from({ length: count }, (_, i) => [
    { key: `${prefix}question_${i + 1}`, label: `${labelPrefix}Question ${i + 1}` },
    { key: `${prefix}answer_${i + 1}`, label: `${labelPrefix}Answer ${i + 1}` },
  ]).flat();

/** The questions' readable texts in the check-in's order (null for one without text); [] when there are none. */
export const questionTexts = (data: unknown): Array<{ text: string | null; short: string | null }> => {
  const detail = Detail.safeParse(data);
  const raw = detail.success ? (detail.data.questions ?? []) : [];
  const questions = raw.filter(isRecord).map((item) => DetailQuestion.parse(item));
  const indexed = questions.every((q) => typeof q.index === 'number') && new Set(questions.map((q) => q.index)).size === questions.length;
  const ordered = indexed ? [...questions].sort((a, b) => (a.index ?? 0) - (b.index ?? 0)) : questions;
  return ordered.slice(0, ANSWER_LIMIT).map((q) => ({
    text: readableQuestion(q.question, q.question_without_special_vars),
    short: readableQuestion(q.question_short ?? q.short_question),
  }));
};

/** The fields labelled with the questions: "Question 2: What are you planning…?" and "Answer: Plans for Today". */
export const namedAnswerFields = (questions: Array<{ text: string | null; short: string | null }>, prefix = '', labelPrefix = ''): PlainOutputField[] =>
  questions.flatMap((q, i) => {
    const text = q.text ?? q.short;
    const name = q.short ?? q.text;
    return [
      { key: `${prefix}question_${i + 1}`, label: `${labelPrefix}Question ${i + 1}${text ? `: ${labelText(text)}` : ''}` },
      { key: `${prefix}answer_${i + 1}`, label: `${labelPrefix}Answer${name ? `: ${labelText(name)}` : ` ${i + 1}`}` },
    ];
  });

export interface AnswerFieldsSpec {
  source: QuestionSource;
  /** How many positional fields to give without a choice. */
  count: number;
  /** Each key is `${prefix}question_N`: `responses[]` for line items. */
  prefix?: string;
  labelPrefix?: string;
}

/** One read of the chosen check-in's or form's questions; null when there is no choice or it cannot be read. */
const readQuestions = async (z: ZObject, bundle: Bundle, source: QuestionSource) => {
  const chosen: unknown = isRecord(bundle.inputData) ? bundle.inputData[source] : undefined;
  if (typeof chosen !== 'string' || chosen.trim() === '') return null;
  const { path, what } = SOURCES[source];
  try {
    const response = await send(z, bundle, { path: path(chosen.trim()), allowStatuses: [403, 404] });
    if (response.status === 403 || response.status === 404) {
      z.console.log(`Labelled the answers by number: DailyBot did not show this ${what}'s questions (HTTP ${response.status}).`);
      return null;
    }
    const questions = questionTexts(response.data);
    return questions.length > 0 ? questions : null;
  } catch (error) {
    z.console.log(`Labelled the answers by number: this ${what}'s questions could not be read (${error instanceof Error ? error.name : 'error'}).`);
    return null;
  }
};

/**
 * The answer fields as a Zapier output-field function: labelled with the chosen check-in's or form's
 * questions, else positional. `specs` share one read (a search gives both its own and its line
 * items' fields).
 */
export const answerFields =
  (...specs: AnswerFieldsSpec[]) =>
  async (z: ZObject, bundle: Bundle): Promise<PlainOutputField[]> => {
    const source = specs[0]?.source;
    const questions = source ? await readQuestions(z, bundle, source) : null;
    return specs.flatMap((spec) =>
      questions ? namedAnswerFields(questions, spec.prefix, spec.labelPrefix) : positionalAnswerFields(spec.count, spec.prefix, spec.labelPrefix),
    );
  };
