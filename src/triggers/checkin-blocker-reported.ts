/** New blocker: a completed check-in response that reports a blocker (`followups.response.completed` with a blocker). */
import { checkinDelivery } from './deliveries';
import { defineHook } from './hook';
import { CheckinResponseOutput, checkinResponseOutputFields, checkinResponseSampleFor } from './normalize/checkin-response';
import { recentCheckinResponses } from './recent-checkin-responses';

const event = 'followups.response.completed';

export const output = CheckinResponseOutput;

export default defineHook({
  key: 'checkin_blocker_reported',
  noun: 'Blocker',
  label: 'New Blocker in Check-in',
  description: 'Triggers when someone reports a blocker in a check-in response.',
  event,
  filter: 'checkin',
  normalize: checkinDelivery,
  keep: (item) => item.has_blocker,
  list: recentCheckinResponses,
  sample: checkinResponseSampleFor(event),
  outputFields: checkinResponseOutputFields,
});
