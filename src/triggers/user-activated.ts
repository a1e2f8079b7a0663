/** User Activated (`organization.user_activated`). The test step shows real people in that state (recent-people.ts). */
import { defineHook } from './hook';
import { normalizeUserEvent, UserEventOutput, userEventOutputFields, userEventSampleFor } from './normalize/organization';
import { recentUserEvents } from './recent-people';

const event = 'organization.user_activated';

export const output = UserEventOutput;

export default defineHook({
  key: 'user_activated',
  noun: 'User',
  label: 'User Activated',
  description: 'Triggers when an admin activates a user in your organization.',
  event,
  normalize: normalizeUserEvent,
  list: recentUserEvents,
  sample: userEventSampleFor(event),
  outputFields: userEventOutputFields,
});
