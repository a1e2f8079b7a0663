/**
 * Send Check-in Reminder: `POST /checkins/{uuid}/send-reminders/`. DailyBot takes people by UUID
 * (`users_uuids`) and by email (`users_emails`), so only full names are looked up.
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { peopleOutputFields, remindedPeople, RemindedPerson, samplePerson, uuidsAndEmails } from './shared/people';
import { answerOf, sendAction } from './shared/request';
import { checkinField, dateField, peopleField } from '../inputs/fields';
import { haltWhenMappedEmpty, parseInputs } from '../inputs/parse';

import { schema, type Infer } from '../schemas/lazy';
import { dailybotId, date, list } from '../inputs/rules';
import { EMAIL_PATTERN, UUID_PATTERN } from '../schemas/patterns';
import { CHECKIN_NOT_FOUND } from '../forms/checkin';

const PEOPLE = 'People';

const inputFields = defineInputFields([
  // the people list below narrows to the chosen check-in's participants
  { ...checkinField(true, 'The check-in to remind people about.'), altersDynamicFields: true },
  peopleField(
    'users',
    PEOPLE,
    false,
    'Who gets the reminder: the list shows the chosen check-in’s participants. Leave empty to remind everyone who has not answered yet.',
    'list_checkin_participants.id.name',
  ),
  dateField('date', 'Date', 'The check-in day to remind about; empty means today.'),
]);

const Inputs = schema((zod) => zod.object({ checkin: dailybotId(zod), users: list(zod), date: date(zod) }));

/** The body of `POST /checkins/{uuid}/send-reminders/`. */
export const request = schema((zod) =>
  zod.strictObject({
    users_uuids: zod.array(zod.string().regex(UUID_PATTERN)).min(1).optional(),
    users_emails: zod.array(zod.string().regex(EMAIL_PATTERN)).min(1).optional(),
    date: zod.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  }),
);

export const output = schema((zod) =>
  zod.object({
    detail: zod.string().nullable(),
    checkin_uuid: zod.string(),
    date: zod.string().nullable(),
    users_uuids: zod.array(zod.string()),
    users_emails: zod.array(zod.string()),
    everyone_pending: zod.boolean(),
    users: zod.array(RemindedPerson.get()),
    reminded: zod.string(),
  }),
);

const EVERYONE_PENDING = 'Everyone who had not answered yet';

const Answer = schema((zod) => zod.looseObject({ detail: zod.string() }));

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  // an empty "People" reminds everyone pending: when it came out empty from a mapping, that is not what the Zap meant
  haltWhenMappedEmpty(
    z,
    bundle,
    ['users'],
    `Nobody was reminded: “${PEOPLE}” came from an earlier step but was empty in this run. (Leave “${PEOPLE}” empty in the Zap to remind everyone who has not answered.)`,
  );
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const people = await uuidsAndEmails(z, bundle, inputs.users, PEOPLE);
  const response = await sendAction(z, bundle, {
    method: 'POST',
    path: `/checkins/${encodeURIComponent(inputs.checkin)}/send-reminders/`,
    body: {
      ...(people.uuids.length > 0 ? { users_uuids: people.uuids } : {}),
      ...(people.emails.length > 0 ? { users_emails: people.emails } : {}),
      ...(inputs.date ? { date: inputs.date } : {}),
    },
    peopleField: PEOPLE,
    notFound: CHECKIN_NOT_FOUND,
  });
  const answer = Answer.safeParse(answerOf(response));
  const reminded = remindedPeople(people);
  const everyonePending = people.uuids.length === 0 && people.emails.length === 0;
  return {
    detail: answer.success ? answer.data.detail : null,
    checkin_uuid: inputs.checkin,
    date: inputs.date ?? null,
    users_uuids: people.uuids,
    users_emails: people.emails,
    everyone_pending: everyonePending,
    users: reminded,
    reminded: everyonePending ? EVERYONE_PENDING : reminded.map((p) => p.full_name ?? p.email ?? p.uuid).join(', '),
  };
};

export default defineCreate({
  key: 'send_checkin_reminder',
  noun: 'Reminder',
  display: {
    label: 'Send Check-in Reminder',
    description: 'Reminds people to answer a check-in: the people you name, or everyone who has not answered yet.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      detail: 'Users notified successfully.',
      checkin_uuid: 'b1b292b3-29b2-4235-8103-321ed749db8d',
      date: '2026-03-31',
      users_uuids: [samplePerson.uuid],
      users_emails: ['ann@example.com'],
      everyone_pending: false,
      users: [samplePerson, { email: 'ann@example.com' }],
      reminded: `${samplePerson.full_name}, ann@example.com`,
    },
    outputFields: [
      { key: 'detail', label: 'DailyBot Answer' },
      { key: 'checkin_uuid', label: 'Check-in ID' },
      { key: 'date', label: 'Date' },
      { key: 'users_uuids', label: 'Reminded User IDs', list: true },
      { key: 'users_emails', label: 'Reminded User Emails', list: true },
      { key: 'everyone_pending', label: 'Reminded Everyone Pending', type: 'boolean' },
      ...peopleOutputFields('users', 'Reminded Person'),
      { key: 'reminded', label: 'Reminded' },
    ],
  },
});
