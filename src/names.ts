/**
 * First and last name beside a full name, for every person an output carries (Zapier's build
 * guidelines: "names should be split into separate first/last … along optionally with a full name").
 * DailyBot keeps only `full_name`, so the split is by words: the first word is the first name, the
 * rest the last name ("Ana María López" → "Ana", "María López"); a one-word name has no last name.
 */
import type { ZodModule } from './schemas/lazy';

export interface NameParts {
  first_name: string | null;
  last_name: string | null;
}

export const splitName = (fullName: string | null | undefined): NameParts => {
  const words = (fullName ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { first_name: null, last_name: null };
  return { first_name: words[0]!, last_name: words.length > 1 ? words.slice(1).join(' ') : null };
};

/** `{<prefix>first_name, <prefix>last_name}` for a person's full name. */
export const namePartsOf = <P extends string>(prefix: P, fullName: string | null | undefined): Record<`${P}first_name` | `${P}last_name`, string | null> => {
  const parts = splitName(fullName);
  return { [`${prefix}first_name`]: parts.first_name, [`${prefix}last_name`]: parts.last_name } as Record<`${P}first_name` | `${P}last_name`, string | null>;
};

/** The output fields for them, labelled after the person ("Giver" → "Giver First Name"). */
export const namePartFields = (keyPrefix: string, who: string) => [
  { key: `${keyPrefix}first_name`, label: `${who} First Name`.trim() },
  { key: `${keyPrefix}last_name`, label: `${who} Last Name`.trim() },
];

/**
 * The zod shape of one person in an output, under a key prefix (`user_`, `giver_`, or none for a list
 * item): UUID, full name, first and last name, email, each `null` when DailyBot did not say.
 */
export const personShape = <P extends string = ''>(zod: ZodModule, prefix: P = '' as P) => {
  const text = () => zod.string().nullable();
  return {
    [`${prefix}uuid`]: text(),
    [`${prefix}full_name`]: text(),
    [`${prefix}first_name`]: text(),
    [`${prefix}last_name`]: text(),
    [`${prefix}email`]: text(),
  } as Record<`${P}${'uuid' | 'full_name' | 'first_name' | 'last_name' | 'email'}`, ReturnType<typeof text>>;
};
