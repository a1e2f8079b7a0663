/**
 * One form as `GET /forms/{uuid}/` gives it: its questions, its workflow states and whether it needs
 * a guest's name and email. The form steps (state trigger, submit, move) and the `list_form_states`
 * dropdown read it here.
 *
 * Shapes (dailybot-api-beyond.md §3; DailyBot's CLI forms skill, "canonical detail JSON"):
 * - `workflow` is `null`, or `{enabled, states: [{key, label, color, order}]}`. The legacy
 *   `workflow_enabled`/`workflow_config` are gone (same skill), so they are not read.
 * - `questions` is a list of `{uuid, index, question, question_type, required, short_question,
 *   choices: [{label, value}]}`; the webhook bodies write `questions: {fields: [...]}` with
 *   `is_optional` instead of `required`: both are read.
 * - `question_type` is `text | multiple_choice | boolean | numeric` (authoring table of the skill),
 *   and `text_field | numeric | boolean | choice` in the same skill's submission table: both are read,
 *   and the aliases DailyBot's CLI coerces check-in answers by (`yes_no`, `number`, `select`;
 *   dailybot-api-more.md §1.1).
 * A check-in's detail (`GET /checkins/{uuid}/detail/`) has the same questions and is read with the
 * same schema (src/forms/checkin.ts).
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { parseAnswer } from '../http/client';
import { formField } from '../inputs/fields';
import { schema, type Infer } from '../schemas/lazy';
import { explainCodes, sendAction } from '../creates/shared/request';

const lenient = <T extends import('zod').ZodType>(field: T) => field.nullish().catch(undefined);

const Choice = schema((zod) =>
  zod.union([
    zod.string().transform((label) => ({ label, value: label })),
    zod.looseObject({ label: lenient(zod.string()), value: lenient(zod.union([zod.string(), zod.number()])) }).transform((c) => ({
      label: c.label ?? (c.value === undefined || c.value === null ? '' : String(c.value)),
      value: c.value === undefined || c.value === null ? (c.label ?? '') : String(c.value),
    })),
  ]),
);

const Question = schema((zod) =>
  zod.looseObject({
    uuid: zod.string().min(1),
    index: lenient(zod.number()),
    question: lenient(zod.string()),
    short_question: lenient(zod.string()),
    question_short: lenient(zod.string()),
    question_type: lenient(zod.string()),
    required: lenient(zod.boolean()),
    is_optional: lenient(zod.boolean()),
    is_hidden: lenient(zod.boolean()),
    choices: lenient(zod.array(Choice.get())),
    options: lenient(zod.array(Choice.get())),
  }),
);

const State = schema((zod) =>
  zod.looseObject({ key: zod.string().min(1), label: lenient(zod.string()), order: lenient(zod.number()) }),
);

export const FormDetail = schema((zod) =>
  zod
    .looseObject({
      uuid: lenient(zod.string()),
      id: lenient(zod.union([zod.string(), zod.number()])),
      name: lenient(zod.string()),
      is_anonymous: lenient(zod.boolean()),
      require_email_and_name: lenient(zod.boolean()),
      use_for_approval: lenient(zod.boolean()),
      workflow: lenient(zod.looseObject({ enabled: lenient(zod.boolean()), states: lenient(zod.array(State.get())) })),
      questions: zod
        .union([zod.array(Question.get()), zod.looseObject({ fields: zod.array(Question.get()) }).transform((q) => q.fields)])
        .nullish()
        .transform((q) => q ?? []),
    })
    .transform((f) => ({ ...f, uuid: f.uuid ?? (f.id === undefined || f.id === null ? '' : String(f.id)) })),
);
export type FormDetail = Infer<typeof FormDetail>;
export type FormQuestion = FormDetail['questions'][number];

export type QuestionKind = 'text' | 'number' | 'boolean' | 'choice';

/** What kind of answer a question takes; a type this app does not know is answered as text. */
export const kindOf = (q: FormQuestion): QuestionKind => {
  const type = (q.question_type ?? '').toLowerCase();
  if (type === 'numeric' || type === 'number') return 'number';
  if (type === 'boolean' || type === 'yes_no') return 'boolean';
  if (type === 'multiple_choice' || type === 'choice' || type === 'single_choice' || type === 'select') return 'choice';
  return 'text';
};

export const choicesOf = (q: FormQuestion) => (q.choices?.length ? q.choices : (q.options ?? [])).filter((c) => c.label !== '');

export const isRequired = (q: FormQuestion): boolean => q.required ?? q.is_optional === false;

/** The form's workflow states in their order (none when it has no workflow). */
export const statesOf = (form: FormDetail): Array<{ key: string; label: string }> => {
  if (!form.workflow || form.workflow.enabled === false) return [];
  return [...(form.workflow.states ?? [])]
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    .map((s) => ({ key: s.key, label: s.label || s.key }));
};

export const FORM_NOT_FOUND =
  'DailyBot has no form with this ID that the API key’s owner can see (HTTP 404): it may have been archived. Pick the form again from the list in “Form”.';

/** What DailyBot's answers to a form's responses listing mean (`state`: the workflow state filtered by, if any). */
export const listingCodes = (state: string | undefined): Record<string, string> => ({
  form_does_not_exists: FORM_NOT_FOUND,
  form_response_view_all_forbidden:
    'DailyBot only shows everyone’s responses to this form to its owner and organization admins. Reconnect DailyBot with the API key of an admin or of the form’s owner.',
  user_can_not_see_form_responses:
    'The form’s settings keep its responses from the API key’s owner. Ask the form’s owner to let them see responses, or reconnect with an admin’s API key.',
  invalid_workflow_state: state
    ? `The form has no workflow state “${state}” (any more). Pick the state again from the list in “Workflow State”, or leave it empty.`
    : 'DailyBot says this form has no workflow states. Leave “Workflow State” empty.',
});

/** `GET /forms/{uuid}/`: the form as it is now (its questions may have changed since the Zap was built). */
export const getForm = async (z: ZObject, bundle: Bundle, uuid: string): Promise<FormDetail> => {
  const response = await sendAction(z, bundle, {
    path: `/forms/${encodeURIComponent(uuid)}/`,
    notFound: FORM_NOT_FOUND,
    explain: explainCodes({ form_does_not_exists: FORM_NOT_FOUND }),
  });
  return parseAnswer(z, FormDetail, response.data, 'the form');
};

/** The required "Form" field of the form steps: picking a form refreshes the fields that follow (its states, its questions). */
export const formPicker = (helpText: string) => ({ ...formField(true, helpText), altersDynamicFields: true as const });
