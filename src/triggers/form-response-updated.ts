/**
 * Updated form response (`forms.response.updated`); each edit triggers once.
 * DailyBot has no listing of form responses this app uses, so the test step shows the sample.
 */
import { formDelivery } from './deliveries';
import { defineHook } from './hook';
import { FormResponseOutput, formResponseOutputFields, formResponseSampleFor } from './normalize/form-response';

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
  sample: formResponseSampleFor(event),
  outputFields: formResponseOutputFields,
});
