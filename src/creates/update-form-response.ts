/**
 * Update Form Response: `PATCH /forms/{uuid}/responses/{rid}/` with `{content}` (dailybot-api-more.md
 * §4; DailyBot's CLI `update_form_response`). The form's questions are the step's inputs, as in Submit
 * Form Response, none required: only the answers filled in are sent, and DailyBot merges them into the
 * response (its state does not change: Move Form Response does that). The form is read first
 * (`GET /forms/{uuid}/`) to check the answers against its questions as they are now, and to place the
 * answers of DailyBot's reply: two requests. The output is Find Form Response's.
 *
 * Who may edit is a CONFLICT in DailyBot's sources (src/forms/edit-permission.ts): 403 and 404 both
 * give a message about permission, the 404 naming both things it can mean.
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { explainCodes, sendAction } from './shared/request';
import { isRecord } from '../triggers/normalize/common';
import { formResponseField } from '../inputs/fields';
import { parseInputs } from '../inputs/parse';
import { dailybotId } from '../inputs/rules';
import { schema, type Infer } from '../schemas/lazy';
import { formPicker, getForm } from '../forms/form';
import { EDIT_CODES } from '../forms/edit-permission';
import { answersFor, questionFields } from '../forms/questions';
import { foundFormResponseOutputFields, foundFormResponseSample, foundFormResponseShape, readFormResponse } from '../forms/responses';
import { responsesOutput, responsesOutputFields, responsesResult } from '../searches/responses-result';

const staticFields = defineInputFields([
  formPicker('The form the response belongs to. Its questions appear below once it is picked.'),
  formResponseField('The response to change: pick it (the form’s responses, newest first), find it with Find Form Response, or map its Response ID.'),
]);

const inputFields = defineInputFields([
  ...staticFields,
  async (z: ZObject, bundle: Bundle) => {
    const form = typeof bundle.inputData?.form === 'string' ? bundle.inputData.form.trim() : '';
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(form)) return [];
    return questionFields(await getForm(z, bundle, form), 'form', true);
  },
]);

const Inputs = schema((zod) => zod.looseObject({ form: dailybotId(zod), response: dailybotId(zod) }));

/** The body of the PATCH: the answers to change, keyed by question UUID. */
export const request = schema((zod) =>
  zod.strictObject({ content: zod.record(zod.string(), zod.union([zod.string(), zod.number(), zod.boolean()])).refine((c) => Object.keys(c).length > 0) }),
);

export const output = responsesOutput(foundFormResponseShape);

const NOTHING_TO_CHANGE =
  'Nothing to change: fill in the answer of at least one question (the form’s questions appear once “Form” is picked). Answers left empty stay as they are.';

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const inputs = parseInputs(z, Inputs, bundle.inputData, staticFields);
  const form = await getForm(z, bundle, inputs.form);
  const content = answersFor(z, form, bundle.inputData as Record<string, unknown>, 'form', true);
  if (Object.keys(content).length === 0) throw new z.errors.Error(NOTHING_TO_CHANGE, 'invalid_input', 400);
  const response = await sendAction(z, bundle, {
    method: 'PATCH',
    path: `/forms/${encodeURIComponent(inputs.form)}/responses/${encodeURIComponent(inputs.response)}/`,
    body: { content },
    notFound: EDIT_CODES.form_response_not_found,
    explain: explainCodes(EDIT_CODES),
  });
  // DailyBot answers with the response as it now is; without it, what was sent is what is known
  const changed = isRecord(response.data) ? response.data : { uuid: inputs.response, content };
  return responsesResult([readFormResponse(z, changed, form)]) as Infer<typeof output>;
};

export default defineCreate({
  key: 'update_form_response',
  noun: 'Form Response',
  display: {
    label: 'Update Form Response',
    description: 'Changes answers of a form response, leaving the questions you do not fill in as they are.',
  },
  operation: {
    inputFields,
    perform,
    sample: responsesResult([foundFormResponseSample]),
    outputFields: responsesOutputFields(foundFormResponseOutputFields, 'form', 2),
  },
});
