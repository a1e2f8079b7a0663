import nock from 'nock';

import { API, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { ann, bea, failsBeforeAnyRequest, john, nockDirectory, runAction } from './support';

const remind = (inputData: Record<string, unknown>) => runAction('send_checkin_reminder', inputData);
const CHECKIN = seeds.checkin.id;
const PATH = `/checkins/${CHECKIN}/send-reminders/`;

describe('Send Check-in Reminder', () => {
  it('reminds everyone pending with an empty body, and says so', async () => {
    nock(API).post(PATH, {}).reply(200, { detail: 'Users notified successfully.' });
    await expect(remind({ checkin: CHECKIN })).resolves.toEqual({
      detail: 'Users notified successfully.',
      checkin_uuid: CHECKIN,
      date: null,
      users_uuids: [],
      users_emails: [],
      everyone_pending: true,
      users: [],
      reminded: 'Everyone who had not answered yet',
    });
  });

  it('sends emails as users_emails and UUIDs as users_uuids with no lookup, and the date', async () => {
    nock(API)
      .post(PATH, { users_uuids: [john.uuid], users_emails: ['ann@example.com', 'someone@example.org'], date: '2026-03-31' })
      .reply(200, { detail: 'Users notified successfully.' });
    const result = await remind({ checkin: CHECKIN, users: `ann@example.com, ${john.uuid}; someone@example.org`, date: '2026-03-31' });
    expect(result).toMatchObject({ users_uuids: [john.uuid], users_emails: ['ann@example.com', 'someone@example.org'], everyone_pending: false });
  });

  it('looks up full names only, once, and sends their UUIDs', async () => {
    nockDirectory();
    nock(API).post(PATH, { users_uuids: [ann.uuid, john.uuid], users_emails: ['bea@example.com'] }).reply(200, { detail: 'Users notified successfully.' });
    const result = await remind({ checkin: CHECKIN, users: ['Ann Lee', 'bea@example.com', 'John Wick'] });
    expect(result.users_uuids).toEqual([ann.uuid, john.uuid]);
  });

  it('says who was reminded: people found by name in full, people named by UUID or email as given (issue 18 item 11)', async () => {
    nockDirectory();
    nock(API).post(PATH, { users_uuids: [bea.uuid, ann.uuid], users_emails: ['someone@example.org'] }).reply(200, { detail: 'Users notified successfully.' });
    const result = await remind({ checkin: CHECKIN, users: [bea.uuid, 'Ann Lee', 'someone@example.org'] });
    expect(result.users).toEqual([
      { uuid: bea.uuid },
      { uuid: ann.uuid, email: ann.email, full_name: 'Ann Lee', first_name: 'Ann', last_name: 'Lee' },
      { email: 'someone@example.org' },
    ]);
    expect(result.reminded).toBe(`${bea.uuid}, Ann Lee, someone@example.org`);
    expect(result.everyone_pending).toBe(false);
  });

  it.each([
    ['no check-in', { users: ['ann@example.com'] }, '“Check-in” is required'],
    ['a check-in that is a path', { checkin: '../../me' }, '“Check-in” must be picked from the list'],
    ['a date in another format', { checkin: CHECKIN, date: '03/31/2026' }, '“Date” must be a date written YYYY-MM-DD'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => remind(inputData));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });

  it('says which field holds unknown people (400 one_or_more_users_not_found)', async () => {
    nock(API).post(PATH).reply(400, seeds.errors.usersNotFound);
    const error = await errorOf(remind({ checkin: CHECKIN, users: ['nobody@example.com'] }));
    expect(error).toMatchObject({ code: 'one_or_more_users_not_found' });
    expect(error.message).toContain('“People”');
  });

  it('says the check-in is gone on a bare 404', async () => {
    nock(API).post(PATH).reply(404, { detail: 'Not found.' });
    const error = await errorOf(remind({ checkin: CHECKIN }));
    expect(error).toMatchObject({ code: 'not_found' });
  });
});
