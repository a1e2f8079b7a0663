/**
 * Dates in deliveries, read strictly: a real calendar date in a sane range (the years 2000 to 2099),
 * or null. Never a guess: `Date.parse` would make 2001-01-01 of "-1" and 2001-07-01 of "build 7",
 * roll 2024-02-30 over to March, and write year 20000 as `+020000-…`, so it is not used.
 *
 * What DailyBot sends, and where each form comes from:
 * - epoch seconds as a number (`1707154471.495433`, the webhook envelope in Pipedream's samples);
 *   epoch values above 10^11 are taken as milliseconds;
 * - ISO 8601 with an offset (`2024-02-05T12:34:29.181095-05:00`, the webhook bodies; `+0500` is
 *   written back as `+05:00`), or without one (`2022-01-25 21:44:07`, read as UTC);
 * - plain dates `2023-03-12` (PATCH /users/ in seed 001) and `06/01/2022` (the user listing of
 *   seed 001, `timeoff_start`/`timeoff_end`). That listing pairs `06/01/2022` with `16/01/2022`,
 *   and there is no 16th month: DailyBot writes these day first (DD/MM/YYYY), so `06/01/2022` is
 *   6 January 2022. A slashed date that is not a real DD/MM/YYYY date is not read at all.
 */

const MIN_YEAR = 2000;
const MAX_YEAR = 2099;
const MIN_MS = Date.UTC(MIN_YEAR, 0, 1);
const MAX_MS = Date.UTC(MAX_YEAR + 1, 0, 1);

const EPOCH = /^\s*\d{1,16}(\.\d{1,9})?\s*$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** True for a real day of a year in range (no 30 February). */
const realDay = (year: number, month: number, day: number): boolean => {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};

const fromEpoch = (n: number): string | null => {
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = Math.round(n > 1e11 ? n : n * 1000);
  return ms >= MIN_MS && ms < MAX_MS ? new Date(ms).toISOString() : null;
};

interface IsoParts {
  date: string;
  hasTime: boolean;
  time: string;
  offset: string | undefined;
}

/** An ISO 8601 text split into its checked parts, or null when any part is not real. */
const isoParts = (text: string): IsoParts | null => {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, fraction, offset] = m;
  if (!realDay(Number(y), Number(mo), Number(d))) return null;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59))) return null;
  if (h === undefined && offset !== undefined) return null;
  let zone = offset;
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const hours = Number(zone.slice(1, 3));
    const minutes = Number(zone.slice(-2));
    if (hours > 14 || minutes > 59) return null;
    zone = `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  }
  return {
    date: `${y}-${mo}-${d}`,
    hasTime: h !== undefined,
    time: h === undefined ? '00:00:00' : `${h}:${mi}${s === undefined ? '' : `:${s}${fraction ?? ''}`}`,
    offset: zone === undefined ? undefined : zone.toUpperCase() === 'Z' ? 'Z' : zone,
  };
};

/**
 * A moment as ISO 8601 with an offset, or null when the value is not a real moment between 2000 and
 * 2099. An offset DailyBot wrote is kept as written; a date or time without one is read as UTC.
 */
export const toIsoDateTime = (value: unknown): string | null => {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.length > 64) return null;
  if (EPOCH.test(text)) return fromEpoch(Number(text));
  const parts = isoParts(text);
  if (!parts) return null;
  if (parts.offset !== undefined) return `${parts.date}T${parts.time}${parts.offset}`;
  return new Date(`${parts.date}T${parts.time}Z`).toISOString();
};

/**
 * A calendar day as ISO 8601 (`YYYY-MM-DD`), or null: from `YYYY-MM-DD`, from an ISO date-time (its
 * date as written), or from DailyBot's day-first `DD/MM/YYYY` (see above).
 */
export const toIsoDate = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.length > 64) return null;
  const slashed = DAY_FIRST.exec(text);
  if (slashed) {
    const [day, month, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
    return realDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  return isoParts(text)?.date ?? null;
};

/**
 * Reads a payload's dates with `read` and remembers, as `field: value` lines, the ones that were
 * there but could not be read, so the output can keep what DailyBot sent (`unreadable_dates`, only when there is one).
 */
export const dateReader = () => {
  const unread: string[] = [];
  const read = (field: string, value: unknown, as: (value: unknown) => string | null = toIsoDateTime): string | null => {
    const iso = as(value);
    if (iso === null && value !== null && value !== undefined && value !== '') {
      const shown = typeof value === 'string' ? value : typeof value === 'object' ? (Array.isArray(value) ? '(a list)' : '(an object)') : String(value);
      unread.push(`${field}: ${shown.length > 100 ? `${shown.slice(0, 100)}…` : shown}`);
    }
    return iso;
  };
  return {
    read,
    /** `{unreadable_dates}` when a date could not be read; nothing otherwise (an always-empty field is not offered). */
    unreadable: (): { unreadable_dates?: string } => (unread.length > 0 ? { unreadable_dates: unread.join('\n') } : {}),
  };
};
