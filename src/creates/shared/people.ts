/**
 * People in actions' inputs and outputs.
 *
 * Most actions need UUIDs and use `resolveUsers` (src/people.ts) directly. Two endpoints also take
 * email addresses as they are (check-in reminders, the Activity Hook): `uuidsAndEmails` keeps UUIDs
 * and emails as typed and looks up only the full names, with one listing for all of them.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { namePartFields, namePartsOf, personShape } from '../../names';
import { classify, resolveUsers, type ResolvedUser } from '../../people';
import { schema, type Infer } from '../../schemas/lazy';

export interface UuidsAndEmails {
  uuids: string[];
  emails: string[];
  /** The people found by name (with their email when DailyBot listed one). */
  resolved: ResolvedUser[];
}

export const uuidsAndEmails = async (z: ZObject, bundle: Bundle, inputs: readonly string[], fieldLabel: string): Promise<UuidsAndEmails> => {
  const refs = inputs.map(classify).filter((ref) => ref.input !== '');
  // a chat-platform ID goes to the resolver too, which says plainly that these endpoints do not take one
  const names = refs.filter((ref) => ref.kind === 'name' || ref.kind === 'chat').map((ref) => ref.input);
  const resolved = names.length > 0 ? await resolveUsers(z, bundle, names, fieldLabel) : [];
  const uuids = new Map<string, string>();
  for (const ref of refs) if (ref.kind === 'uuid') uuids.set(ref.key, ref.input);
  for (const user of resolved) uuids.set(user.uuid.toLowerCase(), user.uuid);
  const emails = new Map<string, string>();
  for (const ref of refs) if (ref.kind === 'email') emails.set(ref.key, ref.input);
  return { uuids: [...uuids.values()], emails: [...emails.values()], resolved };
};

/**
 * Who an action reached when people may be named by UUID or email without a lookup: a person found by name
 * in full, one named by UUID or email with what was given (no empty fields for what the run did not learn).
 */
export const RemindedPerson = schema((zod) => zod.object(personShape(zod)).partial());
export type RemindedPerson = Infer<typeof RemindedPerson>;

const known = <T extends Record<string, unknown>>(record: T) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined)) as { [K in keyof T]?: NonNullable<T[K]> };

/** The people `uuidsAndEmails` gave, UUIDs first (those found by name in full), then emails as typed. */
export const remindedPeople = (people: UuidsAndEmails): RemindedPerson[] => {
  const found = new Map(people.resolved.map((user) => [user.uuid.toLowerCase(), user]));
  return [
    ...people.uuids.map((uuid) => {
      const user = found.get(uuid.toLowerCase());
      return user ? known(personOutput(user)) : { uuid };
    }),
    ...people.emails.map((email) => ({ email })),
  ];
};

/** One person in an action's output. */
export const PersonOutput = schema((zod) =>
  zod.object({
    uuid: zod.string(),
    email: zod.string().nullable(),
    full_name: zod.string().nullable(),
    // absent from what a step kept before names were split (Ask in Chat's waiting state): read as unknown
    first_name: zod.string().nullable().default(null),
    last_name: zod.string().nullable().default(null),
  }),
);

export const personOutput = (user: Pick<ResolvedUser, 'uuid' | 'email' | 'full_name'>) => ({
  uuid: user.uuid,
  email: user.email,
  full_name: user.full_name,
  ...namePartsOf('', user.full_name),
});

/** Output fields for a list of people under `key` (`users[]uuid`, …). */
export const peopleOutputFields = (key: string, noun: string) => [
  { key: `${key}[]uuid`, label: `${noun} ID` },
  { key: `${key}[]email`, label: `${noun} Email` },
  { key: `${key}[]full_name`, label: `${noun} Full Name` },
  ...namePartFields(`${key}[]`, noun),
];

/** The documented example user, as an action outputs people. */
export const samplePerson = personOutput({ uuid: '5945bf02-66f5-4b29-bbd6-07421dfa0a87', email: 'john@example.com', full_name: 'John Wick' });
