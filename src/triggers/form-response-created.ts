/** New form response: someone submits a form (`forms.response.created`). The test step shows recent real responses. */
import { formDelivery } from './deliveries';
import { defineHook } from './hook';
import { FormResponseOutput, formResponseOutputFields, formResponseSampleFor } from './normalize/form-response';
import { recentFormResponses } from './recent-form-responses';

const event = 'forms.response.created';

export const output = FormResponseOutput;

export default defineHook({
  key: 'form_response_created',
  noun: 'Form Response',
  label: 'New Form Response',
  description: 'Triggers when someone submits a form response.',
  event,
  filter: 'form',
  normalize: formDelivery,
  list: recentFormResponses,
  sample: formResponseSampleFor(event),
  outputFields: formResponseOutputFields,
});
