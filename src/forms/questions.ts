/**
 * A form's or a check-in's questions as a step's input fields (one per question, typed by its question
 * type, choices as a dropdown, required as the form or check-in says), and the answers checked against
 * them before anything is sent: `content` keyed by question UUID, as `POST /forms/{uuid}/responses/`
 * takes it (Submit Check-in Response turns it into its `responses` list, `checkinAnswers`).
 *
 * Answer types (DailyBot's CLI check-in skill, which says form questions share the model): text is
 * free text, `boolean` a JSON boolean, `numeric` a number, `multiple_choice` one of the choices'
 * labels. The CLI sends the label, so a value given as a choice's `value` is sent as its label.
 */
import type { ZObject } from 'zapier-platform-core';
import type * as Zod from 'zod';

import { parseInputs } from '../inputs/parse';
import { bool, oneOf, optionalText } from '../inputs/rules';
import { schema, type ZodModule } from '../schemas/lazy';
import { oneLine } from '../triggers/normalize/text';
import { choicesOf, isRequired, kindOf, type FormDetail, type FormQuestion } from './form';

/** The input key of a question's answer. */
export const answerKey = (q: FormQuestion): string => `answer_${q.uuid}`;

/** Whose questions they are, in messages ("required by the check-in"). */
export type Questionnaire = 'form' | 'check-in';

/** Questions a Zap can answer: those DailyBot shows (hidden ones are filled by DailyBot's logic). */
export const askable = (form: FormDetail): FormQuestion[] => form.questions.filter((q) => q.is_hidden !== true);

/** The longest question text an input's label (or a choice's) holds; a longer one ends in "…". */
export const QUESTION_LABEL_LIMIT = 120;

/**
 * The longest short question a help text quotes: with the rest of the help it stays under the 1,000
 * characters Zapier's schema allows a help text.
 */
export const QUESTION_HELP_LIMIT = 800;

const labelOf = (q: FormQuestion, i: number): string => {
  const text = oneLine(q.question ?? q.short_question ?? q.question_short ?? '', QUESTION_LABEL_LIMIT);
  return text === '' ? `Question ${i + 1}` : text;
};

const KIND_HELP = {
  text: 'Text.',
  number: 'A number, such as 3 or 4.5.',
  boolean: 'Yes or no.',
  choice: 'One of the choices in the list.',
} as const;

/**
 * The input fields for a form's (or check-in's) questions, in its order. `editing`: changing a response
 * already given (Update Form Response), where no answer is required and an empty one is left as it is.
 */
export const questionFields = (form: FormDetail, what: Questionnaire = 'form', editing = false) =>
  askable(form).map((q, i) => {
    const kind = kindOf(q);
    const choices = choicesOf(q);
    const short = q.short_question ?? q.question_short;
    const shortLine = short && short !== q.question ? oneLine(short, QUESTION_HELP_LIMIT) : '';
    const required = isRequired(q) && !editing;
    const keep = editing ? ' Leave empty to keep the answer given.' : '';
    return {
      key: answerKey(q),
      label: labelOf(q, i),
      required,
      helpText: `${shortLine ? `${shortLine}. ` : ''}${KIND_HELP[kind]}${required ? ` The ${what} requires an answer.` : ''}${keep}`,
      ...(kind === 'number'
        ? { type: 'number' as const }
        : kind === 'boolean'
          ? { type: 'boolean' as const }
          : kind === 'choice' && choices.length > 0
            ? { type: 'string' as const, choices: choices.map((c) => ({ value: c.label, label: oneLine(c.label, QUESTION_LABEL_LIMIT) || c.label, sample: c.label })) }
            : { type: 'text' as const }),
    };
  });

const blank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A number (decimals allowed), given as a number or as text. */
const decimal = (zod: ZodModule) =>
  zod.preprocess(
    (v) => (blank(v) ? undefined : typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v),
    zod.number({ error: 'must be a number, such as 3 or 4.5' }).finite('must be a number, such as 3 or 4.5').optional(),
  );

const ruleFor = (zod: ZodModule, q: FormQuestion): Zod.ZodType => {
  const kind = kindOf(q);
  if (kind === 'number') return decimal(zod);
  if (kind === 'boolean') return bool(zod);
  const choices = choicesOf(q);
  if (kind === 'choice' && choices.length > 0) {
    const labels = choices.map((c) => c.label) as [string, ...string[]];
    // a choice's value is accepted too, and sent as its label
    const byValue = new Map(choices.map((c) => [c.value.toLowerCase(), c.label]));
    return zod.preprocess((v) => (typeof v === 'string' ? (byValue.get(v.trim().toLowerCase()) ?? v) : v), oneOf(zod, labels));
  }
  return optionalText(zod, 10_000);
};

/**
 * The answers in `inputData`, checked against the form's questions: `content` keyed by question
 * UUID. Every problem is named in one error, by the question's text, before any request. `editing`:
 * no answer is required (only those given are sent).
 */
export const answersFor = (
  z: ZObject,
  form: FormDetail,
  inputData: Record<string, unknown>,
  what: Questionnaire = 'form',
  editing = false,
): Record<string, string | number | boolean> => {
  const questions = askable(form);
  const rules = schema((zod) =>
    zod.object(
      Object.fromEntries(
        questions.map((q) => {
          const rule = ruleFor(zod, q);
          // `unknown` first: a missing key still reaches the check (an optional rule would skip it)
          return [answerKey(q), isRequired(q) && !editing ? zod.unknown().refine((v) => !blank(v), { message: `is required by the ${what}` }).pipe(rule) : rule];
        }),
      ),
    ),
  );
  const fields = questionFields(form, what, editing);
  const parsed = parseInputs(z, rules, inputData, fields) as Record<string, string | number | boolean | undefined>;
  const content: Record<string, string | number | boolean> = {};
  for (const q of questions) {
    const value = parsed[answerKey(q)];
    if (value !== undefined) content[q.uuid] = value;
  }
  return content;
};

/** The answers as the step outputs them: one item per question answered, in the form's order. */
export const answerItems = (form: FormDetail, content: Record<string, unknown>) =>
  askable(form)
    .map((q, i) => ({ question_uuid: q.uuid, question: labelOf(q, i), answer: Object.hasOwn(content, q.uuid) ? String(content[q.uuid]) : undefined }))
    .filter((item): item is { question_uuid: string; question: string; answer: string } => item.answer !== undefined);

/** The answers as line items, as Submit Form Response and Submit Check-in Response output them. */
export const AnswerItems = schema((zod) => zod.array(zod.object({ question_uuid: zod.string(), question: zod.string(), answer: zod.string() })));

/** The output fields of those line items. */
export const answerItemFields = [
  { key: 'answers[]question_uuid', label: 'Answered Question ID' },
  { key: 'answers[]question', label: 'Answered Question' },
  { key: 'answers[]answer', label: 'Answer Given' },
];
