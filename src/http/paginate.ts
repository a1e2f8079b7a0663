/**
 * DailyBot lists: `{count, next, previous, results}`, or a bare array (`GET /forms/`, older deployments).
 *
 * The first request sends `limit`; later pages follow `next` as DailyBot wrote it (never rebuilt
 * here), so limit/offset and page/page_size deployments both work. A caller that has what it needs
 * stops asking (`break`), and a listing longer than the page cap ends in a clear error.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import type * as Zod from 'zod';

import { PageEnvelope } from '../schemas/api';
import type { LazySchema } from '../schemas/lazy';
import { api, parseAnswer, type QueryValue } from './client';
import { apiOrigin, apiUrl, MAX_PAGES, MAX_PAGE_SIZE } from './config';

export interface ListRequest<T extends Zod.ZodType> {
  /** API path of the listing, such as `/users/`. */
  path: string;
  params?: Record<string, QueryValue>;
  /** Schema of one item. */
  item: LazySchema<T>;
  /** Items per page, sent as `limit` with the first request. */
  pageSize?: number;
  /** The most pages to read before failing. */
  maxPages?: number;
  /** What the items are, for messages ("users"). */
  what: string;
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

const parseItems = <T extends Zod.ZodType>(z: ZObject, req: ListRequest<T>, results: unknown[]): Zod.output<T>[] =>
  results.map((item, index) => parseAnswer(z, req.item, item, `${req.what} (item ${index + 1})`));

/** Yields the parsed items of each page in turn. */
export async function* pages<T extends Zod.ZodType>(
  z: ZObject,
  bundle: Bundle,
  req: ListRequest<T>,
): AsyncGenerator<Zod.output<T>[], void, undefined> {
  const maxPages = req.maxPages ?? MAX_PAGES;
  let current = apiUrl(req.path);
  let data = await api(z, bundle, { path: req.path, params: { ...req.params, limit: req.pageSize ?? MAX_PAGE_SIZE } });
  for (let page = 1; ; page += 1) {
    if (Array.isArray(data)) {
      yield parseItems(z, req, data);
      return;
    }
    const envelope = parseAnswer(z, PageEnvelope, data, `the list of ${req.what}`);
    yield parseItems(z, req, envelope.results);
    if (!envelope.next) return;
    if (page >= maxPages) {
      throw new z.errors.Error(
        `DailyBot's list of ${req.what} is longer than ${maxPages} pages, more than this step reads at once. ` +
          'Narrow it down (a UUID, a date range) or ask the app’s maintainers to raise the limit.',
        'dailybot_too_many_pages',
      );
    }
    current = nextUrl(z, envelope.next, current, req.what);
    data = await api(z, bundle, { url: current });
  }
}

/** Every item of a listing. */
export const listAll = async <T extends Zod.ZodType>(z: ZObject, bundle: Bundle, req: ListRequest<T>): Promise<Zod.output<T>[]> => {
  const all: Zod.output<T>[] = [];
  for await (const items of pages(z, bundle, req)) all.push(...items);
  return all;
};

/** The first item that matches, asking for no page after the one that holds it. */
export const findFirst = async <T extends Zod.ZodType>(
  z: ZObject,
  bundle: Bundle,
  req: ListRequest<T>,
  matches: (item: Zod.output<T>) => boolean,
): Promise<Zod.output<T> | undefined> => {
  for await (const items of pages(z, bundle, req)) {
    const found = items.find(matches);
    if (found !== undefined) return found;
  }
  return undefined;
};

/**
 * One page by number (0-based), for a dropdown's "Load more": Zapier asks for page N in a fresh run,
 * so this reads `limit`/`offset` directly. A bare-array listing has everything on page 0.
 */
export const fetchPage = async <T extends Zod.ZodType>(
  z: ZObject,
  bundle: Bundle,
  req: ListRequest<T>,
  page: number,
): Promise<Zod.output<T>[]> => {
  const limit = req.pageSize ?? MAX_PAGE_SIZE;
  const data = await api(z, bundle, { path: req.path, params: { ...req.params, limit, offset: page * limit } });
  if (Array.isArray(data)) return page === 0 ? parseItems(z, req, data) : [];
  return parseItems(z, req, parseAnswer(z, PageEnvelope, data, `the list of ${req.what}`).results);
};
