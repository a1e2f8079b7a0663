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
 * loop, caught at the first repeated URL; and the page cap comes from the `count` DailyBot reports.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import type * as Zod from 'zod';

import { PageEnvelope } from '../schemas/api';
import { schema, type Infer, type LazySchema } from '../schemas/lazy';
import { api, parseAnswer, type QueryValue } from './client';
import { apiOrigin, apiUrl } from './config';

/** Items asked for per page: the most both styles serve (`limit` ≤ 250, `page_size` ≤ 100). */
export const PAGE_SIZE = 100;

/** Pages beyond `count ÷ first page` that a listing may take (people added while it is read). */
const CAP_SLACK = 2;

/** The page cap when DailyBot reports no `count`: 20,000 items at 100 a page. */
const CAP_WITHOUT_COUNT = 200;

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
}

/** Where a listing stands between two pages, in one run or across runs (a dropdown's cursor, the cache). */
export const ListPosition = schema((zod) =>
  zod.object({
    /** The next page's URL, on the API host. */
    next: zod.string().min(1),
    /** The pages read so far, as short hashes of their normalized URLs. */
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
const nextUrl = (z: ZObject, next: string, current: string, what: string): string => {
  const target = new URL(next, current);
  const origin = new URL(apiOrigin());
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
const firstUrl = <T extends Zod.ZodType>(req: ListRequest<T>): string => {
  const size = Math.min(req.pageSize ?? PAGE_SIZE, PAGE_SIZE);
  const url = new URL(apiUrl(req.path));
  for (const [key, value] of Object.entries({ ...req.params, limit: size, page_size: size })) {
    if (value !== undefined && value !== null && String(value) !== '') url.searchParams.set(key, String(value));
  }
  return url.toString();
};

const capFor = (count: number | null, firstPageLength: number): number =>
  count !== null && firstPageLength > 0 ? Math.ceil(count / firstPageLength) + CAP_SLACK : CAP_WITHOUT_COUNT;

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
  let url = from?.next ?? firstUrl(req);
  const seen = [...(from?.seen ?? [])];
  let cap = from?.cap;
  for (;;) {
    const data = await api(z, bundle, { url });
    seen.push(pageKey(z, url));
    if (Array.isArray(data)) {
      yield { items: parseItems(z, req, data), position: null, count: null };
      return;
    }
    const envelope = parseAnswer(z, PageEnvelope, data, `the list of ${req.what}`);
    const items = parseItems(z, req, envelope.results);
    const count = envelope.count ?? null;
    cap ??= capFor(count, items.length);
    const next = envelope.next ? nextUrl(z, envelope.next, url, req.what) : null;
    if (next === null) {
      yield { items, position: null, count };
      return;
    }
    if (seen.includes(pageKey(z, next))) {
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
      throw new z.errors.Error(
        `DailyBot's list of ${req.what} went on past ${seen.length} pages, more than the ${count ?? 'unknown'} ${req.what} it reported. ` +
          'This is a fault on DailyBot’s side: try again later, and tell DailyBot’s support if it persists.',
        'dailybot_too_many_pages',
      );
    }
    yield { items, position: { next, seen: [...seen], cap }, count };
    url = next;
  }
}

/** Every item of a listing. */
export const listAll = async <T extends Zod.ZodType>(z: ZObject, bundle: Bundle, req: ListRequest<T>): Promise<Zod.output<T>[]> => {
  const all: Zod.output<T>[] = [];
  for await (const page of pages(z, bundle, req)) all.push(...page.items);
  return all;
};

/** The first item that matches, asking for no page after the one that holds it. */
export const findFirst = async <T extends Zod.ZodType>(
  z: ZObject,
  bundle: Bundle,
  req: ListRequest<T>,
  matches: (item: Zod.output<T>) => boolean,
): Promise<Zod.output<T> | undefined> => {
  for await (const page of pages(z, bundle, req)) {
    const found = page.items.find(matches);
    if (found !== undefined) return found;
  }
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
