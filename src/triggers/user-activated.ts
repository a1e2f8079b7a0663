/** User Activated (`organization.user_activated`). The test step shows the sample: there is no listing of these events. */
import { defineHook } from './hook';
import { normalizeUserEvent, UserEventOutput, userEventOutputFields, userEventSampleFor } from './normalize/organization';

const event = 'organization.user_activated';

export const output = UserEventOutput;

export default defineHook({
  key: 'user_activated',
  noun: 'User',
  label: 'User Activated',
  description: 'Triggers when an admin activates a user in your organization.',
  event,
  normalize: normalizeUserEvent,
  sample: userEventSampleFor(event),
  outputFields: userEventOutputFields,
});
