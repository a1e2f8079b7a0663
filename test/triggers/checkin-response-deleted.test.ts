import * as trigger from '../../src/triggers/checkin-response-deleted';
import { CHECKIN_UUID, checkinResponseBody, envelope, OTHER_CHECKIN_UUID } from '../fixtures/webhooks';
import { freezeNow, mockRecentResponses } from './checkin-list';
import { deliver, describeCheckinFilter, describeHook } from './hook-cases';

beforeEach(() => {
  freezeNow();
});

describeHook({
  module: trigger,
  key: 'checkin_response_deleted',
  label: 'Deleted Check-in Response',
  event: 'followups.response.deleted',
  filter: { key: 'checkin', value: CHECKIN_UUID, subscribed: true },
  body: checkinResponseBody,
  expected: { id: '9c1d7a52-3f4e-4b8a-9d2c-6e5f4a3b2c1d:deleted', response_uuid: '9c1d7a52-3f4e-4b8a-9d2c-6e5f4a3b2c1d', checkin_uuid: CHECKIN_UUID },
  mockList: () => mockRecentResponses(),
});

describeCheckinFilter(trigger, 'followups.response.deleted');
