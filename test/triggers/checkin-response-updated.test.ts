import * as trigger from '../../src/triggers/checkin-response-updated';
import { CHECKIN_UUID, checkinResponseBody, envelope, OTHER_CHECKIN_UUID } from '../fixtures/webhooks';
import { freezeNow, mockRecentResponses } from './checkin-list';
import { deliver, describeCheckinFilter, describeHook } from './hook-cases';

beforeEach(() => {
  freezeNow();
});

describeHook({
  module: trigger,
  key: 'checkin_response_updated',
  label: 'Updated Check-in Response',
  event: 'followups.response.updated',
  filter: { key: 'checkin', value: CHECKIN_UUID, subscribed: true },
  body: checkinResponseBody,
  expected: { id: '9c1d7a52-3f4e-4b8a-9d2c-6e5f4a3b2c1d:2024-02-05T12:34:29.181095-05:00', response_uuid: '9c1d7a52-3f4e-4b8a-9d2c-6e5f4a3b2c1d', checkin_uuid: CHECKIN_UUID },
  mockList: () => mockRecentResponses(),
});

describeCheckinFilter(trigger, 'followups.response.updated');
