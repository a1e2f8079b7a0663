/**
 * Updated form response (`forms.response.updated`); each edit triggers once. The test step shows
 * recent real responses as updates (an id holding their last update's time, as perform gives).
 */
import { formDelivery } from './deliveries';
import { defineHook } from './hook';
import { FormResponseOutput, formResponseOutputFields, formResponseSampleFor } from './normalize/form-response';
import { recentFormResponses } from './recent-form-responses';

const event = 'forms.response.updated';

export const output = FormResponseOutput;

export default defineHook({
  key: 'form_response_updated',
  noun: 'Form Response',
  label: 'Updated Form Response',
  description: 'Triggers when a form response is edited.',
  event,
  filter: 'form',
  normalize: formDelivery,
  list: recentFormResponses,
  sample: formResponseSampleFor(event),
  outputFields: formResponseOutputFields,
});
