import nock from 'nock';

import { API, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { failsBeforeAnyRequest, runAction } from './support';

const update = (inputData: Record<string, unknown>) => runAction('update_checkin', inputData);
const CHECKIN = seeds.checkin.id;

describe('Update Check-in', () => {
  it('PATCHes only the fields filled in, as real types, and returns the updated check-in', async () => {
    nock(API)
      .patch(`/checkins/${CHECKIN}/`, { active: false, reminders_max_count: 3, frequency_on_days: [1, 3, 5], custom_trigger_time: '09:15:00' })
      .reply(200, { ...seeds.checkin, active: false, reminders_max_count: 3, frequency_on_days: [1, 3, 5], custom_trigger_time: '09:15:00' });
    const result = await update({
      checkin: CHECKIN,
      active: 'false',
      reminders_max_count: '3',
      frequency_on_days: 'Monday, Wednesday, Friday',
      custom_trigger_time: '09:15',
      name: '',
      end_on: '',
    });
    expect(result).toMatchObject({
      id: CHECKIN,
      name: 'Team standups',
      active: false,
      reminders_max_count: 3,
      frequency_on_days: [1, 3, 5],
      custom_trigger_time: '09:15:00',
      send_reports_one_by_one: true,
    });
  });

  it('can rename it and change its template', async () => {
    nock(API).patch(`/checkins/${CHECKIN}/`, { name: 'Daily sync', template: seeds.template.uuid }).reply(200, { ...seeds.checkin, name: 'Daily sync' });
    await expect(update({ checkin: CHECKIN, name: 'Daily sync', template: seeds.template.uuid })).resolves.toMatchObject({ name: 'Daily sync' });
  });

  it('returns what was changed when DailyBot answers with no body', async () => {
    nock(API).patch(`/checkins/${CHECKIN}/`, { is_anonymous: true }).reply(204);
    await expect(update({ checkin: CHECKIN, is_anonymous: 'true' })).resolves.toMatchObject({ id: CHECKIN, is_anonymous: true, name: null });
  });

  it.each([
    ['no change at all', { checkin: CHECKIN }, 'fill in at least one thing to change besides “Check-in”'],
    ['no check-in', { active: 'true' }, '“Check-in” is required'],
    ['a check-in that is a path', { checkin: '../../users/x', active: 'true' }, '“Check-in” must be picked from the list'],
    ['an end before the start', { checkin: CHECKIN, start_on: '2026-04-02', end_on: '2026-04-01' }, '“End Date” must not be before “Start Date”'],
    ['5 extra reminders', { checkin: CHECKIN, reminders_max_count: 5 }, '“Extra Reminders” must be between 0 and 3'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => update(inputData));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });

  it('says the check-in is gone on a bare 404', async () => {
    nock(API).patch(`/checkins/${CHECKIN}/`).reply(404, { detail: 'Not found.' });
    const error = await errorOf(update({ checkin: CHECKIN, active: 'true' }));
    expect(error).toMatchObject({ code: 'not_found', status: 404 });
    expect(error.message).toContain('Pick the check-in again from the list in “Check-in”');
  });

  it('says the same for a 404 with DailyBot’s generic not_found code', async () => {
    nock(API).patch(`/checkins/${CHECKIN}/`).reply(404, { detail: 'Not found.', code: 'not_found' });
    const error = await errorOf(update({ checkin: CHECKIN, active: 'true' }));
    expect(error).toMatchObject({ code: 'not_found', status: 404 });
    expect(error.message).toContain('Pick the check-in again');
  });

  it('keeps DailyBot’s word for a 404 with a specific code', async () => {
    nock(API).patch(`/checkins/${CHECKIN}/`).reply(404, { detail: 'The template does not exist.', code: 'template_not_found' });
    const error = await errorOf(update({ checkin: CHECKIN, template: 'abc' }));
    expect(error).toMatchObject({ code: 'template_not_found', status: 404 });
    expect(error.message).toContain('The template does not exist.');
  });

  it('keeps DailyBot’s word for a permission problem (403)', async () => {
    nock(API).patch(`/checkins/${CHECKIN}/`).reply(403, { detail: 'You cannot edit this check-in.', code: 'insufficient_role' });
    const error = await errorOf(update({ checkin: CHECKIN, active: 'true' }));
    expect(error).toMatchObject({ code: 'insufficient_role', status: 403 });
    expect(error.message).toContain('You cannot edit this check-in.');
  });
});
