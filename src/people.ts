/**
 * People, as Zap builders name them: a DailyBot user UUID, an email address, or a full name.
 *
 * `resolveUsers` turns any mix of them into users with UUIDs. UUIDs need no request. Emails and names
 * are looked up in the organization's user directory, read with at most one paged listing of
 * `GET /users/?include_email=true` per run, however many people are named. The directory is kept in
 * `z.cache` for a few minutes, per connection: a later run that finds everyone there lists nothing,
 * and a name a complete directory lacks refreshes it once before failing.
 *
 * Big directories under the rate limit: at 100 people a page, 10,000 people are 100 requests, more
 * than a minute's budget (about 60). When DailyBot answers 429 part-way, what was read is cached with
 * where the listing stopped, and the step ends with a `ThrottledError`; Zapier's retry goes on from
 * the next unread page. A listing that stopped early (every email found) is continued the same way by
 * a later run that needs more, so no page is read twice within the cache window.
 *
 * A name that matches nobody, or several people, fails with a message naming it, before anything is sent.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { apiBaseUrl } from './http/config';
import { isRunBound, ListPosition, pages } from './http/paginate';
import { User } from './schemas/api';
import { schema, type Infer } from './schemas/lazy';
import { CHAT_USER_ID_PATTERN, EMAIL_PATTERN, UUID_PATTERN } from './schemas/patterns';
import { comparable } from './searches/lookup';

/** How long a directory read from DailyBot is reused, counted from its first page. */
export const DIRECTORY_TTL_SECONDS = 300;

export type PersonKind = 'uuid' | 'email' | 'chat' | 'name';

export interface PersonRef {
  kind: PersonKind;
  /** What the Zap builder wrote, trimmed. */
  input: string;
  /** How it is compared (`comparable`: NFC, lower case, single spaces). */
  key: string;
}

export interface ResolvedUser {
  input: string;
  uuid: string;
  email: string | null;
  full_name: string | null;
}

/**
 * The directory as cached. Each user is kept short, because the whole directory is one cache value
 * (about 90 bytes a person: 0.9 MB for 10,000; core sets no size limit of its own and refuses nothing
 * but what Zapier's cache service answers 413 to, which `writeCache` treats as "no cache").
 * Anything that does not parse (an older shape, a corrupt entry) is a miss, never an error.
 */
const CachedDirectory = schema((zod) =>
  zod.object({
    v: zod.literal(2),
    /** When its first page was read (ms since 1970). */
    at: zod.number(),
    /** [uuid, email, full name, active] */
    users: zod.array(zod.tuple([zod.string().min(1), zod.string().nullable(), zod.string(), zod.union([zod.literal(0), zod.literal(1)])])),
    /** Where an unfinished listing goes on; `null` once the last page was read (the directory is complete). */
    resume: ListPosition.get().nullable(),
  }),
);
type Directory = Infer<typeof CachedDirectory>;
type Entry = Directory['users'][number];

const USERS = { path: '/users/', params: { include_email: 'true' }, item: User, what: 'users' } as const;

/** Tells a UUID, an email, a chat platform's user ID (`U02ABCDEF12`) and a name apart. */
export const classify = (input: string): PersonRef => {
  const trimmed = input.trim();
  const kind: PersonKind = UUID_PATTERN.test(trimmed)
    ? 'uuid'
    : EMAIL_PATTERN.test(trimmed)
      ? 'email'
      : CHAT_USER_ID_PATTERN.test(trimmed)
        ? 'chat'
        : 'name';
  return { kind, input: trimmed, key: kind === 'chat' ? trimmed : comparable(trimmed) };
};

export interface ResolveOptions {
  /** The endpoint takes chat-platform user IDs as they are (Send Message's `target_users`): they pass without a lookup. */
  chatIds?: boolean;
}

/** The error for chat-platform IDs where the endpoint takes only DailyBot users. */
const chatIdsRefused = (z: ZObject, refs: PersonRef[], fieldLabel: string): Error =>
  new z.errors.Error(
    `${quoteList(refs.map((ref) => ref.input))} in “${fieldLabel}” ${refs.length > 1 ? 'look like chat-platform user IDs' : 'looks like a chat-platform user ID'} ` +
      '(such as a Slack member ID). DailyBot takes those only for message recipients and invitations; here it needs DailyBot users: ' +
      'use their email address or full name, or pick them from the list.',
    'chat_user_id_not_accepted',
  );

const quoteList = (items: string[]): string => items.map((item) => `“${item}”`).join(', ');

/** The connection's directory entry in `z.cache` (exported for the benchmark, which measures its size). */
export const cacheKey = (z: ZObject, bundle: Bundle): string =>
  `dailybot:users:v2:${z.hash('sha256', `${apiBaseUrl(bundle)} ${bundle.authData?.api_key ?? ''}`).slice(0, 24)}`;

const secondsLeft = (directory: Directory): number => Math.floor(DIRECTORY_TTL_SECONDS - (Date.now() - directory.at) / 1000);

const readCache = async (z: ZObject, bundle: Bundle): Promise<Directory | undefined> => {
  let cached: unknown;
  try {
    // the scope argument exists at run time but not in core's types
    const get = z.cache.get as (key: string, scope?: string[]) => Promise<unknown>;
    cached = await get(cacheKey(z, bundle), ['auth']);
  } catch {
    return undefined; // no cache where the app runs (a plain script): read DailyBot instead
  }
  const parsed = CachedDirectory.safeParse(cached);
  return parsed.success && secondsLeft(parsed.data) > 0 ? parsed.data : undefined;
};

const writeCache = async (z: ZObject, bundle: Bundle, directory: Directory): Promise<void> => {
  const ttl = secondsLeft(directory);
  if (ttl <= 0) return;
  try {
    await z.cache.set(cacheKey(z, bundle), directory, ttl, ['auth']);
  } catch {
    // the directory is only an optimization: a run without a cache still works
  }
};

type Match = { ok: ResolvedUser } | { missing: true } | { ambiguous: Entry[] };

const matchOne = (ref: PersonRef, directory: Directory): Match => {
  if (ref.kind === 'name' && directory.resume !== null) return { missing: true }; // two people may share it further on
  const column = ref.kind === 'email' ? 1 : 2;
  const found = directory.users.filter((entry) => comparable(entry[column]) === ref.key);
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

const settled = (resolution: Resolution): boolean => resolution.missing.length === 0 && resolution.ambiguous.length === 0;

const isThrottled = (error: unknown): boolean => error instanceof Error && error.name === 'ThrottledError';

/** The delay a ThrottledError carries (core keeps it in its JSON message). */
const delayOf = (error: Error): number | undefined => {
  try {
    const delay = (JSON.parse(error.message) as { delay?: unknown }).delay;
    return typeof delay === 'number' ? delay : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Reads the directory one page after another: from the first page, or on from where `unfinished`
 * stopped. When every person looked for is named by email (an email belongs to one person) the listing
 * stops at the page that completes the set; if that page was the last, the directory is complete all the same.
 */
const readDirectory = async (z: ZObject, bundle: Bundle, refs: PersonRef[], unfinished: Directory | undefined): Promise<Directory> => {
  const directory: Directory = unfinished ? { ...unfinished, users: [...unfinished.users] } : { v: 2, at: Date.now(), users: [], resume: null };
  const known = new Set(directory.users.map((entry) => entry[0]));
  const wantedEmails = new Set(refs.filter((ref) => ref.kind === 'email').map((ref) => ref.key));
  for (const entry of directory.users) wantedEmails.delete(comparable(entry[1]));
  const canStopEarly = refs.every((ref) => ref.kind !== 'name');
  try {
    for await (const page of pages(z, bundle, USERS, directory.resume ?? undefined)) {
      for (const user of page.items) {
        if (known.has(user.uuid)) continue; // an offset listing shifts when people join while it is read
        known.add(user.uuid);
        directory.users.push([user.uuid, user.email ?? null, user.full_name, user.is_active === false ? 0 : 1]);
        if (user.email) wantedEmails.delete(comparable(user.email));
      }
      directory.resume = page.position;
      if (canStopEarly && wantedEmails.size === 0) break;
    }
  } catch (error) {
    if (!isThrottled(error) || directory.resume === null) throw error;
    await writeCache(z, bundle, directory);
    const delay = delayOf(error as Error);
    const read = directory.users.length.toLocaleString('en-US');
    if (isRunBound(error)) {
      throw new z.errors.ThrottledError(`Your organization has more users than one run reads (${read} read so far). Zapier will retry in ${delay ?? 60} seconds and go on from there.`, delay);
    }
    throw new z.errors.ThrottledError(
      `DailyBot asked this connection to slow down after ${read} of your organization’s users were read. ` +
        `Zapier will retry ${delay === undefined ? 'shortly' : `in ${delay} second${delay === 1 ? '' : 's'}`} and go on from there.`,
      delay,
    );
  }
  return directory;
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
export const resolveUsers = async (
  z: ZObject,
  bundle: Bundle,
  inputs: readonly string[],
  fieldLabel: string,
  options: ResolveOptions = {},
): Promise<ResolvedUser[]> => {
  const refs: PersonRef[] = [];
  for (const input of inputs) {
    const ref = classify(input);
    if (ref.input !== '' && !refs.some((seen) => seen.key === ref.key)) refs.push(ref);
  }
  const chatIds = refs.filter((ref) => ref.kind === 'chat');
  if (chatIds.length > 0 && !options.chatIds) throw chatIdsRefused(z, chatIds, fieldLabel);
  const lookups = refs.filter((ref) => ref.kind !== 'uuid' && ref.kind !== 'chat');
  let resolution: Resolution = { resolved: new Map(), missing: [], ambiguous: [] };
  if (lookups.length > 0) {
    const cached = await readCache(z, bundle);
    if (cached) resolution = resolveFrom(lookups, cached);
    if (!cached || !settled(resolution)) {
      // an unfinished listing goes on where it stopped; a complete directory that lacks someone is read anew, once
      const directory = await readDirectory(z, bundle, lookups, cached?.resume ? cached : undefined);
      await writeCache(z, bundle, directory);
      resolution = resolveFrom(lookups, directory);
    }
    if (!settled(resolution)) {
      throw new z.errors.Error(failureMessage(fieldLabel, resolution), 'dailybot_user_not_found');
    }
  }
  const out: ResolvedUser[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    // a UUID, or a chat-platform ID where the endpoint takes one, is sent as it is
    const user = ref.kind === 'uuid' || ref.kind === 'chat' ? { input: ref.input, uuid: ref.input, email: null, full_name: null } : resolution.resolved.get(ref.key);
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
