/** Deleted check-in response (`followups.response.deleted`). */
import { checkinDelivery } from './deliveries';
import { defineHook } from './hook';
import { CheckinResponseOutput, checkinResponseOutputFields, checkinResponseSampleFor } from './normalize/checkin-response';
import { recentCheckinResponses } from './recent-checkin-responses';

const event = 'followups.response.deleted';

export const output = CheckinResponseOutput;

export default defineHook({
  key: 'checkin_response_deleted',
  noun: 'Check-in Response',
  label: 'Deleted Check-in Response',
  description: 'Triggers when a check-in response is deleted.',
  event,
  filter: 'checkin',
  normalize: checkinDelivery,
  list: recentCheckinResponses,
  sample: checkinResponseSampleFor(event),
  outputFields: checkinResponseOutputFields,
});
