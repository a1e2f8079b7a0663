/** New kudos (`kudos.posted`). The test step shows recent real kudos (recent-kudos.ts). */
import { defineHook } from './hook';
import { KudosOutput, kudosOutputFields, kudosSample, normalizeKudos } from './normalize/kudos';
import { recentKudos } from './recent-kudos';

export const output = KudosOutput;

export default defineHook({
  key: 'kudos_posted',
  noun: 'Kudos',
  label: 'New Kudos',
  description: 'Triggers when someone gives kudos to a member of your organization.',
  event: 'kudos.posted',
  normalize: normalizeKudos,
  list: recentKudos,
  sample: kudosSample,
  outputFields: kudosOutputFields,
});
