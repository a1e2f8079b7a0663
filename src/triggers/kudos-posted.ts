/**
 * New kudos (`kudos.posted`). The test step shows the sample: `GET /kudos/` exists but its shape is
 * not confirmed.
 */
import { defineHook } from './hook';
import { KudosOutput, kudosOutputFields, kudosSample, normalizeKudos } from './normalize/kudos';

export const output = KudosOutput;

export default defineHook({
  key: 'kudos_posted',
  noun: 'Kudos',
  label: 'New Kudos',
  description: 'Triggers when someone gives kudos to a member of your organization.',
  event: 'kudos.posted',
  normalize: normalizeKudos,
  sample: kudosSample,
  outputFields: kudosOutputFields,
});
