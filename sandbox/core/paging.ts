/**
 * DailyBot's list envelope `{count, next, previous, results}`, in either of the two paging styles the
 * sources describe (shared/reference/dailybot-api-notes.md §2.3):
 * - `offset` (the default), DRF's LimitOffsetPagination as DailyBot's developer docs describe it:
 *   `limit` (default 250, at most 250; a bad value means the default) and `offset` (a bad value means 0);
 * - `page`, DRF's PageNumberPagination as DailyBot's official CLI describes it: `page` (from 1) and
 *   `page_size` (default 25, clamped to 100), links like `?page=3`; a page past the end is a 404.
 * Each style ignores the other's parameters. `next` and `previous` are absolute links built from the
 * request, keeping its other query parameters; like DRF, the link back to the first page drops
 * `offset` (or `page`).
 *
 * The style is the sandbox's setting (`DAILYBOT_SANDBOX_PAGING=offset|page`, the `paging` option,
 * or `POST /_sandbox/paging {style}`); the server puts it on each request before the routes run.
 */
import type { FastifyRequest } from 'fastify';

import { ApiError } from './errors';

export const DEFAULT_LIMIT = 250;
export const MAX_LIMIT = 250;
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export const PAGING_STYLES = ['offset', 'page'] as const;
export type PagingStyle = (typeof PAGING_STYLES)[number];

declare module 'fastify' {
  interface FastifyRequest {
    /** How this request's lists are paged (set by the server from the sandbox's setting). */
    pagingStyle?: PagingStyle;
  }
}

/** The style `DAILYBOT_SANDBOX_PAGING` names (`offset` when unset); any other value is a mistake, said plainly. */
export const pagingStyleFromEnv = (): PagingStyle => {
  const value = (process.env.DAILYBOT_SANDBOX_PAGING ?? '').trim().toLowerCase();
  if (value === '') return 'offset';
  if ((PAGING_STYLES as readonly string[]).includes(value)) return value as PagingStyle;
  throw new RangeError(`DAILYBOT_SANDBOX_PAGING must be "offset" (limit/offset, the developer docs) or "page" (page/page_size, the official CLI), not "${value}".`);
};

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/** The first value of a query parameter. */
export const queryParam = (req: FastifyRequest, name: string): string | undefined => {
  const value = (req.query as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
};

/** DailyBot's query booleans: `true`, `True`, `1`. */
export const queryFlag = (req: FastifyRequest, name: string): boolean => ['true', 'True', 'TRUE', '1'].includes(queryParam(req, name) ?? '');

const positiveInt = (value: string | undefined, allowZero: boolean): number | undefined => {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n > 0 || (allowZero && n === 0) ? n : undefined;
};

/** The request's own URL, absolute (DRF's `build_absolute_uri`). */
export const absoluteUrl = (req: FastifyRequest): URL => new URL(req.url, `${req.protocol}://${req.headers.host ?? req.hostname}`);

const link = (base: URL, set: Record<string, number>, drop: string[] = []): string => {
  const url = new URL(base);
  for (const [key, value] of Object.entries(set)) url.searchParams.set(key, String(value));
  for (const key of drop) url.searchParams.delete(key);
  return url.toString();
};

const byPageNumber = <T, R>(req: FastifyRequest, items: readonly T[], render: (item: T) => R): Page<R> => {
  const size = Math.min(positiveInt(queryParam(req, 'page_size'), false) ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const asked = queryParam(req, 'page');
  const page = asked === undefined ? 1 : positiveInt(asked, false);
  const count = items.length;
  if (page === undefined || (page > 1 && (page - 1) * size >= count)) throw new ApiError(404, { detail: 'Invalid page.', code: 'not_found' });
  const base = absoluteUrl(req);
  return {
    count,
    next: page * size < count ? link(base, { page: page + 1 }) : null,
    previous: page <= 1 ? null : page === 2 ? link(base, {}, ['page']) : link(base, { page: page - 1 }),
    results: items.slice((page - 1) * size, page * size).map(render),
  };
};

export const paginate = <T, R>(req: FastifyRequest, items: readonly T[], render: (item: T) => R): Page<R> => {
  if (req.pagingStyle === 'page') return byPageNumber(req, items, render);
  const limit = Math.min(positiveInt(queryParam(req, 'limit'), false) ?? DEFAULT_LIMIT, MAX_LIMIT);
  const offset = positiveInt(queryParam(req, 'offset'), true) ?? 0;
  const base = absoluteUrl(req);
  const count = items.length;
  return {
    count,
    next: offset + limit < count ? link(base, { limit, offset: offset + limit }) : null,
    previous: offset <= 0 ? null : offset - limit <= 0 ? link(base, { limit }, ['offset']) : link(base, { limit, offset: offset - limit }),
    results: items.slice(offset, offset + limit).map(render),
  };
};
