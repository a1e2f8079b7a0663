/**
 * The in-memory organization: what DailyBot keeps, before it is shown through the API (each
 * domain's views) or sent to webhooks. The core knows only the organization itself, its API keys
 * and the handy demo IDs; each domain adds its own collections to `OrganizationData` and its own
 * IDs to `DemoIds` (TypeScript declaration merging, in the domain's `model.ts`), and builds them
 * in its seed. Some fields are not in the API at all (a check-in's participants, a response's
 * date): DailyBot has them, and the sandbox needs them to behave like it.
 */
import { notFound } from './errors';

export interface Organization {
  uuid: string;
  name: string;
  image: string;
  platform: 'slack';
  external_id: string;
  supported_domains: string[];
  /** The zone DailyBot writes webhook timestamps in. */
  timezone: string;
}

/** The API keys the sandbox knows, and what each one is. */
export interface ApiKey {
  key: string;
  /** Whose key it is: permissions and `GET /me/` follow this user. */
  owner: string;
  plan: 'business' | 'free';
}

/**
 * Everything the seed builds; `reset()` builds it again. Domains add their collections here
 * (`declare module '../../core/organization' { interface OrganizationData { … } }`).
 */
export interface OrganizationData {
  org: Organization;
  /** The main key, the free-plan key, the inactive-owner key (in that order). */
  keys: ApiKey[];
  /** Handy IDs for demos and tests. */
  demo: DemoIds;
}

/** Handy IDs for demos and tests; each domain adds its own. */
export interface DemoIds {}

/** The object with that ID, or DailyBot's 404. */
export const need = <T>(map: ReadonlyMap<string, T>, id: string): T => {
  const found = map.get(id);
  if (found === undefined) throw notFound();
  return found;
};

/** Drops keys whose value is undefined, so `Object.assign` keeps the current values. */
export const stripUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * A sample webhook body (`immediate_sample_event`): the newest item about one of `objects` (any
 * item when none is named) as `body` shows it, or `{}` when there is none.
 */
export const newestSample = <T extends { created_at: Date }>(
  items: Iterable<T>,
  objects: readonly string[],
  objectOf: (item: T) => string,
  body: (item: T) => unknown,
): unknown => {
  let best: T | undefined;
  for (const item of items) {
    if ((objects.length === 0 || objects.includes(objectOf(item))) && (!best || item.created_at > best.created_at)) best = item;
  }
  return best ? body(best) : {};
};
