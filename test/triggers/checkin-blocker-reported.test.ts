import * as trigger from '../../src/triggers/checkin-blocker-reported';
import {
  anonymousCheckinResponseBody,
  CHECKIN_UUID,
  checkinResponseBody,
  checkinResponseWithoutBlockerBody,
  envelope,
  listedCheckinResponse,
  OTHER_CHECKIN_UUID,
} from '../fixtures/webhooks';
import { freezeNow, mockRecentResponses } from './checkin-list';
import { deliver, describeHook, list } from './hook-cases';

beforeEach(() => {
  freezeNow();
});

describeHook({
  module: trigger,
  key: 'checkin_blocker_reported',
  label: 'New Blocker in Check-in',
  event: 'followups.response.completed',
  filter: { key: 'checkin', value: CHECKIN_UUID, subscribed: true },
  body: checkinResponseBody,
  expected: { id: '9c1d7a52-3f4e-4b8a-9d2c-6e5f4a3b2c1d', has_blocker: true, answer_3: 'Waiting on access to the staging database.' },
  mockList: () => mockRecentResponses(),
});

describe('checkin_blocker_reported: the chosen check-in', () => {
  it('keeps deliveries for the chosen check-in', async () => {
    await expect(deliver(trigger, envelope('followups.response.completed', checkinResponseBody()), { inputData: { checkin: CHECKIN_UUID } })).resolves.toHaveLength(1);
  });

  it('drops a delivery that names another check-in', async () => {
    await expect(deliver(trigger, envelope('followups.response.completed', checkinResponseBody()), { inputData: { checkin: OTHER_CHECKIN_UUID } })).resolves.toEqual([]);
  });

  it('keeps a delivery that names no check-in, and says it is the chosen one', async () => {
    const { checkins: _c, ...body } = checkinResponseBody();
    const items = await deliver(trigger, envelope('followups.response.completed', body), { inputData: { checkin: OTHER_CHECKIN_UUID } });
    expect(items.map((i) => i.checkin_uuid)).toEqual([OTHER_CHECKIN_UUID]);
  });

  it('accepts a delivery when the subscription holds no bearer', async () => {
    await expect(deliver(trigger, envelope('followups.response.completed', checkinResponseBody()), { bearer: null, headers: {} })).resolves.toHaveLength(1);
  });
});

describe('checkin_blocker_reported: only responses with a blocker', () => {
  it('gives nothing for a completed response without a blocker', async () => {
    await expect(deliver(trigger, envelope('followups.response.completed', checkinResponseWithoutBlockerBody()))).resolves.toEqual([]);
  });

  it('gives an anonymous response with a blocker, saying it is anonymous', async () => {
    const items = await deliver(trigger, envelope('followups.response.completed', anonymousCheckinResponseBody()));
    expect(items).toEqual([expect.objectContaining({ has_blocker: true, is_anonymous: true, user_uuid: null, user_email: null })]);
  });

  it('shows only recent responses with a blocker in the test step', async () => {
    mockRecentResponses([
      listedCheckinResponse({ uuid: 'no-blocker', has_issue: false, responses: [] }),
      listedCheckinResponse({ uuid: 'blocker' }),
    ]);
    const items = await list(trigger);
    expect(items.map((i) => i.response_uuid)).toEqual(['blocker']);
  });
});
