import nock from 'nock';

import { API, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { ann, failsBeforeAnyRequest, john, nockDirectory, runAction } from './support';

const update = (inputData: Record<string, unknown>) => runAction('update_user', inputData);

/** The documented request example of PATCH /users/{uuid}/ (seed 001), as a Zap builder types it. */
const typed = {
  full_name: 'John Wick',
  occupation: 'Teammate',
  birth_date: '10-26',
  is_active: 'true',
  bot_enabled: 'true',
  timezone: 'America/New_York',
  work_days: ['1', '2', '3', '4', '5'],
  timeoff_start: '2023-03-12',
  timeoff_end: '2023-03-18',
  hour_init_work: '09:00',
};

const documented = {
  full_name: 'John Wick',
  occupation: 'Teammate',
  birth_date: '10-26',
  is_active: true,
  bot_enabled: true,
  timezone: 'America/New_York',
  work_days: [1, 2, 3, 4, 5],
  timeoff_start: '2023-03-12',
  timeoff_end: '2023-03-18',
  hour_init_work: '09:00:00',
};

describe('Update User', () => {
  it('resolves the email to a UUID, then PATCHes the documented example (seed 001) with real types', async () => {
    nockDirectory();
    nock(API).patch(`/users/${john.uuid}/`, documented).reply(200, '');
    const result = await update({ user: 'john@example.com', ...typed });
    expect(result).toEqual({ uuid: john.uuid, email: 'john@example.com', ...documented, first_name: 'John', last_name: 'Wick', updated_fields: Object.keys(documented) });
  });

  it('sends only what was filled in, for a UUID with no lookup', async () => {
    nock(API).patch(`/users/${ann.uuid}/`, { timezone: 'Europe/Madrid', is_active: false }).reply(204);
    const result = await update({ user: ann.uuid, timezone: 'Europe/Madrid', is_active: 'no', occupation: '' });
    expect(result).toMatchObject({
      uuid: ann.uuid,
      timezone: 'Europe/Madrid',
      is_active: false,
      occupation: null,
      full_name: null,
      work_days: [],
      updated_fields: ['is_active', 'timezone'],
    });
  });

  it('believes the user DailyBot answers with over what was sent', async () => {
    nock(API).patch(`/users/${seeds.user.uuid}/`).reply(200, { ...seeds.user, occupation: 'Team Lead', email: 'john@example.com' });
    const result = await update({ user: seeds.user.uuid, occupation: 'team lead' });
    expect(result).toMatchObject({ occupation: 'Team Lead', email: 'john@example.com', hour_init_work: '09:00:00', work_days: [1, 2, 3, 4, 5] });
  });

  it('gives time off as ISO dates when DailyBot answers with them day first (as it lists them)', async () => {
    nock(API)
      .patch(`/users/${seeds.user.uuid}/`, { timeoff_start: '2022-01-06', timeoff_end: '2022-01-16' })
      .reply(200, { ...seeds.user, timeoff_start: '06/01/2022', timeoff_end: '16/01/2022' });
    const result = await update({ user: seeds.user.uuid, timeoff_start: '2022-01-06', timeoff_end: '2022-01-16' });
    expect(result).toMatchObject({ timeoff_start: '2022-01-06', timeoff_end: '2022-01-16' });
  });

  it.each([
    ['no change at all', { user: ann.uuid }, 'fill in at least one thing to change besides “User”'],
    ['no user', { timezone: 'UTC' }, '“User” is required'],
    ['a birthday with the year', { user: ann.uuid, birth_date: '1990-05-12' }, '“Birthday” must be a month and day written MM-DD'],
    ['a birthday that does not exist', { user: ann.uuid, birth_date: '02-30' }, '“Birthday” must be a month and day written MM-DD'],
    ['a time zone abbreviation', { user: ann.uuid, timezone: 'EST5EDT-ish' }, '“Time Zone” must be a time zone name'],
    ['a work day 0', { user: ann.uuid, work_days: '0,1' }, '“Work Days” must list weekdays'],
    ['time off ending before it starts', { user: ann.uuid, timeoff_start: '2026-05-10', timeoff_end: '2026-05-01' }, '“Time Off End” must not be before “Time Off Start”'],
    ['a work start of 9am', { user: ann.uuid, hour_init_work: '9am' }, '“Work Start Time” must be a time written HH:MM'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => update(inputData));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });

  it('says the user is unknown on a bare 404', async () => {
    nock(API).patch(`/users/${ann.uuid}/`).reply(404, { detail: 'Not found.' });
    const error = await errorOf(update({ user: ann.uuid, occupation: 'Designer' }));
    expect(error).toMatchObject({ code: 'not_found', status: 404 });
    expect(error.message).toContain('“User”');
  });

  it('passes on DailyBot’s per-field errors (400 with errors)', async () => {
    nock(API).patch(`/users/${ann.uuid}/`).reply(400, { detail: 'Invalid data.', code: 'invalid', errors: { work_days: ['Members cannot set their work days.'] } });
    const error = await errorOf(update({ user: ann.uuid, work_days: '1' }));
    expect(error).toMatchObject({ code: 'invalid', status: 400 });
    expect(error.message).toContain('work_days: Members cannot set their work days.');
  });

  it('keeps DailyBot’s word for a permission problem (403 org_admin_required)', async () => {
    nock(API).patch(`/users/${ann.uuid}/`).reply(403, seeds.errors.orgAdmin);
    const error = await errorOf(update({ user: ann.uuid, occupation: 'Designer' }));
    expect(error).toMatchObject({ code: 'org_admin_required' });
  });
});
