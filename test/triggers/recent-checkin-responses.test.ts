/** The check-in triggers' test step: real recent responses, within a few requests, newest first. */
import nock from 'nock';

import * as blocker from '../../src/triggers/checkin-blocker-reported';
import * as completed from '../../src/triggers/checkin-response-completed';
import { recentDays } from '../../src/triggers/recent';
import { checkin, page } from '../fixtures/seeds';
import { CHECKIN_UUID, listedCheckinResponse } from '../fixtures/webhooks';
import { API, errorOf } from '../helpers';
import { freezeNow, NOW, RANGE } from './checkin-list';
import { list } from './hook-cases';

beforeEach(() => {
  freezeNow();
});

const responsesOf = (uuid: string, items: unknown[], range = RANGE) =>
  nock(API).get(`/checkins/${uuid}/responses/`).query({ ...range, limit: '50', page_size: '50' }).reply(200, page(items));

describe('with a check-in chosen', () => {
  it('reads that check-in and its last 7 days of responses, newest first', async () => {
    nock(API).get(`/checkins/${CHECKIN_UUID}/`).reply(200, checkin);
    responsesOf(CHECKIN_UUID, [
      listedCheckinResponse({ uuid: 'older', updated_at: '2026-03-08T10:00:00Z' }),
      listedCheckinResponse({ uuid: 'newer', updated_at: '2026-03-09T10:00:00Z' }),
    ]);
    const items = await list(completed, { checkin: CHECKIN_UUID });
    expect(items.map((i) => [i.response_uuid, i.checkin_uuid, i.checkin_name, i.event])).toEqual([
      ['newer', CHECKIN_UUID, 'Team standups', 'followups.response.completed'],
      ['older', CHECKIN_UUID, 'Team standups', 'followups.response.completed'],
    ]);
  });

  it('gives nothing when there were no responses', async () => {
    nock(API).get(`/checkins/${CHECKIN_UUID}/`).reply(200, checkin);
    responsesOf(CHECKIN_UUID, []);
    await expect(list(completed, { checkin: CHECKIN_UUID })).resolves.toEqual([]);
  });

  it('says so when the check-in is gone', async () => {
    nock(API).get(`/checkins/${CHECKIN_UUID}/`).reply(404, { detail: 'Not found.' });
    responsesOf(CHECKIN_UUID, []);
    const error = await errorOf(list(completed, { checkin: CHECKIN_UUID }));
    expect(error.message).toContain('Not found.');
  });
});

describe('with no check-in chosen', () => {
  const c = (id: string, answered: number, active = true) => ({ ...checkin, id, name: `Check-in ${id}`, active, summary: { ...checkin.summary, completed_responses: answered } });
  const checkins = () =>
    nock(API)
      .get('/checkins/')
      .query({ include_summary: 'true', limit: '100', page_size: '100' })
      .reply(200, page([c('quiet', 0), c('paused', 9, false), c('busy', 5), c('steady', 2), c('some', 1)]));

  it('reads the active check-in answered most today, and stops there: two requests', async () => {
    checkins();
    responsesOf('busy', [
      listedCheckinResponse({ uuid: 'b1', updated_at: '2026-03-10T09:00:00Z' }),
      listedCheckinResponse({ uuid: 'b2', updated_at: '2026-03-10T11:00:00Z' }),
    ]);
    const items = await list(completed);
    expect(items.map((i) => [i.response_uuid, i.checkin_name])).toEqual([
      ['b2', 'Check-in busy'],
      ['b1', 'Check-in busy'],
    ]);
  });

  it('goes on to the next busiest check-in while one has no responses, at most three', async () => {
    checkins();
    responsesOf('busy', []);
    responsesOf('steady', []);
    responsesOf('some', [listedCheckinResponse({ uuid: 'o1', updated_at: '2026-03-04T11:00:00-05:00' })]);
    const items = await list(completed);
    expect(items.map((i) => [i.response_uuid, i.checkin_name])).toEqual([['o1', 'Check-in some']]);
  });

  it('for the blocker trigger, goes on until responses with a blocker turn up', async () => {
    checkins();
    responsesOf('busy', [listedCheckinResponse({ uuid: 'b1', has_issue: false, responses: [{ question: 'Q', question_short: 'Q', response: 'fine', is_blocker: false }] })]);
    responsesOf('steady', [listedCheckinResponse({ uuid: 's1', updated_at: '2026-03-10T11:00:00Z' })]);
    const items = await list(blocker);
    expect(items.map((i) => [i.response_uuid, i.has_blocker])).toEqual([['s1', true]]);
  });

  it('uses the Zap owner’s time zone for the dates', async () => {
    // 15:00 UTC on March 10 is already March 11 in Tokyo
    expect(recentDays(NOW, 'Asia/Tokyo')).toEqual({ from: '2026-03-04', to: '2026-03-11' });
    expect(recentDays(NOW, 'Not/AZone')).toEqual({ from: RANGE.date_start, to: RANGE.date_end });
    nock(API).get('/checkins/').query(true).reply(200, page([checkin]));
    responsesOf(CHECKIN_UUID, [listedCheckinResponse()], { date_start: '2026-03-04', date_end: '2026-03-11' });
    await expect(list(completed, {}, { timezone: 'Asia/Tokyo' })).resolves.toHaveLength(1);
  });

  it('gives nothing when the organization has no check-ins', async () => {
    nock(API).get('/checkins/').query(true).reply(200, page([]));
    await expect(list(completed)).resolves.toEqual([]);
  });
});
