import nock from 'nock';

import { API, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { runSearch } from './support';

const find = (inputData: Record<string, unknown>) => runSearch('find_checkin_non_respondents', inputData);
const CHECKIN = seeds.checkin.id;
const QUERY = { include_summary: 'true', include_pending_users: 'true', date: '2026-03-31', limit: '100', page_size: '100' };
const ann = { uuid: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', full_name: 'Ann Lee', email: 'ann@example.com' };
const summary = { completed_percentage: 50, expected_responses: 4, completed_responses: 2 };

const listing = (checkin: Record<string, unknown>) =>
  nock(API)
    .get('/checkins/')
    .query(QUERY)
    .reply(200, seeds.page([{ ...seeds.checkin, id: 'other-checkin', name: 'Retro' }, { ...seeds.checkin, is_anonymous: false, summary, ...checkin }]));

describe('Find Check-in Non-Respondents', () => {
  it('gives who has not answered as line items and as a comma-separated email list (one request when DailyBot gives emails)', async () => {
    listing({ pending_users: [{ ...seeds.user, email: 'john@example.com' }, { user: ann }] });
    await expect(find({ checkin: CHECKIN, date: '2026-03-31' })).resolves.toEqual([
      {
        id: `${CHECKIN}:2026-03-31`,
        checkin_uuid: CHECKIN,
        checkin_name: seeds.checkin.name,
        date: '2026-03-31',
        pending_count: 2,
        pending_users: [
          { uuid: seeds.user.uuid, full_name: seeds.user.full_name, first_name: 'John', last_name: 'Wick', email: 'john@example.com' },
          { uuid: ann.uuid, full_name: 'Ann Lee', first_name: 'Ann', last_name: 'Lee', email: 'ann@example.com' },
        ],
        pending_emails: 'john@example.com, ann@example.com',
        pending_names: `${seeds.user.full_name}, Ann Lee`,
        expected_responses: 4,
        completed_responses: 2,
        completed_percentage: 50,
      },
    ]);
  });

  it('fills in emails DailyBot left out from the user directory, reading no page past the last one needed', async () => {
    listing({ pending_users: [{ id: ann.uuid, name: 'Ann Lee' }, seeds.user.uuid] });
    nock(API)
      .get('/users/')
      .query({ include_email: 'true', limit: '100', page_size: '100' })
      .reply(200, seeds.page([{ ...seeds.user, email: 'john@example.com' }, ann], `${API}/users/?include_email=true&limit=100&offset=100`));
    const [result] = await find({ checkin: CHECKIN, date: '2026-03-31' });
    expect(result).toMatchObject({ pending_count: 2, pending_emails: 'ann@example.com, john@example.com', pending_names: `Ann Lee, ${seeds.user.full_name}` });
  });

  it('gives pending_count 0 when everyone answered', async () => {
    listing({ pending_users: [], summary: { ...summary, completed_responses: 4, completed_percentage: 100 } });
    const [result] = await find({ checkin: CHECKIN, date: '2026-03-31' });
    expect(result).toMatchObject({ pending_count: 0, pending_users: [], pending_emails: '' });
  });

  it('says plainly that an anonymous check-in keeps it private', async () => {
    listing({ is_anonymous: true });
    const error = await errorOf(find({ checkin: CHECKIN, date: '2026-03-31' }));
    expect(error).toMatchObject({ code: 'checkin_is_anonymous' });
    expect(error.message).toContain('Send Check-in Reminder');
  });

  it('finds nothing for a check-in DailyBot does not list, and sends no date when none is given', async () => {
    nock(API).get('/checkins/').query({ include_summary: 'true', include_pending_users: 'true', limit: '100', page_size: '100' }).reply(200, seeds.page([]));
    await expect(find({ checkin: CHECKIN })).resolves.toEqual([]);
  });
});
