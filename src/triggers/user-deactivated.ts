/** User Deactivated (`organization.user_deactivated`). The test step shows the sample: there is no listing of these events. */
import { defineHook } from './hook';
import { normalizeUserEvent, UserEventOutput, userEventOutputFields, userEventSampleFor } from './normalize/organization';

const event = 'organization.user_deactivated';

export const output = UserEventOutput;

export default defineHook({
  key: 'user_deactivated',
  noun: 'User',
  label: 'User Deactivated',
  description: 'Triggers when an admin deactivates a user in your organization.',
  event,
  normalize: normalizeUserEvent,
  sample: userEventSampleFor(event),
  outputFields: userEventOutputFields,
});
