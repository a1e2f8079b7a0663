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
import { deliver, describeCheckinFilter, describeHook, list } from './hook-cases';

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

describeCheckinFilter(trigger, 'followups.response.completed');

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
