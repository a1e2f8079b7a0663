/**
 * DailyBot's list envelope `{count, next, previous, results}` with DRF's LimitOffsetPagination:
 * `limit` (default 250, at most 250; a bad value means the default) and `offset` (a bad value means 0).
 * `next` and `previous` are absolute links built from the request, keeping its other query
 * parameters; like DRF, the link back to the first page drops `offset`.
 */
import type { FastifyRequest } from 'fastify';

export const DEFAULT_LIMIT = 250;
export const MAX_LIMIT = 250;

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

export const paginate = <T, R>(req: FastifyRequest, items: readonly T[], render: (item: T) => R): Page<R> => {
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
