/**
 * New form response: someone submits a form (`forms.response.created`).
 * DailyBot has no listing of form responses this app uses, so the test step shows the sample.
 */
import { formDelivery } from './deliveries';
import { defineHook } from './hook';
import { FormResponseOutput, formResponseOutputFields, formResponseSampleFor } from './normalize/form-response';

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
  sample: formResponseSampleFor(event),
  outputFields: formResponseOutputFields,
});
