/**
 * Deleted form response (`forms.response.deleted`). A deleted response cannot be listed, so the test
 * step shows recent real responses shaped as deletions: a deletion's body is the response as it was,
 * so these carry the chosen form's own questions (`question_N`/`answer_N`) for the Zap builder to map,
 * which the fixed sample cannot.
 */
import { formDelivery } from './deliveries';
import { defineHook } from './hook';
import { FormResponseOutput, formResponseOutputFields, formResponseSampleFor } from './normalize/form-response';
import { recentFormResponses } from './recent-form-responses';

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
  list: recentFormResponses,
  sample: formResponseSampleFor(event),
  outputFields: formResponseOutputFields,
});
