import nock from 'nock';

import { API, API_KEY, errorOf, expectNoSecrets } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { runSearch, trap } from './support';

const JOHN_UUID = seeds.user.uuid;
const john = { ...seeds.user, email: 'john.wick@example.com' };
const ann = { ...seeds.user, uuid: '0b0c5a4e-1f7d-4c57-9a43-5d2b1f0e9c11', full_name: 'Ann Lee', email: 'ann.lee@example.com', role: 'MEMBER' };
const bob = { ...seeds.user, uuid: '7d1c2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f', full_name: 'Bob Stone', email: 'bob@example.com' };
const otherJohn = { ...seeds.user, uuid: 'c0ffee00-1111-4222-8333-444455556666', full_name: 'John Wick', email: 'john.other@example.com' };

const LIST_QUERY = { include_email: 'true', limit: '100', page_size: '100' };
const page2Url = `${API}/users/?include_email=true&limit=100&page_size=100&offset=100`;
const page3Url = `${API}/users/?include_email=true&limit=100&page_size=100&offset=200`;

/** What find_user gives for the documented user (with an email). */
const johnFound = {
  id: JOHN_UUID,
  uuid: JOHN_UUID,
  full_name: 'John Wick',
  first_name: 'John',
  last_name: 'Wick',
  email: 'john.wick@example.com',
  username: 'Wick10',
  role: 'ADMIN',
  occupation: 'Teammate',
  timezone: 'America/Bogota',
  is_active: true,
  bot_enabled: true,
  image: 'https://secure.gavatar.com/avatar/ima.png',
  birth_date: '05-12',
  work_days: [1, 2, 3, 4, 5],
  work_start_time: '09:00:00',
  // seed 001 lists them day first: 6 and 16 January 2022
  timeoff_start: '2022-01-06',
  timeoff_end: '2022-01-16',
  chat_user_id: 'Z32HVBCQ98D',
  organization_uuid: '4e322341-1262-42fa-942a-0341d90883f6',
  organization_name: 'Alexa OC',
};

describe('find_user', () => {
  describe('by UUID', () => {
    it('reads GET /users/{uuid}/ with the API key and returns the user, flat', async () => {
      nock(API, { reqheaders: { 'x-api-key': API_KEY } })
        .get(`/users/${JOHN_UUID}/`)
        .query({ include_email: 'true' })
        .reply(200, john);
      await expect(runSearch('find_user', { query: JOHN_UUID })).resolves.toEqual([johnFound]);
    });

    it('asks for an upper-case UUID in lower case, as DailyBot writes it', async () => {
      nock(API).get(`/users/${JOHN_UUID}/`).query(true).reply(200, john);
      const [found] = await runSearch('find_user', { query: `  ${JOHN_UUID.toUpperCase()} ` });
      expect(found).toMatchObject({ uuid: JOHN_UUID });
    });

    it('gives null for what an older answer leaves out (no email, no organization)', async () => {
      const { organization: _org, chat_platform_data: _chat, work_start_time: _start, ...bare } = seeds.user;
      nock(API).get(`/users/${JOHN_UUID}/`).query(true).reply(200, { ...bare, work_days: null, is_active: undefined });
      const [found] = await runSearch('find_user', { query: JOHN_UUID });
      expect(found).toMatchObject({ email: null, organization_uuid: null, organization_name: null, chat_user_id: null, work_start_time: null, work_days: [], is_active: null });
    });

    it.each([
      ['day first, as seed 001 lists them', '06/01/2022', '16/01/2022', '2022-01-06', '2022-01-16'],
      ['day first without leading zeros', '6/1/2022', '9/2/2022', '2022-01-06', '2022-02-09'],
      ['ISO dates, as PATCH /users/ takes them', '2023-03-12', '2023-03-18', '2023-03-12', '2023-03-18'],
      ['ISO date-times', '2023-03-12T00:00:00Z', '2023-03-18 09:00:00', '2023-03-12', '2023-03-18'],
      ['none', null, null, null, null],
      ['no 13th month, no 31 February', '01/13/2022', '31/02/2022', null, null],
      ['words and other shapes', 'next week', '2022.01.16', null, null],
      ['not text at all', 20220106, { day: 16 }, null, null],
    ])('gives time off as ISO dates, day first read correctly: %s', async (_what, start, end, isoStart, isoEnd) => {
      nock(API).get(`/users/${JOHN_UUID}/`).query(true).reply(200, { ...john, timeoff_start: start, timeoff_end: end });
      const [found] = await runSearch('find_user', { query: JOHN_UUID });
      expect(found).toMatchObject({ timeoff_start: isoStart, timeoff_end: isoEnd });
    });

    it('returns no result when DailyBot answers 404', async () => {
      nock(API).get(`/users/${JOHN_UUID}/`).query(true).reply(404, { detail: 'Not found.' });
      await expect(runSearch('find_user', { query: JOHN_UUID })).resolves.toEqual([]);
    });

    it('fails plainly on a server error (not a miss)', async () => {
      nock(API).get(`/users/${JOHN_UUID}/`).query(true).reply(503, 'Service Unavailable');
      const error = await errorOf(runSearch('find_user', { query: JOHN_UUID }));
      expect(error).toMatchObject({ code: 'dailybot_unavailable', status: 503 });
      expect(error.message).toContain('server error (HTTP 503)');
    });
  });

  describe('by email or full name', () => {
    it('finds an email on page 2, ignoring case and spaces, and never asks for page 3', async () => {
      nock(API, { reqheaders: { 'x-api-key': API_KEY } })
        .get('/users/')
        .query(LIST_QUERY)
        .reply(200, { ...seeds.page([ann]), count: 600, next: page2Url });
      nock(API).get('/users/').query({ ...LIST_QUERY, offset: '100' }).reply(200, { ...seeds.page([bob, john]), count: 600, next: page3Url });
      const page3 = trap(nock(API).get('/users/').query({ ...LIST_QUERY, offset: '200' }), seeds.page([otherJohn]));

      await expect(runSearch('find_user', { query: '  JOHN.Wick@Example.COM ' })).resolves.toEqual([johnFound]);
      expect(page3.hits).toBe(0);
    });

    it('finds a full name on the first page, ignoring case and extra spaces, and stops there', async () => {
      nock(API).get('/users/').query(LIST_QUERY).reply(200, { ...seeds.page([ann, john]), next: page2Url });
      const page2 = trap(nock(API).get('/users/').query({ ...LIST_QUERY, offset: '100' }), seeds.page([bob]));

      const results = await runSearch('find_user', { query: 'john   WICK' });
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ uuid: JOHN_UUID, email: 'john.wick@example.com' });
      expect(page2.hits).toBe(0);
    });

    it('returns the first person DailyBot lists when two share a full name', async () => {
      nock(API).get('/users/').query(LIST_QUERY).reply(200, seeds.page([ann, otherJohn, john]));
      const results = await runSearch('find_user', { query: 'John Wick' });
      expect(results.map((user) => user.uuid)).toEqual([otherJohn.uuid]);
    });

    it('matches an email only against emails and a name only against names', async () => {
      const nameLikeEmail = { ...bob, full_name: 'ann.lee@example.com', email: 'bob@example.com' };
      nock(API).get('/users/').query(LIST_QUERY).reply(200, seeds.page([nameLikeEmail, ann]));
      const [found] = await runSearch('find_user', { query: 'ann.lee@example.com' });
      expect(found).toMatchObject({ uuid: ann.uuid });
    });

    it('reads every page and returns no result when nobody matches (a part of a name is not a match)', async () => {
      nock(API).get('/users/').query(LIST_QUERY).reply(200, { ...seeds.page([ann, john]), next: page2Url });
      nock(API).get('/users/').query({ ...LIST_QUERY, offset: '100' }).reply(200, seeds.page([bob]));
      await expect(runSearch('find_user', { query: 'John' })).resolves.toEqual([]);
    });

    it('reads a listing DailyBot sends as a bare array', async () => {
      nock(API).get('/users/').query(LIST_QUERY).reply(200, [ann, john]);
      const [found] = await runSearch('find_user', { query: 'ann lee' });
      expect(found).toMatchObject({ uuid: ann.uuid, role: 'MEMBER' });
    });

    it('passes on a plan error from the listing with its upgrade link', async () => {
      nock(API).get('/users/').query(LIST_QUERY).reply(403, seeds.errors.planUpgrade);
      const error = await errorOf(runSearch('find_user', { query: 'ann@example.com' }));
      expect(error).toMatchObject({ code: 'plan_upgrade_required', status: 403 });
      expect(error.message).toContain('https://app.dailybot.com/billing');
      expectNoSecrets(error.message);
    });

    it('asks to reconnect when the key is refused', async () => {
      nock(API).get('/users/').query(LIST_QUERY).reply(403, seeds.errors.badKey);
      const error = await errorOf(runSearch('find_user', { query: 'Ann Lee' }));
      expect(error.name).toBe('ExpiredAuthError');
      expectNoSecrets(error.message);
    });
  });

  describe('invalid input, refused before any request', () => {
    it.each([
      ['empty', ''],
      ['blank', '   '],
      ['missing', undefined],
    ])('a %s query', async (_name, query) => {
      const error = await errorOf(runSearch('find_user', query === undefined ? {} : { query }));
      expect(error).toMatchObject({ code: 'invalid_input' });
      expect(error.message).toBe('Check this field: “User” is required.');
    });

    it('a query too long to be a name or an email', async () => {
      const error = await errorOf(runSearch('find_user', { query: `${'x'.repeat(330)}@example.com` }));
      expect(error).toMatchObject({ code: 'invalid_input' });
      expect(error.message).toContain('“User” is too long');
    });
  });
});
