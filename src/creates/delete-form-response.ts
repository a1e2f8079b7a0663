/**
 * Delete Form Response: `DELETE /forms/{uuid}/responses/{rid}/` → 204 (dailybot-api-more.md §4). The
 * author, the form's owner or an organization admin may (403 `form_response_delete_forbidden`).
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { explainCodes, sendAction } from './shared/request';
import { formField, formResponseField } from '../inputs/fields';
import { parseInputs, wasMapped } from '../inputs/parse';
import { schema, type Infer } from '../schemas/lazy';
import { dailybotId } from '../inputs/rules';
import { DELETE_CODES } from '../forms/edit-permission';

const inputFields = defineInputFields([
  {
    key: 'delete_warning',
    type: 'copy',
    helpText:
      '**Deleting a form response cannot be undone.** DailyBot removes the response with its answers and its state history. ' +
      'To change its answers instead, use **Update Form Response**; to move it to another state, **Move Form Response**.',
  },
  formField(true, 'The form the response belongs to.'),
  formResponseField('The response to delete. This cannot be undone.'),
]);

const Inputs = schema((zod) => zod.object({ form: dailybotId(zod), response: dailybotId(zod) }));

/** `DELETE /forms/{uuid}/responses/{rid}/` carries no body. */
export const request = schema((zod) => zod.undefined());

export const output = schema((zod) => zod.object({ uuid: zod.string(), deleted: zod.literal(true) }));

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const { form, response } = parseInputs(z, Inputs, bundle.inputData, inputFields);
  await sendAction(z, bundle, {
    method: 'DELETE',
    path: `/forms/${encodeURIComponent(form)}/responses/${encodeURIComponent(response)}/`,
    notFound: DELETE_CODES.form_response_not_found,
    // a response mapped from an earlier step (a trigger's) may have been deleted since: nothing left to do
    haltOnNotFound: wasMapped(bundle, 'response') ? 'Nothing to delete: DailyBot no longer has the response mapped into “Response” (HTTP 404).' : undefined,
    explain: explainCodes(DELETE_CODES),
  });
  return { uuid: response, deleted: true };
};

export default defineCreate({
  key: 'delete_form_response',
  noun: 'Form Response',
  display: {
    label: 'Delete Form Response',
    description: 'Deletes a form response for good. This cannot be undone.',
  },
  operation: {
    inputFields,
    perform,
    sample: { uuid: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c', deleted: true },
    outputFields: [
      { key: 'uuid', label: 'Response ID' },
      { key: 'deleted', label: 'Deleted', type: 'boolean' },
    ],
  },
});
