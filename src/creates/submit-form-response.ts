/**
 * Submit Form Response: `POST /forms/{uuid}/responses/` (dailybot-api-beyond.md §3, DailyBot's CLI
 * `submit_form_response`). The chosen form's questions become the step's inputs; at run time the
 * form is read again (`GET /forms/{uuid}/`) so the answers are checked against its questions as
 * they are now, before anything is sent. Two requests.
 *
 * Body: `content` keyed by question UUID, `automation: true` (a Zap, not a person, is filing it:
 * channel notifications show no submitter), `guest_user: {full_name, email}` when given (required
 * by forms with `require_email_and_name`: DailyBot's `guest_user_required`), `anonymous` when
 * asked for, and `submission_source` naming this app.
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { explainCodes, parseActionAnswer, sendAction } from './shared/request';
import { parseInputs } from '../inputs/parse';
import { bool, dailybotId, email, optionalText } from '../inputs/rules';
import { schema, type Infer } from '../schemas/lazy';
import { FORM_NOT_FOUND, formPicker, getForm } from '../forms/form';
import { answerItemFields, answerItems, AnswerItems, answersFor, questionFields } from '../forms/questions';
import { readState, StateOutput, stateOutputFields } from '../forms/state';

export const SUBMISSION_SOURCE = 'Zapier';

const GUEST_REQUIRED =
  'This form asks every submission for the submitter’s name and email. Fill in “Guest Full Name” and “Guest Email” (for example, map them from the app that started the Zap).';

const staticFields = defineInputFields([
  formPicker('The form to fill in. Its questions appear below once it is picked.'),
  {
    key: 'guest_full_name',
    label: 'Guest Full Name',
    type: 'string',
    required: false,
    helpText: 'The name of the person this response is from, shown with the response. Forms set to require a name and email need it.',
  },
  {
    key: 'guest_email',
    label: 'Guest Email',
    type: 'string',
    required: false,
    helpText: 'The email of the person this response is from. Forms set to require a name and email need it.',
  },
  {
    key: 'anonymous',
    label: 'Anonymous',
    type: 'boolean',
    required: false,
    helpText: 'Yes shows a random name instead of the submitter in DailyBot’s notifications.',
  },
]);

const inputFields = defineInputFields([
  ...staticFields,
  async (z: ZObject, bundle: Bundle) => {
    const form = typeof bundle.inputData?.form === 'string' ? bundle.inputData.form.trim() : '';
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(form)) return [];
    return questionFields(await getForm(z, bundle, form));
  },
]);

const Inputs = schema((zod) =>
  zod
    .looseObject({
      form: dailybotId(zod),
      guest_full_name: optionalText(zod, 255),
      guest_email: zod.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), email(zod).optional()),
      anonymous: bool(zod),
    })
    .refine((v) => (v.guest_full_name === undefined) === (v.guest_email === undefined), {
      path: ['guest_email'],
      message: 'and “Guest Full Name” go together: fill in both, or neither',
    }),
);

/** The body of `POST /forms/{uuid}/responses/`. */
export const request = schema((zod) =>
  zod.strictObject({
    content: zod.record(zod.string(), zod.union([zod.string(), zod.number(), zod.boolean()])),
    automation: zod.literal(true),
    anonymous: zod.literal(true).optional(),
    guest_user: zod.strictObject({ full_name: zod.string().min(1), email: zod.string().min(3) }).optional(),
    submission_source: zod.string().max(512),
  }),
);

export const output = schema((zod) =>
  zod.intersection(
    zod.object({
      id: zod.string(),
      form_uuid: zod.string(),
      form_name: zod.string().nullable(),
      can_change_state: zod.boolean().nullable(),
      answers: AnswerItems.get(),
    }),
    StateOutput.get().pick({ current_state: true, flow_status: true }),
  ),
);

const Answer = schema((zod) => zod.looseObject({ uuid: zod.string().optional(), id: zod.union([zod.string(), zod.number()]).optional() }));

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const inputs = parseInputs(z, Inputs, bundle.inputData, staticFields);
  const form = await getForm(z, bundle, inputs.form);
  const content = answersFor(z, form, bundle.inputData as Record<string, unknown>);
  if (form.require_email_and_name && inputs.guest_email === undefined) throw new z.errors.Error(GUEST_REQUIRED, 'guest_user_required', 400);
  const response = await sendAction(z, bundle, {
    method: 'POST',
    path: `/forms/${encodeURIComponent(inputs.form)}/responses/`,
    body: {
      content,
      automation: true,
      ...(inputs.anonymous ? { anonymous: true } : {}),
      ...(inputs.guest_email !== undefined && inputs.guest_full_name !== undefined ? { guest_user: { full_name: inputs.guest_full_name, email: inputs.guest_email } } : {}),
      submission_source: SUBMISSION_SOURCE,
    },
    notFound: FORM_NOT_FOUND,
    explain: explainCodes({
      form_does_not_exists: FORM_NOT_FOUND,
      guest_user_required: GUEST_REQUIRED,
      402: 'Your DailyBot organization has used up the form responses its plan allows, so DailyBot did not save this one. Upgrade the plan in DailyBot (or wait for the quota to renew), then replay this Zap run.',
    }),
  });
  const answer = parseActionAnswer(z, Answer, response, 'the new form response');
  const uuid = answer.uuid ?? (answer.id === undefined ? '' : String(answer.id));
  const { state, can_change_state } = readState(response.data);
  const { current_state, flow_status } = state;
  return {
    id: uuid,
    form_uuid: form.uuid || inputs.form,
    form_name: form.name ?? null,
    can_change_state,
    answers: answerItems(form, content),
    current_state,
    flow_status,
  };
};

export default defineCreate({
  key: 'submit_form_response',
  noun: 'Form Response',
  display: {
    label: 'Submit Form Response',
    description: 'Files a response to a form, with an answer for each of its questions.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      id: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c',
      form_uuid: 'c3d4e5f6-a7b8-4901-8cde-f12345678902',
      form_name: 'Vacation request',
      can_change_state: true,
      answers: [
        { question_uuid: '0b6c3e1a-2d4f-4a8b-9c7d-1e2f3a4b5c6d', question: 'Which days will you be away?', answer: 'From March 3 to March 7' },
        { question_uuid: '1c7d4f2b-3e5a-4b9c-8d6e-2f3a4b5c6d7e', question: 'How many days?', answer: '5' },
      ],
      current_state: 'requested',
      flow_status: 'pending',
    },
    outputFields: [
      { key: 'id', label: 'Response ID' },
      { key: 'form_uuid', label: 'Form ID' },
      { key: 'form_name', label: 'Form Name' },
      { key: 'can_change_state', label: 'Can Change State', type: 'boolean' },
      ...answerItemFields,
      ...stateOutputFields.filter((f) => !f.key.startsWith('state_history')),
    ],
  },
});
