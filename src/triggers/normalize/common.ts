/**
 * Small pieces every webhook normalizer shares: dates to ISO 8601 with an offset, answers to plain
 * text, DailyBot's user objects to flat fields, and the plain error for a payload nobody can read.
 */
import type { ZObject } from 'zapier-platform-core';

import { schema, type Infer, type ZodModule } from '../../schemas/lazy';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;

/**
 * A moment as ISO 8601 with an offset, or null when there is none to read. DailyBot sends epoch
 * seconds as a number (`1707154471.495433`), or an ISO string with or without an offset: an offset
 * DailyBot wrote is kept as written, a date without one is read as UTC. Epoch values above 10^11
 * are taken as milliseconds.
 */
export const toIsoDateTime = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value))) {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) return null;
    const ms = n > 1e11 ? n : n * 1000;
    const date = new Date(Math.round(ms));
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (ISO_WITH_OFFSET.test(text)) {
    if (Number.isNaN(Date.parse(text))) return null;
    // `+0500` → `+05:00`, `z` → `Z`: the form Zapier recognizes
    return text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/z$/, 'Z');
  }
  if (ISO_WITHOUT_OFFSET.test(text)) {
    const asUtc = Date.parse(`${text.replace(' ', 'T')}${text.length === 10 ? 'T00:00:00' : ''}Z`);
    return Number.isNaN(asUtc) ? null : new Date(asUtc).toISOString();
  }
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
};

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
};

const codePoint = (n: number, original: string): string => {
  try {
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : original;
  } catch {
    return original;
  }
};

/** Decodes HTML entities (`&amp;`, `&#39;`, `&#x27;`, `&nbsp;`…); unknown ones stay as written. */
export const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (match, entity: string) => {
    if (entity[0] === '#') {
      const hex = entity[1] === 'x' || entity[1] === 'X';
      return codePoint(Number.parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10), match);
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? match;
  });

/**
 * An HTML answer as plain text: line breaks where blocks and `<br>` end, list items as "- item",
 * tags removed, entities decoded, blank runs collapsed. Text without tags only has its entities decoded.
 */
export const htmlToText = (html: string): string => {
  const text = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|ul|ol|h[1-6]|blockquote|pre|tr)\s*>/gi, '\n')
    .replace(/<[a-z/!][^>]*>/gi, '');
  return decodeEntities(text)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
};

/**
 * Any answer value as text: strings as they are, numbers and yes/no as words, lists joined with
 * commas, a choice object by its label. Null when there is no answer.
 */
export const valueToText = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(valueToText).filter((part): part is string => part !== null && part !== '');
    return parts.join(', ');
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of ['label', 'text', 'name', 'value', 'response']) {
      const inner = record[key];
      if (typeof inner === 'string' || typeof inner === 'number' || typeof inner === 'boolean') return String(inner);
    }
    return JSON.stringify(value);
  }
  return String(value);
};

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
  const uuid = user?.uuid ?? (user?.id !== undefined && user?.id !== null ? String(user.id) : null);
  return {
    uuid: uuid || null,
    full_name: user?.full_name || null,
    email: user?.email || null,
  };
};

/** The error for a delivery that holds nothing this app can read. */
export const unreadablePayload = (z: ZObject, what: string, why: string): Error =>
  new z.errors.Error(
    `DailyBot sent ${what} this app could not read (${why}). ` +
      'If this keeps happening, DailyBot may have changed what it sends: tell the app’s maintainers.',
    'dailybot_unreadable_payload',
  );

/** The object under `key`, when it is one. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `YYYY-MM-DDTHH:MM[:SS[.fff]]` with `Z` or `±HH:MM`. */
export const isoDateTime = (zod: ZodModule) =>
  zod.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'must be ISO 8601 with an offset');
