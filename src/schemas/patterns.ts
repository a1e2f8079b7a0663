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

/**
 * A chat platform's own user ID, as DailyBot's official CLI passes it in `target_users` and invitations take it in
 * `users_identifiers` (dailybot-api-more.md §6, §8.2): Slack's `U02ABCDEF12` or `W…` (seed 001 shows `Z32HVBCQ98D`:
 * any capital, then capitals and digits with at least one digit), Discord's numeric snowflake, Google Chat's
 * `users/123…`, Microsoft Teams' `29:…` or `8:orgid:…`. No full name looks like these.
 */
export const CHAT_USER_ID_PATTERN = /^(?:[A-Z](?=[A-Z0-9]*\d)[A-Z0-9]{7,20}|\d{15,21}|users\/\d{5,30}|(?:29|8):[A-Za-z0-9:_-]{5,200})$/;
