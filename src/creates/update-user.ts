/** Update User: the user named by UUID, email or full name, then `PATCH /users/{uuid}/` with only the fields filled in. */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { WEEKDAY_CHOICES } from '../inputs/choices';
import { pickDefined } from '../inputs/pick';
import { answerOf, sendAction } from './shared/request';
import { dateField, personField, timeZoneField } from '../inputs/fields';
import { haltWhenMappedEmpty, parseInputs } from '../inputs/parse';
import { resolveUser } from '../people';
import { schema, type Infer } from '../schemas/lazy';
import { User } from '../schemas/api';
import { bool, date, monthDay, optionalText, person, time, timeZone, weekdays } from '../inputs/rules';
import { namePartFields, namePartsOf } from '../names';
import { toIsoDate } from '../triggers/normalize/dates';

const USER = 'User';
const keep = 'Leave empty to keep it as it is.';

const inputFields = defineInputFields([
  personField('user', USER, true, 'The person to update. Only the fields you fill in below are changed.'),
  { key: 'full_name', label: 'Full Name', type: 'string', required: false, helpText: keep },
  { key: 'occupation', label: 'Job Title', type: 'string', required: false, helpText: keep },
  { key: 'birth_date', label: 'Birthday', type: 'string', required: false, helpText: `Month and day, written MM-DD (such as 05-12). ${keep}` },
  { key: 'is_active', label: 'Active', type: 'boolean', required: false, helpText: `No deactivates the person in DailyBot; Yes activates them again. ${keep}` },
  { key: 'bot_enabled', label: 'Bot Enabled', type: 'boolean', required: false, helpText: `Whether DailyBot talks to this person in chat. ${keep}` },
  timeZoneField('timezone', 'Time Zone', `The person’s time zone: DailyBot asks and reminds in it. ${keep}`),
  {
    key: 'work_days',
    label: 'Work Days',
    type: 'string',
    list: true,
    required: false,
    choices: WEEKDAY_CHOICES,
    helpText: `The person’s work days: numbers from 1 (Monday) to 7 (Sunday) or day names. Only works if your organization lets members set their work days. ${keep}`,
  },
  dateField('timeoff_start', 'Time Off Start', `The first day off. ${keep}`),
  dateField('timeoff_end', 'Time Off End', `The last day off. ${keep}`),
  { key: 'hour_init_work', label: 'Work Start Time', type: 'string', required: false, helpText: `When the workday starts, written HH:MM (24-hour). ${keep}` },
]);

const CHANGEABLE = [
  'full_name',
  'occupation',
  'birth_date',
  'is_active',
  'bot_enabled',
  'timezone',
  'work_days',
  'timeoff_start',
  'timeoff_end',
  'hour_init_work',
] as const;

const Inputs = schema((zod) =>
  zod
    .object({
      user: person(zod),
      full_name: optionalText(zod, 255),
      occupation: optionalText(zod, 255),
      birth_date: monthDay(zod),
      is_active: bool(zod),
      bot_enabled: bool(zod),
      timezone: timeZone(zod),
      work_days: weekdays(zod),
      timeoff_start: date(zod),
      timeoff_end: date(zod),
      hour_init_work: time(zod),
    })
    .refine((v) => !v.timeoff_start || !v.timeoff_end || v.timeoff_end >= v.timeoff_start, {
      path: ['timeoff_end'],
      message: 'must not be before “Time Off Start”',
    })
    .refine((v) => CHANGEABLE.some((key) => v[key] !== undefined), {
      message: 'fill in at least one thing to change besides “User” (a name, a time zone, work days…)',
    }),
);

/** The body of `PATCH /users/{uuid}/`: only the changed fields, at least one. */
export const request = schema((zod) =>
  zod
    .strictObject({
      full_name: zod.string().min(1).max(255).optional(),
      occupation: zod.string().min(1).max(255).optional(),
      birth_date: zod.string().regex(/^\d{2}-\d{2}$/).optional(),
      is_active: zod.boolean().optional(),
      bot_enabled: zod.boolean().optional(),
      timezone: zod.string().regex(/^[A-Za-z0-9_+\-/]+$/).optional(),
      work_days: zod.array(zod.number().int().min(1).max(7)).min(1).optional(),
      timeoff_start: zod.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      timeoff_end: zod.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      hour_init_work: zod.string().regex(/^\d{2}:\d{2}:\d{2}$/).optional(),
    })
    .refine((body) => Object.keys(body).length > 0, 'changes nothing'),
);

export const output = schema((zod) =>
  zod.object({
    uuid: zod.string(),
    full_name: zod.string().nullable(),
    first_name: zod.string().nullable(),
    last_name: zod.string().nullable(),
    email: zod.string().nullable(),
    occupation: zod.string().nullable(),
    birth_date: zod.string().nullable(),
    is_active: zod.boolean().nullable(),
    bot_enabled: zod.boolean().nullable(),
    timezone: zod.string().nullable(),
    work_days: zod.array(zod.number()),
    timeoff_start: zod.string().nullable(),
    timeoff_end: zod.string().nullable(),
    hour_init_work: zod.string().nullable(),
    updated_fields: zod.array(zod.string()),
  }),
);
type Output = Infer<typeof output>;

const textOf = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const flagOf = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

const perform = async (z: ZObject, bundle: Bundle): Promise<Output> => {
  haltWhenMappedEmpty(z, bundle, CHANGEABLE, 'Nothing to change: every field mapped for this person was empty in this run, so they were left as they are.');
  const { user: named, ...inputs } = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const user = await resolveUser(z, bundle, named, USER);
  const body = pickDefined(inputs, CHANGEABLE);
  const response = await sendAction(z, bundle, {
    method: 'PATCH',
    path: `/users/${encodeURIComponent(user.uuid)}/`,
    body,
    notFound: `DailyBot has no user with the ID given in “${USER}” (HTTP 404). Pick the person from the list, or map their email address.`,
  });
  // the docs show no answer; a deployment that answers with the updated user is believed over what was sent
  const parsed = User.safeParse(answerOf(response));
  const answered = parsed.success ? Object.entries(parsed.data).filter(([, v]) => v !== null && v !== undefined && v !== '') : [];
  const known: Record<string, unknown> = { full_name: user.full_name, email: user.email, ...body, ...Object.fromEntries(answered) };
  return {
    uuid: user.uuid,
    full_name: textOf(known.full_name),
    ...namePartsOf('', textOf(known.full_name)),
    email: textOf(known.email),
    occupation: textOf(known.occupation),
    birth_date: textOf(known.birth_date),
    is_active: flagOf(known.is_active),
    bot_enabled: flagOf(known.bot_enabled),
    timezone: textOf(known.timezone),
    work_days: Array.isArray(known.work_days) ? known.work_days.filter((d): d is number => typeof d === 'number') : [],
    // an answer in DailyBot's listing form (`16/01/2022`) is read day first, as Find User reads it
    timeoff_start: toIsoDate(known.timeoff_start),
    timeoff_end: toIsoDate(known.timeoff_end),
    hour_init_work: textOf(known.hour_init_work) ?? textOf(known.work_start_time),
    updated_fields: Object.keys(body),
  };
};

export default defineCreate({
  key: 'update_user',
  noun: 'User',
  display: {
    label: 'Update User',
    description: 'Changes a user’s profile, work schedule, time off or status, leaving the fields you do not fill in as they are.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      uuid: '5945bf02-66f5-4b29-bbd6-07421dfa0a87',
      full_name: 'John Wick',
      first_name: 'John',
      last_name: 'Wick',
      email: 'john@example.com',
      occupation: 'Teammate',
      birth_date: '10-26',
      is_active: true,
      bot_enabled: true,
      timezone: 'America/New_York',
      work_days: [1, 2, 3, 4, 5],
      timeoff_start: '2023-03-12',
      timeoff_end: '2023-03-18',
      hour_init_work: '09:00:00',
      updated_fields: ['timezone', 'timeoff_start', 'timeoff_end'],
    },
    outputFields: [
      { key: 'uuid', label: 'User ID' },
      { key: 'full_name', label: 'Full Name' },
      ...namePartFields('', ''),
      { key: 'email', label: 'Email' },
      { key: 'occupation', label: 'Job Title' },
      { key: 'birth_date', label: 'Birthday' },
      { key: 'is_active', label: 'Active', type: 'boolean' },
      { key: 'bot_enabled', label: 'Bot Enabled', type: 'boolean' },
      { key: 'timezone', label: 'Time Zone' },
      { key: 'work_days', label: 'Work Days', type: 'integer', list: true },
      { key: 'timeoff_start', label: 'Time Off Start' },
      { key: 'timeoff_end', label: 'Time Off End' },
      { key: 'hour_init_work', label: 'Work Start Time' },
      { key: 'updated_fields', label: 'Updated Fields', list: true },
    ],
  },
});
