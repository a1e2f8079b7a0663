/** User Deactivated (`organization.user_deactivated`). The test step shows real people in that state (recent-people.ts). */
import { defineHook } from './hook';
import { normalizeUserEvent, UserEventOutput, userEventOutputFields, userEventSampleFor } from './normalize/organization';
import { recentUserEvents } from './recent-people';

const event = 'organization.user_deactivated';

export const output = UserEventOutput;

export default defineHook({
  key: 'user_deactivated',
  noun: 'User',
  label: 'User Deactivated',
  description: 'Triggers when an admin deactivates a user in your organization.',
  event,
  normalize: normalizeUserEvent,
  list: recentUserEvents,
  sample: userEventSampleFor(event),
  outputFields: userEventOutputFields,
});
