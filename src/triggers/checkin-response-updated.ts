/** Updated check-in response: someone edits a response (`followups.response.updated`); each edit triggers once. */
import { checkinDelivery } from './deliveries';
import { defineHook } from './hook';
import { CheckinResponseOutput, checkinResponseOutputFields, checkinResponseSampleFor } from './normalize/checkin-response';
import { recentCheckinResponses } from './recent-checkin-responses';

const event = 'followups.response.updated';

export const output = CheckinResponseOutput;

export default defineHook({
  key: 'checkin_response_updated',
  noun: 'Check-in Response',
  label: 'Updated Check-in Response',
  description: 'Triggers when someone edits a check-in response.',
  event,
  filter: 'checkin',
  normalize: checkinDelivery,
  list: recentCheckinResponses,
  sample: checkinResponseSampleFor(event),
  outputFields: checkinResponseOutputFields,
});
