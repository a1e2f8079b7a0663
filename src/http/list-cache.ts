/**
 * Where an unfinished listing stopped, kept in `z.cache` between a run that was cut short (at
 * `MAX_PAGES_PER_RUN` pages, or by DailyBot's 429) and Zapier's retry of it, as the user directory
 * does (`src/people.ts`). Per connection and per listing (its first URL and what is sought), for five
 * minutes. Anything unreadable is a miss, and a run without a cache simply starts from the first page.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { apiBaseUrl } from './config';
import { ListPosition } from './paginate';

/** How long a saved position is good for: the directory's five minutes. */
export const SAVED_POSITION_TTL_SECONDS = 300;

const keyOf = (z: ZObject, bundle: Bundle, listing: string): string =>
  `dailybot:list:v1:${z.hash('sha256', `${apiBaseUrl(bundle)} ${bundle.authData?.api_key ?? ''} ${listing}`).slice(0, 32)}`;

/** The position a cut-short run of `listing` saved, if any. */
export const savedPosition = async (z: ZObject, bundle: Bundle, listing: string): Promise<ListPosition | undefined> => {
  try {
    // the scope argument exists at run time but not in core's types
    const get = z.cache.get as (key: string, scope?: string[]) => Promise<unknown>;
    const parsed = ListPosition.safeParse(await get(keyOf(z, bundle, listing), ['auth']));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

export const savePosition = async (z: ZObject, bundle: Bundle, listing: string, position: ListPosition): Promise<void> => {
  try {
    await z.cache.set(keyOf(z, bundle, listing), position, SAVED_POSITION_TTL_SECONDS, ['auth']);
  } catch {
    // no cache where the app runs: the retry starts from the first page
  }
};

export const clearSavedPosition = async (z: ZObject, bundle: Bundle, listing: string): Promise<void> => {
  try {
    const remove = z.cache.delete as (key: string, scope?: string[]) => Promise<boolean>;
    await remove(keyOf(z, bundle, listing), ['auth']);
  } catch {
    // nothing to clear
  }
};
