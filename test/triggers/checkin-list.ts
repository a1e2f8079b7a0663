/** The requests the check-in triggers' test step sends, for a fixed "now" (2026-03-10, UTC). */
import nock from 'nock';

import { checkin, page } from '../fixtures/seeds';
import { CHECKIN_UUID, listedCheckinResponse } from '../fixtures/webhooks';
import { API } from '../helpers';

export const NOW = Date.parse('2026-03-10T15:00:00Z');
export const RANGE = { date_start: '2026-03-03', date_end: '2026-03-10' };

export const freezeNow = () => jest.spyOn(Date, 'now').mockReturnValue(NOW);

/** One page of check-ins (the seeds' one), and its recent responses. */
export const mockRecentResponses = (responses: unknown[] = [listedCheckinResponse()]) => {
  nock(API).get('/checkins/').query({ include_summary: 'true', limit: '100', page_size: '100' }).reply(200, page([checkin]));
  nock(API)
    .get(`/checkins/${CHECKIN_UUID}/responses/`)
    .query({ ...RANGE, limit: '50', page_size: '50' })
    .reply(200, page(responses));
};
