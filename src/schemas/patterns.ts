/**
 * The shapes of DailyBot's identifiers, shared by the input rules, people resolution, the steps'
 * request schemas and the normalizers. Plain regular expressions: no zod, nothing loaded.
 */

/** A DailyBot user (or check-in, team, form…) UUID, in any letter case. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The longest email address (RFC 5321's 64-character local part, @ and a 255-character domain). */
export const EMAIL_MAX_LENGTH = 320;

/**
 * An email address as people type it: something@domain.tld, at most EMAIL_MAX_LENGTH characters,
 * without spaces, control characters (NUL, line breaks, tabs…), backslashes or list punctuation.
 * The one rule for an email everywhere: inputs (`email` in src/inputs/rules.ts), request bodies,
 * telling an email from a name (src/people.ts) and emails read from DailyBot.
 */
export const EMAIL_PATTERN = /^(?=[^]{3,320}$)[^\s\x00-\x1f\x7f-\x9f@<>()[\]\\,;:"]+@[^\s\x00-\x1f\x7f-\x9f@<>()[\]\\,;:"]+\.[^\s\x00-\x1f\x7f-\x9f@<>()[\]\\,;:"]+$/;

/** True when `value` is one well-formed email address (EMAIL_PATTERN). */
export const isEmailAddress = (value: unknown): value is string => typeof value === 'string' && EMAIL_PATTERN.test(value);

/** The alphabet of DailyBot's IDs picked from a list (UUIDs, and the short IDs some objects have): safe inside a URL path. */
export const DAILYBOT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
