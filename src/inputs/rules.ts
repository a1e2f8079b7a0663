/**
 * Rules for what Zap builders type or map into fields. Zapier hands most values over as strings
 * (a mapped boolean is "true", a number "3", a list may be one "a, b; c" string), so each rule
 * accepts the string form and gives the real type. Every rule's message completes the sentence
 * "Check “<field label>”: …".
 */
import type * as Zod from 'zod';

import type { ZodModule } from '../schemas/lazy';
import { DAILYBOT_ID_PATTERN, EMAIL_PATTERN } from '../schemas/patterns';

export const blankToUndefined = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** Any value as text; an object without a prototype (which `String` cannot convert) as its tag. */
const asText = (value: unknown): string => {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
};

/** Splits a list given as an array or as one comma-, semicolon- or newline-separated string. */
export const splitList = (value: unknown): string[] => {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  return items
    .flatMap((item) => (typeof item === 'string' ? item.split(/[,;\n\r]+/) : item === undefined || item === null ? [] : [asText(item)]))
    .map((item) => item.trim())
    .filter((item) => item !== '');
};

/** A required text: trimmed, not empty, at most `max` characters. */
export const text = (zod: ZodModule, max = 10_000) =>
  zod
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(max, `must be at most ${max} characters`);

/** An optional text: blank means "not given". */
export const optionalText = (zod: ZodModule, max = 10_000) => zod.preprocess(blankToUndefined, text(zod, max).optional());

const TRUE = new Set(['true', 'yes', 'y', '1', 'on']);
const FALSE = new Set(['false', 'no', 'n', '0', 'off']);

/** An optional yes/no, given as a boolean or a string such as "true", "no", "1". */
export const bool = (zod: ZodModule) =>
  zod.preprocess((value) => {
    const v = blankToUndefined(value);
    if (typeof v !== 'string') return v;
    const lower = v.trim().toLowerCase();
    return TRUE.has(lower) ? true : FALSE.has(lower) ? false : v;
  }, zod.boolean({ error: 'must be yes or no (true or false)' }).optional());

/** An optional whole number between `min` and `max`. */
export const int = (zod: ZodModule, min: number, max: number) =>
  zod.preprocess(
    (value) => {
      const v = blankToUndefined(value);
      return typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v;
    },
    zod
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(min, `must be between ${min} and ${max}`)
      .max(max, `must be between ${min} and ${max}`)
      .optional(),
  );

const isCalendarDate = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * A date as people and apps give it: `2026-03-31`, or a date and time in ISO 8601
 * (`2026-03-31T23:30:00-05:00`, `2026-03-31 09:00`, `…Z`), which is what Zapier's date picker and its
 * reading of "tomorrow" in a `datetime` field produce (in the Zap's time zone). DailyBot takes days,
 * so only the day is kept, **as written**: a date and time with an offset gives the calendar date of
 * that offset, never the UTC one (`2026-03-31T23:30:00-05:00` is March 31, though it is April 1 in
 * UTC), because the offset is the time zone the person or app meant.
 */
const DATE_OR_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/i;

/** The `YYYY-MM-DD` a date or an ISO date and time names, as written; `undefined` if it names none. */
export const dayOf = (value: string): string | undefined => {
  const m = DATE_OR_DATE_TIME.exec(value.trim());
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
};

/** An optional calendar date, given back as `YYYY-MM-DD` (see `dayOf` for what is accepted). */
export const date = (zod: ZodModule) =>
  zod.preprocess(
    (value) => {
      const v = blankToUndefined(value);
      return typeof v === 'string' ? (dayOf(v) ?? v) : v;
    },
    zod
      .string()
      .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && dayOf(v) === v, 'must be a date written YYYY-MM-DD, such as 2026-03-31')
      .optional(),
  );

/** An optional time of day, `HH:MM` or `HH:MM:SS`, given back as `HH:MM:SS`. */
export const time = (zod: ZodModule) =>
  zod.preprocess(
    blankToUndefined,
    zod
      .string()
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'must be a time written HH:MM or HH:MM:SS (24-hour), such as 09:30')
      .transform((v) => (v.length === 5 ? `${v}:00` : v))
      .optional(),
  );

/** An optional day of the year, `MM-DD` (a birthday). */
export const monthDay = (zod: ZodModule) =>
  zod.preprocess(
    blankToUndefined,
    zod
      .string()
      .trim()
      .refine((v) => {
        const m = /^(\d{2})-(\d{2})$/.exec(v);
        return m !== null && isCalendarDate(2024, Number(m[1]), Number(m[2]));
      }, 'must be a month and day written MM-DD, such as 05-12')
      .optional(),
  );

const isTimeZone = (name: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
};

/** An optional IANA time zone name, such as `America/Bogota`. */
export const timeZone = (zod: ZodModule) =>
  zod.preprocess(
    blankToUndefined,
    zod.string().trim().refine(isTimeZone, 'must be a time zone name such as America/New_York or Europe/Madrid').optional(),
  );

/** An optional https:// link. */
export const httpsUrl = (zod: ZodModule) =>
  zod.preprocess(
    blankToUndefined,
    zod
      .string()
      .trim()
      .max(2048, 'must be at most 2048 characters')
      // what a browser would quietly repair is refused: `https:host` (no slashes), backslashes, spaces, tabs,
      // line breaks, NUL and other control characters inside the link (issue 19, item 3)
      .regex(/^https:\/\/[^\s\\/\u0000-\u001f\u007f][^\s\\\u0000-\u001f\u007f]*$/i, 'must be a full https:// link, with no spaces, line breaks or backslashes')
      .transform((v, ctx) => {
        let url: URL | undefined;
        try {
          url = new URL(v);
        } catch {
          url = undefined;
        }
        if (!url || url.protocol !== 'https:' || url.hostname === '') {
          ctx.addIssue({ code: 'custom', message: 'must be a full https:// link' });
          return zod.NEVER;
        }
        if (url.username || url.password) {
          ctx.addIssue({ code: 'custom', message: 'must not hold a user name or password (the part before “@”)' });
          return zod.NEVER;
        }
        // sent as parsed, not as typed: the host in lower case and punycode, the path percent-encoded
        return url.href;
      })
      .refine((href) => href.length <= 2048, 'must be at most 2048 characters')
      .optional(),
  );

const WEEKDAYS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** An optional list of weekdays, 1 (Monday) to 7 (Sunday); day names are accepted too. */
export const weekdays = (zod: ZodModule) =>
  zod.preprocess(
    (value) => {
      const items = splitList(value);
      if (items.length === 0) return undefined;
      return items.map((item) => {
        const byName = WEEKDAYS[item.slice(0, 3).toLowerCase()];
        return byName ?? (/^\d+$/.test(item) ? Number(item) : item);
      });
    },
    zod
      .array(zod.number({ error: 'must list weekdays as numbers from 1 (Monday) to 7 (Sunday)' }).int().min(1).max(7), {
        error: 'must list weekdays as numbers from 1 (Monday) to 7 (Sunday)',
      })
      .transform((days) => [...new Set(days)].sort((a, b) => a - b))
      .optional(),
  );

/** A list of texts (users, teams, channels): one string split on commas, semicolons or new lines, or an array. */
export const list = (zod: ZodModule, max = 500) =>
  zod.preprocess(splitList, zod.array(zod.string().max(320, 'has an item that is too long')).max(max, `must name at most ${max} items`));

/**
 * A list of free texts (a report's completed items, say): an array, or one string split on new lines
 * only, since commas belong to the texts themselves. Blank items are dropped.
 */
export const lines = (zod: ZodModule, max = 100, maxLength = 2000) =>
  zod.preprocess(
    (value) => {
      if (value === undefined || value === null) return [];
      const items = Array.isArray(value) ? value : [value];
      return items
        .flatMap((item) => (typeof item === 'string' ? item.split(/\r?\n/) : item === undefined || item === null ? [] : [asText(item)]))
        .map((item) => item.trim())
        .filter((item) => item !== '');
    },
    zod.array(zod.string().max(maxLength, `has an item longer than ${maxLength} characters`)).max(max, `must hold at most ${max} items`),
  );

/**
 * The ID of a DailyBot object picked from a list (a check-in, a team, a template). DailyBot's IDs are
 * UUIDs, but only their alphabet is checked: enough to keep them safe inside a URL path.
 */
export const dailybotId = (zod: ZodModule) =>
  zod
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be picked from the list (a DailyBot ID such as 3f2b…-…)');

/** A DailyBot user: a UUID, an email address or a full name. */
export const person = (zod: ZodModule) =>
  zod
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(320, 'is too long for a name or an email address');

/** An email address (EMAIL_PATTERN: the one rule, at most 320 characters, no control characters). */
export const email = (zod: ZodModule, message = 'must be an email address') => zod.string().trim().regex(EMAIL_PATTERN, message);

export type InputSchema = Zod.ZodType;

/** An optional DailyBot ID picked from a list: blank means "not given". */
export const optionalDailybotId = (zod: ZodModule) => zod.preprocess(blankToUndefined, dailybotId(zod).optional());

/** A list of DailyBot IDs picked from a list (teams, say), split like `list`, without repeats. */
export const idList = (zod: ZodModule, max = 100) =>
  zod.preprocess(
    (value) => [...new Set(splitList(value))],
    zod
      .array(zod.string().regex(DAILYBOT_ID_PATTERN, 'must hold items picked from the list (DailyBot IDs such as 3f2b…-…)'))
      .max(max, `must name at most ${max} items`),
  );

/**
 * Optional names with values (a Zapier `dict` field): blank names dropped, names trimmed, every value
 * as text (a missing one as ""). Nothing given is `{}`.
 */
export const keyValues = (zod: ZodModule) =>
  zod
    .preprocess(
      (v) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v),
      zod.record(zod.string(), zod.unknown(), { error: 'must be names with values' }).optional(),
    )
    .transform((pairs) =>
      Object.fromEntries(
        Object.entries(pairs ?? {})
          .filter(([key]) => key.trim() !== '')
          .map(([key, value]): [string, string] => [key.trim(), typeof value === 'string' ? value : value === undefined || value === null ? '' : asText(value)]),
      ),
    );

/** An optional choice among `values`, matched regardless of case; blank means "not given". */
export const oneOf = <const V extends readonly [string, ...string[]]>(zod: ZodModule, values: V) =>
  zod.preprocess(
    (value) => {
      const v = blankToUndefined(value);
      if (typeof v !== 'string') return v;
      const wanted = v.trim().toLowerCase();
      return values.find((choice) => choice.toLowerCase() === wanted) ?? v;
    },
    zod.enum(values, { error: `must be one of: ${values.join(', ')}` }).optional(),
  );
