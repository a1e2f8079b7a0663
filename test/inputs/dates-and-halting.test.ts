/**
 * Dates as people and apps give them (issue 15 item 8), and halting where a run has nothing to do
 * (item 5): unit checks of the rules, then the actions that use them, against nock.
 */
import nock from 'nock';

import { creates } from '../../src/creates';
import { schema } from '../../src/schemas/lazy';
import { date, dayOf } from '../../src/inputs/rules';
import { API, appTester, authData, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';

const CHECKIN = seeds.checkin.id;

const run = (key: string, inputData: Record<string, unknown>, inputDataRaw?: Record<string, unknown>) =>
  appTester(creates[key]!.operation.perform as never, { authData, inputData, inputDataRaw: inputDataRaw ?? inputData } as never) as Promise<Record<string, unknown>>;

describe('the date rule', () => {
  it.each([
    ['2026-03-31', '2026-03-31'],
    [' 2026-03-31 ', '2026-03-31'],
    ['2026-03-31T09:00:00Z', '2026-03-31'],
    ['2026-03-31T09:00:00.123456Z', '2026-03-31'],
    ['2026-03-31 09:00', '2026-03-31'],
    // Zapier's reading of "tomorrow" in a datetime field, in the Zap's time zone: the date as written
    ['2026-03-31T23:30:00-05:00', '2026-03-31'],
    ['2026-04-01T00:30:00+14:00', '2026-04-01'],
    ['2026-03-31T09:00:00+0530', '2026-03-31'],
  ])('keeps the day of %j as written', (given, day) => {
    expect(dayOf(given)).toBe(day);
    expect(schema((zod) => date(zod)).parse(given)).toBe(day);
  });

  it.each(['31/03/2026', '03/31/2026', '2026-02-30', '2026-02-30T10:00:00Z', '2026-03-31T25:00:00Z', 'tomorrow', '2026-03-31Tjunk', '1774915200'])(
    'refuses %j, saying how to write a date',
    (given) => {
      const parsed = schema((zod) => date(zod)).safeParse(given);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('must be a date written YYYY-MM-DD, such as 2026-03-31');
    },
  );

  it('takes blank as not given', () => {
    expect(schema((zod) => date(zod)).parse('  ')).toBeUndefined();
  });
});

describe('date inputs in actions', () => {
  it('Send Check-in Reminder sends the day of a date and time from the date picker', async () => {
    nock(API).post(`/checkins/${CHECKIN}/send-reminders/`, { date: '2026-03-31' }).reply(200, { detail: 'Users notified successfully.' });
    await expect(run('send_checkin_reminder', { checkin: CHECKIN, date: '2026-03-31T23:30:00-05:00' })).resolves.toMatchObject({ date: '2026-03-31' });
  });

  it('Update Check-in sends start and end days from date-times', async () => {
    nock(API)
      .patch(`/checkins/${CHECKIN}/`, { start_on: '2026-04-01', end_on: '2026-06-30' })
      .reply(200, { ...seeds.checkin, uuid: CHECKIN, start_on: '2026-04-01', end_on: '2026-06-30' });
    await expect(run('update_checkin', { checkin: CHECKIN, start_on: '2026-04-01T00:00:00+02:00', end_on: '2026-06-30T18:00:00Z' })).resolves.toMatchObject({
      start_on: '2026-04-01',
      end_on: '2026-06-30',
    });
  });
});

describe('halting where there is nothing to do', () => {
  it('Update Check-in halts when every mapped field came out empty, and fails when none was filled in', async () => {
    const halted = await errorOf(run('update_checkin', { checkin: CHECKIN }, { checkin: CHECKIN, name: '{{1__title}}', active: '{{1__active}}' }));
    expect(halted).toMatchObject({ name: 'HaltedError', message: expect.stringContaining('Nothing to change') });
    const failed = await errorOf(run('update_checkin', { checkin: CHECKIN }));
    expect(failed).toMatchObject({ name: 'AppError', code: 'invalid_input' });
  });

  it('Update User halts when every mapped field came out empty', async () => {
    const halted = await errorOf(run('update_user', { user: 'john@example.com' }, { user: 'john@example.com', timeoff_start: '{{1__start}}', timeoff_end: '{{1__end}}' }));
    expect(halted).toMatchObject({ name: 'HaltedError', message: expect.stringContaining('Nothing to change') });
  });

  it('Send Check-in Reminder halts when mapped people came out empty, rather than reminding everyone', async () => {
    const halted = await errorOf(run('send_checkin_reminder', { checkin: CHECKIN }, { checkin: CHECKIN, users: ['{{1__pending_emails}}'] }));
    expect(halted).toMatchObject({ name: 'HaltedError', message: expect.stringContaining('Nobody was reminded') });
  });

  it('Send Message halts when its mapped targets came out empty', async () => {
    const halted = await errorOf(run('send_message', { message: 'Hi' }, { message: 'Hi', target_users: ['{{1__owner}}'] }));
    expect(halted).toMatchObject({ name: 'HaltedError', message: expect.stringContaining('“Users”, “Teams” or “Channels”') });
  });

  it('Delete Check-in halts on a 404 for a mapped check-in, and fails for a picked one', async () => {
    nock(API).delete(`/checkins/${CHECKIN}/`).times(2).reply(404, { detail: 'Not found.' });
    const halted = await errorOf(run('delete_checkin', { checkin: CHECKIN }, { checkin: '{{1__checkin_uuid}}' }));
    expect(halted).toMatchObject({ name: 'HaltedError', message: expect.stringContaining('Nothing to delete') });
    const failed = await errorOf(run('delete_checkin', { checkin: CHECKIN }));
    expect(failed).toMatchObject({ name: 'AppError', code: 'not_found' });
  });
});
