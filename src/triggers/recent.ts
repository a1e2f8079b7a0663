/**
 * What the test steps (performList) that show real recent responses share: the last RECENT_DAYS days
 * in the Zap owner's time zone, reading one source (a check-in, a form) at a time until one has items
 * the trigger fires for, and the newest items first.
 */

/** Days back a test step looks. */
export const RECENT_DAYS = 7;
/** Sources (check-ins, forms) read at most when the Zap chose none. */
export const MAX_SOURCES = 3;
/** Responses (and kudos) asked for per source, and given back in all. */
export const MAX_RESPONSES = 50;
/** People given back by the user and team-membership triggers' test steps. */
export const MAX_PEOPLE = 10;

const DAY_MS = 86_400_000;

/** The date (YYYY-MM-DD) of `ms` in `timeZone` (the Zap owner's, when Zapier says it), else in UTC. */
const dateIn = (ms: number, timeZone: string | undefined): string => {
  if (timeZone) {
    try {
      return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
    } catch {
      // not a time zone: UTC
    }
  }
  return new Date(ms).toISOString().slice(0, 10);
};

/**
 * The last RECENT_DAYS days up to today, as two dates. Each listing names them its own way:
 * check-ins `date_start`/`date_end`, forms `date_from`/`date_to`.
 */
export const recentDays = (now: number, timeZone: string | undefined): { from: string; to: string } => {
  const to = dateIn(now, timeZone);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - RECENT_DAYS * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
};

/**
 * The items of the first few sources, read one at a time, stopping after the first source that has
 * an item the trigger accepts: as a rule one request per Zap test, at most MAX_SOURCES.
 */
export const readUntilAccepted = async <S, T>(
  sources: readonly S[],
  read: (source: S) => Promise<T[]>,
  accepts: (item: T) => boolean,
): Promise<T[]> => {
  const found: T[] = [];
  for (const source of sources.slice(0, MAX_SOURCES)) {
    const items = await read(source);
    found.push(...items);
    if (items.some(accepts)) break;
  }
  return found;
};

interface Stamped {
  event_timestamp: string | null;
  updated_at?: string | null;
  created_at?: string | null;
}

const sortKey = (item: Stamped): number => Date.parse(item.event_timestamp ?? item.updated_at ?? item.created_at ?? '') || 0;

/** Newest first (by the event's time, else the last update, else creation), at most MAX_RESPONSES. */
export const newestFirst = <T extends Stamped>(items: readonly T[]): T[] => [...items].sort((a, b) => sortKey(b) - sortKey(a)).slice(0, MAX_RESPONSES);
