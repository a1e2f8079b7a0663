/**
 * What the searches share: reading one object by its UUID, where a 404 means "no such object" (a
 * search's miss, never an error), and comparing names the way people type them.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import type * as Zod from 'zod';

import { parseAnswer, send, type QueryValue } from '../http/client';
import type { LazySchema } from '../schemas/lazy';

export interface ByUuidRequest<T extends Zod.ZodType> {
  /** The object's API path, such as `/users/{uuid}/`. */
  path: string;
  params?: Record<string, QueryValue>;
  item: LazySchema<T>;
  /** What the object is, for messages ("the user"). */
  what: string;
}

/** The object at `path`, or `undefined` when DailyBot answers 404. Every other failure is an error. */
export const getByUuid = async <T extends Zod.ZodType>(z: ZObject, bundle: Bundle, req: ByUuidRequest<T>): Promise<Zod.output<T> | undefined> => {
  const response = await send(z, bundle, { path: req.path, params: req.params, allowStatuses: [404] });
  if (response.status === 404) return undefined;
  return parseAnswer(z, req.item, response.data, req.what);
};

/**
 * A name (or email) as it is compared: Unicode NFC (a name typed in decomposed form, as macOS writes
 * it, matches the composed one DailyBot stores), trimmed, single spaces, lower case. The one rule for
 * every comparison of names: the searches here and people resolution (src/people.ts) both use it.
 */
export const comparable = (text: string | null | undefined): string => (text ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** True when two names are the same, ignoring case and extra spaces. */
export const sameName = (a: string | null | undefined, b: string | null | undefined): boolean => {
  const left = comparable(a);
  return left !== '' && left === comparable(b);
};
