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

  it('gives only well-formed addresses, one per person: no commas, line breaks or Bcc: lines reach an email step (issue 19 item 7)', async () => {
    const hostile = [
      { uuid: '11111111-1111-4111-8111-111111111111', full_name: 'Comma', email: 'a@example.com, eve@evil.example' },
      { uuid: '22222222-2222-4222-8222-222222222222', full_name: 'Newline', email: 'b@example.com\nBcc: eve@evil.example' },
      { uuid: '33333333-3333-4333-8333-333333333333', full_name: 'Nul', email: 'c@example.com\u0000' },
      { uuid: '44444444-4444-4444-8444-444444444444', full_name: 'Long', email: `${'d'.repeat(400)}@example.com` },
      { uuid: '55555555-5555-4555-8555-555555555555', full_name: 'Spaced', email: '  e@example.com ' },
      'f@example.com\r\nBcc: eve@evil.example',
    ];
    listing({ pending_users: [...hostile, ann, { user: ann }] });
    // the people without a readable email are looked for in the directory, which has none better
    nock(API)
      .get('/users/')
      .query({ include_email: 'true', limit: '100', page_size: '100' })
      .reply(200, seeds.page(hostile.filter((p) => typeof p === 'object').map((p) => ({ ...(p as object), email: 'x@example.com; y@example.com' }))));
    const [result] = await find({ checkin: CHECKIN, date: '2026-03-31' });
    expect(result!.pending_emails).toBe('e@example.com, ann@example.com');
    expect((result!.pending_users as Array<{ email: string | null }>).map((p) => p.email)).toEqual([null, null, null, null, 'e@example.com', null, 'ann@example.com', 'ann@example.com']);
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
