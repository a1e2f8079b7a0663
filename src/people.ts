/**
 * People, as Zap builders name them: a DailyBot user UUID, an email address, or a full name.
 *
 * `resolveUsers` turns any mix of them into users with UUIDs. UUIDs need no request. Emails and names
 * are looked up in the organization's user directory, read with at most one paged listing of
 * `GET /users/?include_email=true` per run, however many people are named. DailyBot allows about 60
 * requests a minute, so the directory is kept in `z.cache` for a few minutes, per connection: a later
 * run that finds everyone there lists nothing, and a name it lacks refreshes it once before failing.
 * A name that matches nobody, or several people, fails with a message naming it, before anything is sent.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { apiBaseUrl } from './http/config';
import { pages } from './http/paginate';
import { User } from './schemas/api';
import { EMAIL_PATTERN, UUID_PATTERN } from './schemas/patterns';

/** How long a directory read from DailyBot is reused. */
export const DIRECTORY_TTL_SECONDS = 300;

export type PersonKind = 'uuid' | 'email' | 'name';

export interface PersonRef {
  kind: PersonKind;
  /** What the Zap builder wrote, trimmed. */
  input: string;
  /** How it is compared: lower case, single spaces. */
  key: string;
}

export interface ResolvedUser {
  input: string;
  uuid: string;
  email: string | null;
  full_name: string | null;
}

/** One directory entry, kept short because the whole directory goes into the cache: [uuid, email, name, active]. */
type Entry = [uuid: string, email: string | null, name: string, active: 0 | 1];

interface Directory {
  /** False when the listing stopped early because every email it looked for was found. */
  complete: boolean;
  users: Entry[];
}

const normalize = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Tells a UUID, an email and a name apart. */
export const classify = (input: string): PersonRef => {
  const trimmed = input.trim();
  const kind: PersonKind = UUID_PATTERN.test(trimmed) ? 'uuid' : EMAIL_PATTERN.test(trimmed) ? 'email' : 'name';
  return { kind, input: trimmed, key: normalize(trimmed) };
};

const quoteList = (items: string[]): string => items.map((item) => `“${item}”`).join(', ');

const cacheKey = (z: ZObject, bundle: Bundle): string =>
  `dailybot:users:v1:${z.hash('sha256', `${apiBaseUrl()} ${bundle.authData?.api_key ?? ''}`).slice(0, 24)}`;

const readCache = async (z: ZObject, bundle: Bundle): Promise<Directory | undefined> => {
  try {
    // the scope argument exists at run time but not in core's types
    const get = z.cache.get as (key: string, scope?: string[]) => Promise<unknown>;
    const cached = (await get(cacheKey(z, bundle), ['auth'])) as Directory | null;
    return cached && Array.isArray(cached.users) ? cached : undefined;
  } catch {
    return undefined; // no cache where the app runs (a plain script): read DailyBot instead
  }
};

const writeCache = async (z: ZObject, bundle: Bundle, directory: Directory): Promise<void> => {
  try {
    await z.cache.set(cacheKey(z, bundle), directory, DIRECTORY_TTL_SECONDS, ['auth']);
  } catch {
    // the directory is only an optimization: a run without a cache still works
  }
};

type Match = { ok: ResolvedUser } | { missing: true } | { ambiguous: Entry[] };

const matchOne = (ref: PersonRef, directory: Directory): Match => {
  if (ref.kind === 'name' && !directory.complete) return { missing: true }; // two people may share it further on
  const column = ref.kind === 'email' ? 1 : 2;
  const found = directory.users.filter((entry) => normalize(entry[column] ?? '') === ref.key);
  const active = found.filter((entry) => entry[3] === 1);
  const candidates = found.length > 1 && active.length === 1 ? active : found;
  const [only] = candidates;
  if (candidates.length === 1 && only) return { ok: { input: ref.input, uuid: only[0], email: only[1], full_name: only[2] } };
  return candidates.length === 0 ? { missing: true } : { ambiguous: candidates };
};

interface Resolution {
  resolved: Map<string, ResolvedUser>;
  missing: PersonRef[];
  ambiguous: Array<{ ref: PersonRef; entries: Entry[] }>;
}

const resolveFrom = (refs: PersonRef[], directory: Directory): Resolution => {
  const out: Resolution = { resolved: new Map(), missing: [], ambiguous: [] };
  for (const ref of refs) {
    const match = matchOne(ref, directory);
    if ('ok' in match) out.resolved.set(ref.key, match.ok);
    else if ('missing' in match) out.missing.push(ref);
    else out.ambiguous.push({ ref, entries: match.ambiguous });
  }
  return out;
};

/**
 * Reads the directory, one page after another. When every person looked for is named by email (an
 * email belongs to one person) the listing stops at the page that completes the set.
 */
const readDirectory = async (z: ZObject, bundle: Bundle, refs: PersonRef[]): Promise<Directory> => {
  const users: Entry[] = [];
  const wantedEmails = new Set(refs.filter((ref) => ref.kind === 'email').map((ref) => ref.key));
  const canStopEarly = refs.every((ref) => ref.kind !== 'name');
  const listing = pages(z, bundle, { path: '/users/', params: { include_email: 'true' }, item: User, what: 'users' });
  for await (const page of listing) {
    for (const user of page.items) {
      users.push([user.uuid, user.email ?? null, user.full_name, user.is_active === false ? 0 : 1]);
      if (user.email) wantedEmails.delete(normalize(user.email));
    }
    if (canStopEarly && wantedEmails.size === 0) return { complete: false, users };
  }
  return { complete: true, users };
};

const failureMessage = (fieldLabel: string, resolution: Resolution): string => {
  const parts: string[] = [];
  if (resolution.missing.length > 0) {
    const names = resolution.missing.map((ref) => ref.input);
    parts.push(
      `No DailyBot user matches ${quoteList(names)} in “${fieldLabel}”. ` +
        'Use a DailyBot user’s email address, their full name exactly as DailyBot shows it, or pick them from the list.',
    );
  }
  for (const { ref, entries } of resolution.ambiguous) {
    const who = entries.map((entry) => entry[1] ?? entry[0]).join(', ');
    parts.push(`“${ref.input}” in “${fieldLabel}” matches ${entries.length} DailyBot users (${who}): use an email address instead.`);
  }
  return parts.join(' ');
};

/**
 * The users named by `inputs` (UUIDs, emails or full names), in order, without duplicates.
 * Throws a `z.errors.Error` naming every input that matches nobody or several people.
 */
export const resolveUsers = async (z: ZObject, bundle: Bundle, inputs: readonly string[], fieldLabel: string): Promise<ResolvedUser[]> => {
  const refs: PersonRef[] = [];
  for (const input of inputs) {
    const ref = classify(input);
    if (ref.input !== '' && !refs.some((seen) => seen.key === ref.key)) refs.push(ref);
  }
  const lookups = refs.filter((ref) => ref.kind !== 'uuid');
  let resolution: Resolution = { resolved: new Map(), missing: [], ambiguous: [] };
  if (lookups.length > 0) {
    const cached = await readCache(z, bundle);
    if (cached) resolution = resolveFrom(lookups, cached);
    if (!cached || resolution.missing.length > 0 || resolution.ambiguous.length > 0) {
      const fresh = await readDirectory(z, bundle, lookups);
      await writeCache(z, bundle, fresh);
      resolution = resolveFrom(lookups, fresh);
    }
    if (resolution.missing.length > 0 || resolution.ambiguous.length > 0) {
      throw new z.errors.Error(failureMessage(fieldLabel, resolution), 'dailybot_user_not_found');
    }
  }
  const out: ResolvedUser[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const user = ref.kind === 'uuid' ? { input: ref.input, uuid: ref.input, email: null, full_name: null } : resolution.resolved.get(ref.key);
    if (user && !seen.has(user.uuid)) {
      seen.add(user.uuid);
      out.push(user);
    }
  }
  return out;
};

/** One user, named by UUID, email or full name. */
export const resolveUser = async (z: ZObject, bundle: Bundle, input: string, fieldLabel: string): Promise<ResolvedUser> => {
  const [user] = await resolveUsers(z, bundle, [input], fieldLabel);
  if (!user) throw new z.errors.Error(`“${fieldLabel}” is empty: name a DailyBot user by email, full name or from the list.`, 'missing_user');
  return user;
};
