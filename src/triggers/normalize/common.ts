/**
 * Small pieces every webhook normalizer shares: DailyBot's user objects to flat fields, the ID of a
 * delivery that names none, and the plain error for a payload nobody can read. Dates are read in
 * dates.ts, answers and questions made into bounded text in text.ts.
 */
import type { ZObject } from 'zapier-platform-core';

import { schema, type Infer, type ZodModule } from '../../schemas/lazy';
import { cutText, DEPTH_LIMIT, INPUT_LIMIT } from './text';

/** A DailyBot user as it appears inside payloads (only what is there; the rest is kept as sent). */
export const PayloadUser = schema((zod) =>
  zod.looseObject({
    uuid: zod.string().nullish().catch(undefined),
    id: zod.union([zod.string(), zod.number()]).nullish().catch(undefined),
    full_name: zod.string().nullish().catch(undefined),
    email: zod.string().nullish().catch(undefined),
  }),
);
export type PayloadUser = Infer<typeof PayloadUser>;

export interface FlatUser {
  uuid: string | null;
  full_name: string | null;
  email: string | null;
}

/** A user's identifying fields, or nulls for a missing, empty or masked user. */
export const flatUser = (user: PayloadUser | null | undefined): FlatUser => {
  const uuid = usableId(user?.uuid) ?? usableId(user?.id);
  return {
    uuid,
    full_name: user?.full_name ? cutText(user.full_name) : null,
    email: user?.email ? cutText(user.email, 1_000) : null,
  };
};

/** The error for a delivery that holds nothing this app can read. */
export const unreadablePayload = (z: ZObject, what: string, why: string): Error =>
  new z.errors.Error(
    `DailyBot sent ${what} this app could not read (${why}). ` +
      'If this keeps happening, DailyBot may have changed what it sends: tell the app’s maintainers.',
    'dailybot_unreadable_payload',
  );

/** An ID as DailyBot sends it (text or number, at most 200 characters), else null. */
export const usableId = (value: unknown): string | null => {
  const id = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  return id !== '' && id.length <= 200 ? id : null;
};

/**
 * An ID for a delivery that names none (no `uuid`, no user): a hash of its event, its timestamp and
 * its content, so the same delivery sent twice gets the same ID and Zapier drops the copy. Reads
 * the content DEPTH_LIMIT levels deep and INPUT_LIMIT characters long, keys in order.
 */
export const derivedId = (event: string, eventTimestamp: unknown, body: unknown): string => {
  const crypto = require('node:crypto') as typeof import('node:crypto');
  const hash = crypto.createHash('sha256').update(`${event}\n${String(eventTimestamp ?? '')}\n`, 'utf8');
  let left = INPUT_LIMIT;
  const feed = (value: unknown, depth: number): void => {
    if (left <= 0) return;
    if (value === null || typeof value !== 'object') {
      const text = typeof value === 'string' ? JSON.stringify(value.slice(0, left)) : String(value);
      left -= text.length;
      hash.update(text, 'utf8');
      return;
    }
    if (depth >= DEPTH_LIMIT) return void hash.update('…');
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    hash.update(Array.isArray(value) ? '[' : '{');
    for (const [key, v] of entries) {
      if (left <= 0) break;
      left -= key.length + 2;
      hash.update(`${JSON.stringify(key)}:`, 'utf8');
      feed(v, depth + 1);
      hash.update(',');
    }
    hash.update(Array.isArray(value) ? ']' : '}');
  };
  feed(body, 0);
  return `derived:${hash.digest('hex').slice(0, 32)}`;
};

/** The object under `key`, when it is one. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `YYYY-MM-DDTHH:MM[:SS[.fff]]` with `Z` or `±HH:MM`. */
export const isoDateTime = (zod: ZodModule) =>
  zod.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'must be ISO 8601 with an offset');
