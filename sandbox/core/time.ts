/**
 * Dates as DailyBot writes them. Its REST answers use UTC with microseconds
 * (`2022-01-25T21:44:07.337796Z`); its webhook bodies use the organization's offset
 * (`2024-02-05T12:34:29-05:00`, and `…29.181095-05:00` for the precise fields).
 */

export const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a moment, in UTC: the sandbox's "today" is the UTC date. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** Midnight UTC of a `YYYY-MM-DD` date. */
export const startOfDay = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

/** The day `offset` days after `day` (negative for earlier). */
export const addDays = (day: string, offset: number): string => isoDate(new Date(startOfDay(day).getTime() + offset * DAY_MS));

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export const isDate = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && isoDate(date) === value;
};

/** True for `HH:MM` or `HH:MM:SS` on a 24-hour clock. */
export const isTime = (value: unknown): value is string =>
  typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?$/.test(value);

/** `HH:MM:SS`, as DailyBot answers times. */
export const fullTime = (value: string): string => (value.length === 5 ? `${value}:00` : value.slice(0, 8));

/** `MM-DD`, as DailyBot keeps birthdays. */
export const isMonthDay = (value: unknown): value is string => {
  if (typeof value !== 'string' || !/^\d{2}-\d{2}$/.test(value)) return false;
  return isDate(`2024-${value}`); // a leap year, so 02-29 is a valid birthday
};

/** True for an IANA time zone name this machine knows. */
export const isTimeZone = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

const micros = (date: Date): string => `${String(date.getUTCMilliseconds()).padStart(3, '0')}000`;

/** REST style: `2022-01-25T21:44:07.337000Z`. */
export const restTimestamp = (date: Date): string => `${date.toISOString().slice(0, 19)}.${micros(date)}Z`;

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The offset of `timeZone` at `date`, in minutes east of UTC. */
const offsetMinutes = (date: Date, timeZone: string): number => {
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
};

/**
 * Webhook style: the local time in `timeZone` with its offset, e.g. `2024-02-05T12:34:29-05:00`;
 * `precise` adds microseconds (`…29.181095-05:00`), as DailyBot does for `updated_at`.
 */
export const offsetTimestamp = (date: Date, timeZone: string, precise = false): string => {
  const offset = offsetMinutes(date, timeZone);
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local}${precise ? `.${micros(date)}` : ''}${zone}`;
};

/** DailyBot's time-off dates read `DD/MM/YYYY` in its user listing (seed 001), whatever was sent. */
export const dayMonthYear = (day: string | null): string | null => (day ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : null);
