/**
 * Find User: one DailyBot user by UUID (`GET /users/{uuid}/`), or by email address or full name
 * (the paged `GET /users/?include_email=true`, read only up to the page that holds the match).
 *
 * Names and emails match exactly, ignoring case and extra spaces. When two people share a full
 * name, the first one DailyBot lists is returned (reading on to find a second would cost the whole
 * directory); the help text says to use an email address to be sure.
 */
import { defineInputFields, defineSearch, type SearchPerform } from 'zapier-platform-core';

import { findFirst } from '../http/paginate';
import { parseInputs } from '../inputs/parse';
import { classify } from '../people';
import { schema, type Infer } from '../schemas/lazy';
import { User } from '../schemas/api';
import { person } from '../inputs/rules';
import { getByUuid, sameName } from './lookup';
import { namePartFields, namePartsOf } from '../names';
import { toIsoDate } from '../triggers/normalize/dates';

const inputFields = defineInputFields([
  {
    key: 'query',
    label: 'User',
    type: 'string',
    required: true,
    helpText:
      'A DailyBot user ID, an email address, a full name or a chat-platform user ID (such as a Slack member ID), matched exactly (case does not matter). ' +
      'If two people share a full name, the first one DailyBot lists is found: use an email address to be sure.',
  },
]);

const Rules = schema((zod) => zod.object({ query: person(zod) }));

/** Fields of a user that DailyBot sends but the shared `User` schema does not name. */
const UserExtras = schema((zod) =>
  zod.object({
    organization: zod.object({ uuid: zod.string().nullish(), name: zod.string().nullish() }).nullish().catch(null),
    work_start_time: zod.string().nullish().catch(null),
    chat_platform_data: zod.object({ user_external_id: zod.string().nullish() }).nullish().catch(null),
  }),
);

/** One found user, flat. */
export const output = schema((zod) =>
  zod.object({
    id: zod.string(),
    uuid: zod.string(),
    full_name: zod.string(),
    first_name: zod.string().nullable(),
    last_name: zod.string().nullable(),
    email: zod.string().nullable(),
    username: zod.string().nullable(),
    role: zod.string().nullable(),
    occupation: zod.string().nullable(),
    timezone: zod.string().nullable(),
    is_active: zod.boolean().nullable(),
    bot_enabled: zod.boolean().nullable(),
    image: zod.string().nullable(),
    birth_date: zod.string().nullable(),
    work_days: zod.array(zod.number()),
    work_start_time: zod.string().nullable(),
    timeoff_start: zod.string().nullable(),
    timeoff_end: zod.string().nullable(),
    chat_user_id: zod.string().nullable(),
    organization_uuid: zod.string().nullable(),
    organization_name: zod.string().nullable(),
  }),
);
export type FoundUser = Infer<typeof output>;

export const toFoundUser = (user: User): FoundUser => {
  const extras = UserExtras.parse(user);
  return {
    id: user.uuid,
    uuid: user.uuid,
    full_name: user.full_name,
    ...namePartsOf('', user.full_name),
    email: user.email ?? null,
    username: user.username ?? null,
    role: user.role ?? null,
    occupation: user.occupation ?? null,
    timezone: user.timezone ?? null,
    is_active: user.is_active ?? null,
    bot_enabled: user.bot_enabled ?? null,
    image: user.image ?? null,
    birth_date: user.birth_date ?? null,
    work_days: user.work_days ?? [],
    work_start_time: extras.work_start_time ?? null,
    // DailyBot lists time off day first (`16/01/2022`, seed 001) and writes it ISO: always ISO here, never a guess
    timeoff_start: toIsoDate(user.timeoff_start),
    timeoff_end: toIsoDate(user.timeoff_end),
    chat_user_id: extras.chat_platform_data?.user_external_id ?? null,
    organization_uuid: extras.organization?.uuid ?? null,
    organization_name: extras.organization?.name ?? null,
  };
};

const USERS = { path: '/users/', params: { include_email: 'true' }, item: User, what: 'users' } as const;

const perform = (async (z, bundle) => {
  const { query } = parseInputs(z, Rules, bundle.inputData, inputFields);
  const ref = classify(query);
  const user =
    ref.kind === 'uuid'
      ? await getByUuid(z, bundle, { path: `/users/${ref.input.toLowerCase()}/`, params: USERS.params, item: User, what: 'the user' })
      : ref.kind === 'chat'
        ? await findFirst(z, bundle, { ...USERS, sought: `${ref.kind}:${ref.key}` }, (u) => UserExtras.parse(u).chat_platform_data?.user_external_id === ref.input)
        : await findFirst(z, bundle, { ...USERS, sought: `${ref.kind}:${ref.key}` }, (u) => sameName(ref.kind === 'email' ? u.email : u.full_name, ref.input));
  return user ? [toFoundUser(user)] : [];
}) satisfies SearchPerform;

export default defineSearch({
  key: 'find_user',
  noun: 'User',
  display: {
    label: 'Find User',
    description: 'Finds a user of your organization by email address, full name or user ID.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      id: '5945bf02-66f5-4b29-bbd6-07421dfa0a87',
      uuid: '5945bf02-66f5-4b29-bbd6-07421dfa0a87',
      full_name: 'John Wick',
      first_name: 'John',
      last_name: 'Wick',
      email: 'john@example.com',
      username: 'Wick10',
      role: 'ADMIN',
      occupation: 'Teammate',
      timezone: 'America/Bogota',
      is_active: true,
      bot_enabled: true,
      image: 'https://secure.gravatar.com/avatar/image.png',
      birth_date: '05-12',
      work_days: [1, 2, 3, 4, 5],
      work_start_time: '09:00:00',
      timeoff_start: '2026-04-06',
      timeoff_end: '2026-04-10',
      chat_user_id: 'Z32HVBCQ98D',
      organization_uuid: '7d0e4c55-2a1b-4f3e-9c8d-6b5a4f3e2d1c',
      organization_name: 'Acme Robotics',
    } satisfies FoundUser,
    outputFields: [
      { key: 'id', label: 'User ID' },
      { key: 'uuid', label: 'User UUID (Same as User ID)' },
      { key: 'full_name', label: 'Full Name' },
      ...namePartFields('', ''),
      { key: 'email', label: 'Email' },
      { key: 'username', label: 'Username' },
      { key: 'role', label: 'Role' },
      { key: 'occupation', label: 'Occupation' },
      { key: 'timezone', label: 'Time Zone' },
      { key: 'is_active', label: 'Active', type: 'boolean' },
      { key: 'bot_enabled', label: 'Bot Enabled', type: 'boolean' },
      { key: 'image', label: 'Avatar URL' },
      { key: 'birth_date', label: 'Birthday (MM-DD)' },
      { key: 'work_days', label: 'Work Days (1 = Monday)', type: 'integer', list: true },
      { key: 'work_start_time', label: 'Work Start Time' },
      { key: 'timeoff_start', label: 'Time Off Start' },
      { key: 'timeoff_end', label: 'Time Off End' },
      { key: 'chat_user_id', label: 'Chat Platform User ID' },
      { key: 'organization_uuid', label: 'Organization ID' },
      { key: 'organization_name', label: 'Organization Name' },
    ],
  },
});
