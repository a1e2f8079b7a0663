/** Dates are real or null (issue 12 item 10), and DailyBot's DD/MM/YYYY becomes ISO 8601 (issue 15 item 2). */
import fc from 'fast-check';

import { dateReader, toIsoDate, toIsoDateTime } from '../../../src/triggers/normalize/dates';

describe('toIsoDateTime', () => {
  it.each([
    ['"-1"', '-1'],
    ['"build 7"', 'build 7'],
    ['year 20000', '20000-01-01'],
    ['30 February', '2024-02-30T10:00:00+05:00'],
    ['hour 24', '2024-02-05T24:00:00Z'],
    ['an offset of +25:00', '2024-02-05T10:00:00+25:00'],
    ['a date before 2000', '1999-12-31T23:59:59Z'],
    ['epoch 7 (1970)', 7],
    ['epoch 0', 0],
    ['a negative epoch', -1],
    ['an epoch past 2099', 4_200_000_000],
    ['Infinity', Infinity],
    ['an RFC 2822 date', 'Mon, 05 Feb 2024 12:34:29 GMT'],
    ['a date with an offset but no time', '2024-02-05+05:00'],
    ['a very long text', `2024-02-05T10:00:00${'0'.repeat(100)}Z`],
  ])('gives null, never an invented date, for %s', (_name, value) => {
    expect(toIsoDateTime(value)).toBeNull();
  });

  it('keeps real moments as DailyBot wrote them', () => {
    expect(toIsoDateTime('2024-02-29T10:00:00+05:00')).toBe('2024-02-29T10:00:00+05:00');
    expect(toIsoDateTime('2024-02-05T12:34:29.181095-05:00')).toBe('2024-02-05T12:34:29.181095-05:00');
    expect(toIsoDateTime('2024-02-05t12:34:29z')).toBe('2024-02-05T12:34:29Z');
    expect(toIsoDateTime('2022-01-25 21:44:07')).toBe('2022-01-25T21:44:07.000Z');
    expect(toIsoDateTime(' 1707154471.495433 ')).toBe('2024-02-05T17:34:31.495Z');
  });

  it('never gives a date outside 2000–2099 or one that is not a real day', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constantFrom('2023-02-29', '2100-01-01T00:00:00Z', '0000-01-01')), (value) => {
        const iso = toIsoDateTime(value);
        if (iso === null) return;
        const year = Number(iso.slice(0, 4));
        expect(year).toBeGreaterThanOrEqual(2000);
        expect(year).toBeLessThanOrEqual(2099);
        expect(Number.isNaN(Date.parse(iso))).toBe(false);
        expect(new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`)).toISOString().slice(0, 10)).toBe(iso.slice(0, 10));
      }),
    );
  });
});

describe('toIsoDate', () => {
  it('reads DailyBot’s DD/MM/YYYY day first, as seed 001 pairs 06/01/2022 with 16/01/2022', () => {
    expect(toIsoDate('06/01/2022')).toBe('2022-01-06');
    expect(toIsoDate('16/01/2022')).toBe('2022-01-16');
    expect(toIsoDate('6/1/2022')).toBe('2022-01-06');
  });

  it('reads ISO dates and date-times (their date as written)', () => {
    expect(toIsoDate('2023-03-12')).toBe('2023-03-12');
    expect(toIsoDate('2023-03-12T23:30:00-05:00')).toBe('2023-03-12');
  });

  it.each([['01/16/2022'], ['31/04/2022'], ['29/02/2023'], ['2023-13-01'], ['soon'], [''], [20220106], [null]])('gives null for %p', (value) => {
    expect(toIsoDate(value)).toBeNull();
  });
});

describe('dateReader', () => {
  it('keeps, as sent, each date it could not read, and nothing for dates that were absent', () => {
    const dates = dateReader();
    expect(dates.read('created_at', 'build 7')).toBeNull();
    expect(dates.read('updated_at', null)).toBeNull();
    expect(dates.read('event_timestamp', 1707154471)).toBe('2024-02-05T17:34:31.000Z');
    expect(dates.read('user_timeoff_start', '31/02/2024', toIsoDate)).toBeNull();
    expect(dates.read('x', { deep: [[[]]] })).toBeNull();
    expect(dates.unreadable()).toEqual({ unreadable_dates: 'created_at: build 7\nuser_timeoff_start: 31/02/2024\nx: (an object)' });
  });

  it('gives no unreadable_dates at all when every date was read or absent (a field empty in every usual case is not offered)', () => {
    const dates = dateReader();
    expect(dates.read('created_at', '2024-02-05T17:34:31Z')).toBe('2024-02-05T17:34:31Z');
    expect(dates.read('updated_at', null)).toBeNull();
    expect(dates.unreadable()).toEqual({});
  });
});
