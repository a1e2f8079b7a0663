/**
 * A form response, flat and mappable, from a `forms.response.*` webhook body: the same output as a
 * check-in response, with `form_uuid`/`form_name` instead of the check-in. DailyBot's form webhooks
 * name no form, so the form is the one the Zap chose (`ctx.form`) unless the payload names one; its
 * name is only known when the payload has it.
 */
import type { ZObject } from 'zapier-platform-core';

import { schema, type Infer } from '../../schemas/lazy';
import { deliveryId, readResponse } from './response';
import { responseHeadShape, responseOutputFields, responseTailShape, withNumberedAnswers } from './response-output';

export interface FormResponseContext {
  event: string;
  eventTimestamp?: unknown;
  /** The form the Zap chose, when it chose one. */
  form?: { uuid: string; name?: string | null };
}

export const FormResponseOutput = schema((zod) =>
  withNumberedAnswers(
    zod.looseObject({
      ...responseHeadShape(zod),
      form_uuid: zod.string().nullable(),
      form_name: zod.string().nullable(),
      ...responseTailShape(zod),
    }),
  ),
);
export type FormResponse = Infer<typeof FormResponseOutput>;

export const normalizeFormResponse = (z: ZObject, body: unknown, ctx: FormResponseContext): FormResponse => {
  const { payload, head, tail, numbered } = readResponse(z, body, ctx, 'a form response');
  const named = payload.form?.uuid ? payload.form : undefined;
  const form = named ?? ctx.form;
  const name = named?.name || (form?.uuid === ctx.form?.uuid ? ctx.form?.name : undefined) || null;
  return { ...head, form_uuid: form?.uuid || null, form_name: name, ...tail, ...numbered };
};

export const formResponseSample: FormResponse = {
  id: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c',
  response_uuid: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c',
  event: 'forms.response.created',
  event_timestamp: '2024-02-06T14:15:03.052Z',
  form_uuid: 'c3d4e5f6-a7b8-4901-8cde-f12345678902',
  form_name: 'Vacation request',
  user_uuid: '5945bf02-66f5-4b29-bbd6-07421dfa0a87',
  user_full_name: 'John Wick',
  user_first_name: 'John',
  user_last_name: 'Wick',
  user_email: 'john@example.com',
  is_anonymous: false,
  has_blocker: false,
  created_at: '2024-02-06T09:15:02.511204-05:00',
  updated_at: '2024-02-06T09:15:02.611204-05:00',
  answers: [
    {
      question: 'Which days will you be away?',
      question_short: 'Days away',
      response: '<p>From March 3 to March 7</p>',
      response_text: 'From March 3 to March 7',
      is_blocker: false,
    },
    {
      question: 'Why?',
      question_short: 'Reason',
      response: '<p>Family trip &mdash; Cartagena</p>',
      response_text: 'Family trip — Cartagena',
      is_blocker: false,
    },
  ],
  question_1: 'Which days will you be away?',
  answer_1: 'From March 3 to March 7',
  question_2: 'Why?',
  answer_2: 'Family trip — Cartagena',
  answers_text: 'Days away: From March 3 to March 7\nReason: Family trip — Cartagena',
};

export const formResponseSampleFor = (event: string): FormResponse => ({
  ...formResponseSample,
  id: deliveryId(formResponseSample.response_uuid ?? formResponseSample.id, event, formResponseSample.updated_at, formResponseSample.event_timestamp),
  event,
});

export const formResponseOutputFields = responseOutputFields(
  [
    { key: 'form_uuid', label: 'Form ID' },
    { key: 'form_name', label: 'Form Name' },
  ],
  2,
  'form',
);
