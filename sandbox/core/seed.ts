/**
 * The demo organization "Acme Robotics", built by every domain's seed in the order of the domain
 * list. Deterministic: the same seed and user count build the same organization (dates are relative
 * to `now`). Each kind of object draws from its own random stream, so the IDs of teams, check-ins,
 * forms and keys do not change with the number of users; a stream two domains share (templates:
 * check-ins' first, then forms') is drawn in list order.
 */
import type { Domain } from './domain';
import type { Organization, OrganizationData } from './organization';
import { Random } from './random';
import { isoDate } from './time';

export interface SeedOptions {
  /** How many people, 5 … 10,000. */
  users: number;
  seed: number;
  /** The sandbox's "now": today's responses are before it. */
  now: Date;
}

export const MIN_USERS = 5;
export const MAX_USERS = 10_000;

/** The organization's email domain. */
export const EMAIL_DOMAIN = 'acme-robotics.example';

/** A random stream per kind of object, derived from the seed. */
const streams = (seed: number) => {
  const make = (salt: number) => new Random((seed * 2654435761 + salt) >>> 0);
  return {
    org: make(1),
    users: make(2),
    teams: make(3),
    templates: make(4),
    checkins: make(5),
    responses: make(6),
    forms: make(7),
    kudos: make(8),
    secrets: make(9),
    workflows: make(10),
    invitations: make(11),
  };
};

export type SeedStreams = ReturnType<typeof streams>;

export interface SeedContext extends SeedOptions {
  /** `YYYY-MM-DD` of `now`. */
  today: string;
  rng: SeedStreams;
  /** The organization so far: the domains seeded before this one have filled their parts. */
  data: OrganizationData;
}

const asciiCache = new Map<string, string>();

/** "Fernández" → "fernandez", for emails, usernames and shortcuts. */
export const ascii = (text: string): string => {
  let out = asciiCache.get(text);
  if (out === undefined) {
    out = text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '');
    asciiCache.set(text, out);
  }
  return out;
};

/** Builds the demo organization: the organization itself, then each domain's part. */
export const buildOrganization = (domains: readonly Domain[], options: SeedOptions): OrganizationData => {
  const { users: count, seed, now } = options;
  if (!Number.isInteger(count) || count < MIN_USERS || count > MAX_USERS) {
    throw new RangeError(`The sandbox seeds ${MIN_USERS} to ${MAX_USERS} users; got ${count}.`);
  }
  const rng = streams(seed);
  const org: Organization = {
    uuid: rng.org.uuid(),
    name: 'Acme Robotics',
    image: `https://avatars.${EMAIL_DOMAIN}/org/acme-robotics.png`,
    platform: 'slack' as const,
    external_id: `T${rng.org.chars(10)}`,
    supported_domains: [EMAIL_DOMAIN],
    timezone: 'America/Bogota',
  };
  // Each domain's seed fills its own part.
  const data = { org, keys: [], demo: {} } as unknown as OrganizationData;
  const ctx: SeedContext = { ...options, today: isoDate(now), rng, data };
  for (const domain of domains) domain.seed?.(ctx);
  return data;
};
