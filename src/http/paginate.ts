/**
 * DailyBot lists: `{count, next, previous, results}`, or a bare array (`GET /forms/`, older deployments).
 *
 * Two paging styles exist, and a listing must work against either:
 * - DailyBot's developer docs: `limit`/`offset`, up to 250 a page, `next` like `?limit=10&offset=10`
 *   (shared/reference/dailybot-api-notes.md §2.3, D4/D5);
 * - DailyBot's official CLI (`DailybotHQ/cli`, `_paginated_get`): `page`/`page_size`, 25 by default,
 *   clamped above 100, `next` like `?page=3` (dailybot-api-beyond.md §7, C1/C2).
 * The first request asks for the largest page both serve, `limit=100&page_size=100` (each server reads
 * its own pair and ignores the other). Every later page is the `next` link exactly as DailyBot wrote it
 * (kept on the API host): page numbers and offsets are never computed here, so the app never assumes a
 * page size it did not get back.
 *
 * Bounds: a `next` that points at a page already read (itself, or pages pointing at each other) is a
 * loop, caught at the first repeated URL. The page cap comes from the `count` DailyBot reports, but
 * never past `MAX_PAGES_PER_LISTING`; and one run reads at most `MAX_PAGES_PER_RUN` pages whatever
 * `count` claims: a listing that needs more ends the run with a `ThrottledError` (`isRunBound`) after
 * handing its caller the last page read, and the caller keeps its place (the directory in z.cache,
 * `findFirst`'s saved position) so Zapier's retry goes on from there. A server that reports a billion
 * items and sends one a page costs one run 100 requests, not thousands.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import type * as Zod from 'zod';

import { PageEnvelope } from '../schemas/api';
import { schema, type Infer, type LazySchema } from '../schemas/lazy';
import { api, parseAnswer, type QueryValue } from './client';
import { apiOrigin, apiUrl } from './config';
import { clearSavedPosition, savedPosition, savePosition } from './list-cache';

/** Items asked for per page: the most both styles serve (`limit` ≤ 250, `page_size` ≤ 100). */
export const PAGE_SIZE = 100;

/** Pages beyond `count ÷ first page` that a listing may take (people added while it is read). */
const CAP_SLACK = 2;

/** The page cap when DailyBot reports no `count`: 20,000 items at 100 a page. */
const CAP_WITHOUT_COUNT = 200;

/**
 * Pages one run reads of one listing, whatever `count` claims: the 10,000-person directory (100 pages
 * of 100) still fits one run; at DailyBot's few hundred milliseconds a page this stays well inside
 * Zapier's 30 seconds.
 */
export const MAX_PAGES_PER_RUN = 100;

/** Pages one listing may take over all the runs that continue it (100,000 items at 100 a page). */
export const MAX_PAGES_PER_LISTING = 1000;

/** How long Zapier waits before the retry that goes on with a listing cut at `MAX_PAGES_PER_RUN`. */
export const RUN_BOUND_DELAY_SECONDS = 60;

export interface ListRequest<T extends Zod.ZodType> {
  /** API path of the listing, such as `/users/`. */
  path: string;
  params?: Record<string, QueryValue>;
  /** Schema of one item. */
  item: LazySchema<T>;
  /** Items per page (at most `PAGE_SIZE`), sent as both `limit` and `page_size` with the first request. */
  pageSize?: number;
  /** What the items are, for messages ("users"). */
  what: string;
  /**
   * What a paging loop does. `error` (the default) fails clearly: a listing read for a search or for
   * people resolution that quietly ended early could report someone missing who is there. `stop` ends
   * the listing with what was read, for a dropdown, where fewer choices beat an error.
   */
  onLoop?: 'error' | 'stop';
  /**
   * What a search looks for (an email, a name), for `findFirst`: a listing cut short (at
   * `MAX_PAGES_PER_RUN` pages, or by a 429) saves where it stopped under it, and Zapier's retry of the
   * same search goes on from there. Without it the retry starts from the first page again.
   */
  sought?: string;
}

/** Where a listing stands between two pages, in one run or across runs (a dropdown's cursor, the cache). */
export const ListPosition = schema((zod) =>
  zod.object({
    /** The next page's URL, on the API host. */
    next: zod.string().min(1),
    /**
     * The pages read so far, as short hashes of their normalized URLs. Within one run every position
     * of a listing shares this array (it grows as pages are read: a copy at every page made a long
     * listing quadratic); save the latest position, and it holds exactly the pages read.
     */
    seen: zod.array(zod.string()),
    /** The most pages this listing may take. */
    cap: zod.number().int().positive(),
  }),
);
export type ListPosition = Infer<typeof ListPosition>;

export interface PageOf<T> {
  items: T[];
  /** Where the listing goes on, or `null` after its last page. */
  position: ListPosition | null;
  /** The total DailyBot reported, when it did. */
  count: number | null;
}

/**
 * Where a `next` link may be followed: relative links resolve against the page they came from, and
 * a link to the API's own host (even with another scheme, as a proxy may write it) is pointed at the
 * API's origin. A link to any other host is refused, so the API key cannot follow it.
 */
const nextUrl = (z: ZObject, bundle: Bundle, next: string, current: string, what: string): string => {
  const target = new URL(next, current);
  const origin = new URL(apiOrigin(bundle));
  if (target.origin === origin.origin) return target.toString();
  if (target.hostname === origin.hostname) {
    target.protocol = origin.protocol;
    target.port = origin.port;
    return target.toString();
  }
  throw new z.errors.Error(
    `DailyBot's listing of ${what} pointed to its next page on another host, which this app does not follow.`,
    'dailybot_foreign_next_link',
  );
};

/** One page's identity: its URL with the query sorted, hashed short (positions travel in caches and cursors). */
const pageKey = (z: ZObject, url: string): string => {
  const parsed = new URL(url);
  parsed.searchParams.sort();
  parsed.hash = '';
  return z.hash('sha256', parsed.toString()).slice(0, 16);
};

/** The first page's URL: the caller's query plus the page size in both styles. */
const firstUrl = <T extends Zod.ZodType>(bundle: Bundle, req: ListRequest<T>): string => {
  const size = Math.min(req.pageSize ?? PAGE_SIZE, PAGE_SIZE);
  const url = new URL(apiUrl(req.path, bundle));
  for (const [key, value] of Object.entries({ ...req.params, limit: size, page_size: size })) {
    if (value !== undefined && value !== null && String(value) !== '') url.searchParams.set(key, String(value));
  }
  return url.toString();
};

const capFor = (count: number | null, firstPageLength: number): number =>
  Math.min(count !== null && firstPageLength > 0 ? Math.ceil(count / firstPageLength) + CAP_SLACK : CAP_WITHOUT_COUNT, MAX_PAGES_PER_LISTING);

/** The ThrottledErrors `pages` ends a run with at `MAX_PAGES_PER_RUN` (not DailyBot's 429s). */
const runBoundErrors = new WeakSet<object>();

/** True for the error that ends a run at `MAX_PAGES_PER_RUN` pages: a ThrottledError whose retry goes on. */
export const isRunBound = (error: unknown): boolean => typeof error === 'object' && error !== null && runBoundErrors.has(error);

const runBoundError = (z: ZObject, what: string): Error => {
  const error = new z.errors.ThrottledError(
    `DailyBot's list of ${what} is longer than one run reads (${MAX_PAGES_PER_RUN} pages). ` +
      `Zapier will retry in ${RUN_BOUND_DELAY_SECONDS} seconds and go on from where this run stopped.`,
    RUN_BOUND_DELAY_SECONDS,
  );
  runBoundErrors.add(error);
  return error;
};

const parseItems = <T extends Zod.ZodType>(z: ZObject, req: ListRequest<T>, results: unknown[]): Zod.output<T>[] =>
  results.map((item, index) => parseAnswer(z, req.item, item, `${req.what} (item ${index + 1})`));

/**
 * Yields each page in turn, from the first, or from `from` (a listing an earlier run began). Each page
 * says where the listing goes on, so a caller can stop, keep that position, and continue later.
 */
export async function* pages<T extends Zod.ZodType>(
  z: ZObject,
  bundle: Bundle,
  req: ListRequest<T>,
  from?: ListPosition,
): AsyncGenerator<PageOf<Zod.output<T>>, void, undefined> {
  let url = from?.next ?? firstUrl(bundle, req);
  const seen = [...(from?.seen ?? [])];
  const seenSet = new Set(seen);
  let cap = from?.cap;
  for (let readThisRun = 1; ; readThisRun += 1) {
    const data = await api(z, bundle, { url });
    const key = pageKey(z, url);
    seen.push(key);
    seenSet.add(key);
    if (Array.isArray(data)) {
      yield { items: parseItems(z, req, data), position: null, count: null };
      return;
    }
    const envelope = parseAnswer(z, PageEnvelope, data, `the list of ${req.what}`);
    const items = parseItems(z, req, envelope.results);
    const count = envelope.count ?? null;
    cap ??= capFor(count, items.length);
    const next = envelope.next ? nextUrl(z, bundle, envelope.next, url, req.what) : null;
    if (next === null) {
      yield { items, position: null, count };
      return;
    }
    if (seenSet.has(pageKey(z, next))) {
      if (req.onLoop === 'stop') {
        z.console.log(`DailyBot's list of ${req.what} pointed back to a page already read; the list ends here.`);
        yield { items, position: null, count };
        return;
      }
      throw new z.errors.Error(
        `DailyBot's list of ${req.what} pointed back to a page it had already sent, so it cannot be read to the end. ` +
          'This is a fault on DailyBot’s side: try again later, and tell DailyBot’s support if it persists.',
        'dailybot_paging_loop',
      );
    }
    if (seen.length >= cap) {
      const reported = count === null ? 'with no count reported' : `more than the ${count.toLocaleString('en-US')} ${req.what} it reported`;
      throw new z.errors.Error(
        `DailyBot's list of ${req.what} went on past ${seen.length} pages, ${cap === MAX_PAGES_PER_LISTING ? 'the most this app reads of one list' : reported}. ` +
          'This is a fault on DailyBot’s side: try again later, and tell DailyBot’s support if it persists.',
        'dailybot_too_many_pages',
      );
    }
    yield { items, position: { next, seen, cap }, count };
    if (readThisRun >= MAX_PAGES_PER_RUN) throw runBoundError(z, req.what);
    url = next;
  }
}

/**
 * Every item of a listing. One longer than a run reads (`MAX_PAGES_PER_RUN` pages) cannot be held
 * between runs, so it fails with `tooLong`, which says how to ask for less.
 */
export const listAll = async <T extends Zod.ZodType>(
  z: ZObject,
  bundle: Bundle,
  req: ListRequest<T>,
  tooLong = 'Ask for fewer at a time.',
): Promise<Zod.output<T>[]> => {
  const all: Zod.output<T>[] = [];
  try {
    for await (const page of pages(z, bundle, req)) all.push(...page.items);
  } catch (error) {
    if (!isRunBound(error)) throw error;
    throw new z.errors.Error(
      `DailyBot's list of ${req.what} holds more than ${all.length.toLocaleString('en-US')} items, more than one run reads. ${tooLong}`,
      'dailybot_list_too_long',
    );
  }
  return all;
};

/**
 * The first item that matches, asking for no page after the one that holds it. With `req.sought`, a
 * listing cut short (at `MAX_PAGES_PER_RUN` pages, or by a 429) is continued by Zapier's retry from
 * where it stopped: the pages before it hold no match.
 */
export const findFirst = async <T extends Zod.ZodType>(
  z: ZObject,
  bundle: Bundle,
  req: ListRequest<T>,
  matches: (item: Zod.output<T>) => boolean,
): Promise<Zod.output<T> | undefined> => {
  const listing = req.sought === undefined ? undefined : `${firstUrl(bundle, req)} ${req.sought}`;
  const from = listing === undefined ? undefined : await savedPosition(z, bundle, listing);
  let last: ListPosition | null = null;
  try {
    for await (const page of pages(z, bundle, req, from)) {
      last = page.position;
      const found = page.items.find(matches);
      if (found !== undefined) {
        if (from && listing !== undefined) await clearSavedPosition(z, bundle, listing);
        return found;
      }
    }
  } catch (error) {
    // cut at the run's bound, or by DailyBot's 429: the retry goes on from the last page read
    const cut = error instanceof Error && error.name === 'ThrottledError';
    if (cut && last && listing !== undefined) await savePosition(z, bundle, listing, last);
    throw error;
  }
  if (from && listing !== undefined) await clearSavedPosition(z, bundle, listing);
  return undefined;
};

/** One page: the first, or the one at `from`; with where the listing goes on. */
export const onePage = async <T extends Zod.ZodType>(
  z: ZObject,
  bundle: Bundle,
  req: ListRequest<T>,
  from?: ListPosition,
): Promise<PageOf<Zod.output<T>>> => {
  for await (const page of pages(z, bundle, req, from)) return page;
  return { items: [], position: null, count: null };
};

/** The first page's items (a trigger's test step reads only the newest). */
export const firstPage = async <T extends Zod.ZodType>(z: ZObject, bundle: Bundle, req: ListRequest<T>): Promise<Zod.output<T>[]> =>
  (await onePage(z, bundle, req)).items;
