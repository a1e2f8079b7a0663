/**
 * Deleted form response (`forms.response.deleted`).
 * DailyBot has no listing of form responses this app uses, so the test step shows the sample.
 */
import { formDelivery } from './deliveries';
import { defineHook } from './hook';
import { FormResponseOutput, formResponseOutputFields, formResponseSampleFor } from './normalize/form-response';

const event = 'forms.response.deleted';

export const output = FormResponseOutput;

export default defineHook({
  key: 'form_response_deleted',
  noun: 'Form Response',
  label: 'Deleted Form Response',
  description: 'Triggers when a form response is deleted.',
  event,
  filter: 'form',
  normalize: formDelivery,
  sample: formResponseSampleFor(event),
  outputFields: formResponseOutputFields,
});
