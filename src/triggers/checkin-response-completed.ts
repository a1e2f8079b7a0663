/** New check-in response: someone completes a check-in (`followups.response.completed`). */
import { checkinDelivery } from './deliveries';
import { defineHook } from './hook';
import { CheckinResponseOutput, checkinResponseOutputFields, checkinResponseSampleFor } from './normalize/checkin-response';
import { recentCheckinResponses } from './recent-checkin-responses';

const event = 'followups.response.completed';

export const output = CheckinResponseOutput;

export default defineHook({
  key: 'checkin_response_completed',
  noun: 'Check-in Response',
  label: 'New Check-in Response',
  description: 'Triggers when someone completes a check-in.',
  event,
  filter: 'checkin',
  normalize: checkinDelivery,
  list: recentCheckinResponses,
  sample: checkinResponseSampleFor(event),
  outputFields: checkinResponseOutputFields,
});
