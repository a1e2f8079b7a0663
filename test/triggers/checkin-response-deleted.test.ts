import * as trigger from '../../src/triggers/checkin-response-deleted';
import { CHECKIN_UUID, checkinResponseBody, envelope, OTHER_CHECKIN_UUID } from '../fixtures/webhooks';
import { freezeNow, mockRecentResponses } from './checkin-list';
import { deliver, describeHook } from './hook-cases';

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

describe('checkin_response_deleted: the chosen check-in', () => {
  it('keeps deliveries for the chosen check-in', async () => {
    await expect(deliver(trigger, envelope('followups.response.deleted', checkinResponseBody()), { inputData: { checkin: CHECKIN_UUID } })).resolves.toHaveLength(1);
  });

  it('drops a delivery that names another check-in', async () => {
    await expect(deliver(trigger, envelope('followups.response.deleted', checkinResponseBody()), { inputData: { checkin: OTHER_CHECKIN_UUID } })).resolves.toEqual([]);
  });

  it('keeps a delivery that names no check-in, and says it is the chosen one', async () => {
    const { checkins: _c, ...body } = checkinResponseBody();
    const items = await deliver(trigger, envelope('followups.response.deleted', body), { inputData: { checkin: OTHER_CHECKIN_UUID } });
    expect(items.map((i) => i.checkin_uuid)).toEqual([OTHER_CHECKIN_UUID]);
  });

  it('accepts a delivery when the subscription holds no bearer', async () => {
    await expect(deliver(trigger, envelope('followups.response.deleted', checkinResponseBody()), { bearer: null, headers: {} })).resolves.toHaveLength(1);
  });
});
