/**
 * How long a 429 asks us to wait: `Retry-After` in either form RFC 9110 (§10.2.3) defines, delay-seconds
 * (`120`) or an HTTP-date (`Wed, 21 Oct 2026 07:28:00 GMT`, and the two obsolete date forms recipients
 * must accept); else DailyBot's own words (DRF: "Expected available in 30 seconds."); else a default.
 * Always a whole number of seconds from 0 to MAX_RETRY_AFTER_SECONDS.
 */
import { DEFAULT_RETRY_AFTER_SECONDS, MAX_RETRY_AFTER_SECONDS } from './config';

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '\\d{2}:\\d{2}:\\d{2}';
/** IMF-fixdate, RFC 850 and asctime (the last has no zone: it is GMT). */
const IMF_FIXDATE = new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT$`);
const RFC_850 = new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}-${MONTH}-\\d{2} ${TIME} GMT$`);
const ASCTIME = new RegExp(`^${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4}$`);

const clamp = (seconds: number): number => Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(0, Math.ceil(seconds)));

/** Seconds from `now` until the HTTP-date `text`, or undefined when it is no HTTP-date. */
const secondsUntil = (text: string, now: number): number | undefined => {
  let time: number | undefined;
  if (IMF_FIXDATE.test(text) || RFC_850.test(text)) time = Date.parse(text);
  else if (ASCTIME.test(text)) time = Date.parse(`${text} GMT`);
  return time === undefined || Number.isNaN(time) ? undefined : (time - now) / 1000;
};

/** The seconds a `Retry-After` header value asks for, or undefined when it says nothing readable. */
export const parseRetryAfter = (header: unknown, now = Date.now()): number | undefined => {
  if (typeof header !== 'string') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return clamp(Number(text));
  const seconds = secondsUntil(text, now);
  return seconds === undefined ? undefined : clamp(seconds);
};

/** The wait DailyBot names in a throttled answer's text ("Expected available in 30 seconds."). */
const fromDetail = (detail: string): number | undefined => {
  const match = /available in (\d{1,9}) seconds?/i.exec(detail);
  return match?.[1] ? clamp(Number(match[1])) : undefined;
};

/** How long to wait before retrying a 429: the header, else DailyBot's text, else the default. */
export const retryDelaySeconds = (header: unknown, detail: string, now = Date.now()): number =>
  parseRetryAfter(header, now) ?? fromDetail(detail) ?? DEFAULT_RETRY_AFTER_SECONDS;

/** "30 seconds", "1 second", "about 15 minutes": a wait in words. */
export const describeDelay = (seconds: number): string => {
  if (seconds < 120) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `about ${Math.round(seconds / 60)} minutes`;
};
