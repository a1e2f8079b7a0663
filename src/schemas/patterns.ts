/**
 * The shapes of DailyBot's identifiers, shared by the input rules, people resolution, the steps'
 * request schemas and the normalizers. Plain regular expressions: no zod, nothing loaded.
 */

/** A DailyBot user (or check-in, team, form…) UUID, in any letter case. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An email address as people type it: something@domain.tld, without spaces or list punctuation. */
export const EMAIL_PATTERN = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

/** The alphabet of DailyBot's IDs picked from a list (UUIDs, and the short IDs some objects have): safe inside a URL path. */
export const DAILYBOT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
