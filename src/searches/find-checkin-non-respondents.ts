/**
 * Find Check-in Non-Respondents: who has not answered a check-in for a day, from
 * `GET /checkins/?include_summary=true&include_pending_users=true&date=` (DailyBot's developer docs,
 * check-ins: `pending_users` comes only for a check-in that is not anonymous; DailyBot's CLI
 * `list_checkins` sends the same flag; dailybot-api-beyond.md §2c). The listing is read only up to
 * the page holding the check-in (one page as a rule).
 *
 * The shape of a `pending_users` item is unconfirmed (no source has a sample): read are user objects
 * `{uuid | id, full_name | name, email}` (the notes' guess, from DailyBot's other user mini-objects),
 * the same nested under `user`, and a bare UUID or email. When items carry no email, the emails come
 * from the user directory (`GET /users/?include_email=true`, read up to the page holding the last
 * of them, and no further than one run reads: people further on are given without an email), so the
 * step can hand an email step a ready list. Only well-formed addresses (the one email rule) are given,
 * one per person: an `email` holding commas, line breaks or a `Bcc:` line is no email at all.
 */
import { defineInputFields, defineSearch, type Bundle, type ZObject } from 'zapier-platform-core';

import { findFirst, isRunBound, pages } from '../http/paginate';
import { checkinField } from '../inputs/fields';
import { parseInputs } from '../inputs/parse';
import { dailybotId, date } from '../inputs/rules';
import { Checkin, User } from '../schemas/api';
import { schema, type Infer } from '../schemas/lazy';
import { isEmailAddress } from '../schemas/patterns';
import { namePartFields, namePartsOf, personShape } from '../names';

const inputFields = defineInputFields([
  checkinField(true, 'The check-in to look at. Anonymous check-ins cannot say who has not answered.'),
  {
    key: 'date',
    label: 'Date',
    type: 'string',
    required: false,
    helpText: 'The check-in day, written YYYY-MM-DD (such as 2026-03-31). Leave empty for today.',
  },
]);

const Inputs = schema((zod) => zod.object({ checkin: dailybotId(zod), date: date(zod) }));

const PendingUser = schema((zod) => {
  const person = zod.looseObject({
    uuid: zod.string().nullish(),
    id: zod.union([zod.string(), zod.number()]).nullish(),
    full_name: zod.string().nullish(),
    name: zod.string().nullish(),
    email: zod.string().nullish(),
  });
  return zod.union([zod.string(), zod.looseObject({ user: person }).transform((p) => p.user), person]);
});

const Listed = schema((zod) => zod.intersection(Checkin.get(), zod.looseObject({ pending_users: zod.array(PendingUser.get()).nullish() })));

export const output = schema((zod) =>
  zod.object({
    id: zod.string(),
    checkin_uuid: zod.string(),
    checkin_name: zod.string(),
    date: zod.string().nullable(),
    pending_count: zod.number(),
    pending_users: zod.array(
      zod.object(personShape(zod)),
    ),
    pending_emails: zod.string(),
    pending_names: zod.string(),
    expected_responses: zod.number().nullable(),
    completed_responses: zod.number().nullable(),
    completed_percentage: zod.number().nullable(),
  }),
);
type Output = Infer<typeof output>;
type Pending = Omit<Output['pending_users'][number], 'first_name' | 'last_name'>;

/** An email DailyBot gave, when it is one well-formed address; anything else is no email. */
const wellFormed = (value: string | null | undefined): string | null => {
  const email = value?.trim() ?? '';
  return isEmailAddress(email) ? email : null;
};

const toPending = (item: Infer<typeof PendingUser>): Pending => {
  if (typeof item === 'string') return isEmailAddress(item.trim()) ? { uuid: null, full_name: null, email: item.trim() } : { uuid: item, full_name: null, email: null };
  const uuid = item.uuid ?? (item.id === undefined || item.id === null ? null : String(item.id));
  return { uuid: uuid || null, full_name: item.full_name || item.name || null, email: wellFormed(item.email) };
};

/** Fills in the emails (and names) DailyBot left out, from the directory, reading no page past the last one needed. */
const withEmails = async (z: ZObject, bundle: Bundle, people: Pending[]): Promise<Pending[]> => {
  const wanted = new Set(people.filter((p) => !p.email && p.uuid).map((p) => p.uuid!.toLowerCase()));
  if (wanted.size === 0) return people;
  const found = new Map<string, { email: string | null; full_name: string }>();
  try {
    for await (const page of pages(z, bundle, { path: '/users/', params: { include_email: 'true' }, item: User, what: 'users' })) {
      for (const user of page.items) {
        const key = user.uuid.toLowerCase();
        if (wanted.delete(key)) found.set(key, { email: wellFormed(user.email), full_name: user.full_name });
      }
      if (wanted.size === 0) break;
    }
  } catch (error) {
    if (!isRunBound(error)) throw error;
    // the pending people are found already: give them, some without an email, rather than fail the step
    z.console.log(`The user directory is longer than one run reads: ${wanted.size} pending people are given without their email.`);
  }
  return people.map((p) => {
    const known = p.uuid ? found.get(p.uuid.toLowerCase()) : undefined;
    return known ? { ...p, email: p.email ?? known.email, full_name: p.full_name ?? (known.full_name || null) } : p;
  });
};

const perform = async (z: ZObject, bundle: Bundle): Promise<Output[]> => {
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const wanted = inputs.checkin.toLowerCase();
  const checkin = await findFirst(
    z,
    bundle,
    { path: '/checkins/', params: { include_summary: 'true', include_pending_users: 'true', date: inputs.date }, item: Listed, what: 'check-ins', sought: `uuid:${wanted}` },
    (c) => c.uuid.toLowerCase() === wanted,
  );
  if (!checkin) return [];
  if (checkin.is_anonymous) {
    throw new z.errors.Error(
      `“${checkin.name}” is an anonymous check-in: DailyBot keeps who has or has not answered it private. ` +
        'To nudge people anyway, use Send Check-in Reminder with no people named: it reminds everyone who has not answered.',
      'checkin_is_anonymous',
    );
  }
  const summary = checkin.summary ?? {};
  if (!checkin.pending_users) {
    const done = summary.expected_responses !== undefined && summary.completed_responses !== undefined && summary.completed_responses >= summary.expected_responses;
    if (!done) {
      throw new z.errors.Error(
        `DailyBot did not say who has not answered “${checkin.name}”. Try again later; if it persists, tell the app’s maintainers.`,
        'dailybot_no_pending_users',
      );
    }
  }
  const people = (await withEmails(z, bundle, (checkin.pending_users ?? []).map(toPending))).map((p) => ({
    uuid: p.uuid,
    full_name: p.full_name,
    ...namePartsOf('', p.full_name),
    email: p.email,
  }));
  const join = (values: Array<string | null>) => values.filter((v): v is string => Boolean(v)).join(', ');
  return [
    {
      id: `${checkin.uuid}:${inputs.date ?? 'today'}`,
      checkin_uuid: checkin.uuid,
      checkin_name: checkin.name,
      date: inputs.date ?? null,
      pending_count: people.length,
      pending_users: people,
      // one address per person, each once: a list ready for an email step's "To"
      pending_emails: [...new Set(people.map((p) => p.email).filter((e): e is string => e !== null))].join(', '),
      pending_names: join(people.map((p) => p.full_name)),
      expected_responses: summary.expected_responses ?? null,
      completed_responses: summary.completed_responses ?? null,
      completed_percentage: summary.completed_percentage ?? null,
    },
  ];
};

export default defineSearch({
  key: 'find_checkin_non_respondents',
  noun: 'Non-Respondent',
  display: {
    label: 'Find Check-in Non-Respondents',
    description: 'Finds the people who have not answered a check-in yet for a day, with their emails ready for an email step.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      id: 'b1b292b3-29b2-4235-8103-321ed749db8d:2026-03-31',
      checkin_uuid: 'b1b292b3-29b2-4235-8103-321ed749db8d',
      checkin_name: 'Team standups',
      date: '2026-03-31',
      pending_count: 2,
      pending_users: [
        { uuid: '5945bf02-66f5-4b29-bbd6-07421dfa0a87', full_name: 'John Wick', first_name: 'John', last_name: 'Wick', email: 'john@example.com' },
        { uuid: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', full_name: 'Ann Lee', first_name: 'Ann', last_name: 'Lee', email: 'ann@example.com' },
      ],
      pending_emails: 'john@example.com, ann@example.com',
      pending_names: 'John Wick, Ann Lee',
      expected_responses: 8,
      completed_responses: 6,
      completed_percentage: 75,
    },
    outputFields: [
      { key: 'id', label: 'Result ID' },
      { key: 'checkin_uuid', label: 'Check-in ID' },
      { key: 'checkin_name', label: 'Check-in Name' },
      { key: 'date', label: 'Date' },
      { key: 'pending_count', label: 'Pending Count', type: 'integer' },
      { key: 'pending_users[]uuid', label: 'Pending User ID' },
      { key: 'pending_users[]full_name', label: 'Pending User Name' },
      ...namePartFields('pending_users[]', 'Pending User'),
      { key: 'pending_users[]email', label: 'Pending User Email' },
      { key: 'pending_emails', label: 'Pending Emails (Comma-Separated)' },
      { key: 'pending_names', label: 'Pending Names (Comma-Separated)' },
      { key: 'expected_responses', label: 'Expected Responses', type: 'integer' },
      { key: 'completed_responses', label: 'Completed Responses', type: 'integer' },
      { key: 'completed_percentage', label: 'Completed Percentage', type: 'number' },
    ],
  },
});
