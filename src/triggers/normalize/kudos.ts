/**
 * Kudos, flat and mappable, from a `kudos.posted` webhook body (giver in `giver`) or a kudos object of
 * the REST API (giver in `user`). `company_value` may be null, a UUID, a name, or `{id, name}`.
 * Anonymous kudos mask the giver: the output leaves the giver empty and says so.
 */
import type { ZObject } from 'zapier-platform-core';
import type * as Zod from 'zod';

import { namePartFields, namePartsOf, personShape } from '../../names';
import { schema, type Infer } from '../../schemas/lazy';
import { derivedId, flatUser, isoDateTime, isRecord, PayloadUser, unreadablePayload, usableId } from './common';
import { dateReader } from './dates';
import { cutText } from './text';
import { UUID_PATTERN } from '../../schemas/patterns';

const lenient = <T extends Zod.ZodType>(field: T) => field.nullish().catch(undefined);

const KudosPayload = schema((zod) => {
  const person = zod.union([zod.string().transform((uuid) => ({ uuid })), PayloadUser.get()]);
  return zod.looseObject({
    uuid: lenient(zod.string()),
    id: lenient(zod.union([zod.string(), zod.number()])),
    organization_uuid: lenient(zod.string()),
    giver: lenient(person),
    user: lenient(person),
    receivers: lenient(zod.array(person.nullable().catch(null))),
    company_value: lenient(
      zod.union([
        zod.string(),
        zod.looseObject({ id: lenient(zod.union([zod.string(), zod.number()])), uuid: lenient(zod.string()), name: lenient(zod.string()) }),
      ]),
    ),
    content: lenient(zod.string()),
    is_anonymous: lenient(zod.boolean()),
    by_dailybot: lenient(zod.boolean()),
    created_at: lenient(zod.union([zod.string(), zod.number()])),
  });
});

export const KudosOutput = schema((zod) =>
  zod.looseObject({
    id: zod.string().min(1),
    event: zod.string().min(1),
    event_timestamp: isoDateTime(zod).nullable(),
    content: zod.string(),
    is_anonymous: zod.boolean(),
    ...personShape(zod, 'giver_'),
    receivers: zod.array(
      zod.object(personShape(zod)),
    ),
    receiver_uuids: zod.array(zod.string()),
    receiver_names: zod.string(),
    company_value_id: zod.string().nullable(),
    company_value_name: zod.string().nullable(),
    organization_uuid: zod.string().nullable(),
    created_at: isoDateTime(zod).nullable(),
    unreadable_dates: zod.string().optional(),
  }),
);
export type Kudos = Infer<typeof KudosOutput>;

export interface KudosContext {
  event: string;
  eventTimestamp?: unknown;
}

const companyValue = (value: Infer<typeof KudosPayload>['company_value']): { id: string | null; name: string | null } => {
  if (value === null || value === undefined || value === '') return { id: null, name: null };
  if (typeof value === 'string') return UUID_PATTERN.test(value) ? { id: value, name: null } : { id: null, name: cutText(value) };
  return { id: usableId(value.uuid) ?? usableId(value.id), name: value.name ? cutText(value.name) : null };
};

/** Kudos name at most this many receivers (a team's kudos name each member). */
const RECEIVER_LIMIT = 1_000;

export const normalizeKudos = (z: ZObject, body: unknown, ctx: KudosContext): Kudos => {
  if (!isRecord(body)) throw unreadablePayload(z, 'kudos', body === undefined || body === null ? 'they were empty' : 'they were not an object');
  const kudos = KudosPayload.parse(body);
  // kudos without their ID are still passed on, under an ID made from their content
  const uuid = usableId(kudos.uuid) ?? usableId(kudos.id) ?? derivedId(ctx.event, ctx.eventTimestamp, body);

  const isAnonymous = kudos.is_anonymous === true;
  const giver = isAnonymous ? flatUser(undefined) : flatUser(kudos.giver ?? kudos.user);
  const receivers = (kudos.receivers ?? [])
    .slice(0, RECEIVER_LIMIT)
    .flatMap((r) => (r ? [flatUser(r)] : []))
    .map((r) => ({ ...r, ...namePartsOf('', r.full_name) }));
  const value = companyValue(kudos.company_value);
  const dates = dateReader();
  const createdAt = dates.read('created_at', kudos.created_at);
  const eventTimestamp = dates.read('event_timestamp', ctx.eventTimestamp) ?? createdAt;

  return {
    id: uuid,
    event: ctx.event,
    event_timestamp: eventTimestamp,
    content: cutText(kudos.content ?? ''),
    is_anonymous: isAnonymous,
    giver_uuid: giver.uuid,
    giver_full_name: giver.full_name,
    ...namePartsOf('giver_', giver.full_name),
    giver_email: giver.email,
    receivers,
    receiver_uuids: receivers.flatMap((r) => (r.uuid ? [r.uuid] : [])),
    receiver_names: cutText(receivers.flatMap((r) => (r.full_name ? [r.full_name] : [])).join(', ')),
    company_value_id: value.id,
    company_value_name: value.name,
    organization_uuid: usableId(kudos.organization_uuid),
    created_at: createdAt,
    ...dates.unreadable(),
  };
};

export const kudosSample: Kudos = {
  id: '8a9b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d',
  event: 'kudos.posted',
  event_timestamp: '2024-02-07T15:02:11.204Z',
  content: 'Thanks for covering the on-call shift this weekend!',
  is_anonymous: false,
  giver_uuid: '5945bf02-66f5-4b29-bbd6-07421dfa0a87',
  giver_full_name: 'John Wick',
  giver_first_name: 'John',
  giver_last_name: 'Wick',
  giver_email: 'john@example.com',
  receivers: [
    { uuid: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', full_name: 'Helen Wick', first_name: 'Helen', last_name: 'Wick', email: 'helen@example.com' },
    { uuid: '6d7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a', full_name: 'Winston Scott', first_name: 'Winston', last_name: 'Scott', email: 'winston@example.com' },
  ],
  receiver_uuids: ['0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', '6d7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a'],
  receiver_names: 'Helen Wick, Winston Scott',
  company_value_id: 'e4f5a6b7-c8d9-4e0f-8a1b-2c3d4e5f6a7b',
  company_value_name: 'Ownership',
  organization_uuid: '7d0e4c55-2a1b-4f3e-9c8d-6b5a4f3e2d1c',
  created_at: '2024-02-07T15:02:10.981Z',
};

export const kudosOutputFields = [
  { key: 'id', label: 'Kudos ID' },
  { key: 'event', label: 'Event' },
  { key: 'event_timestamp', label: 'Event Time', type: 'datetime' as const },
  { key: 'content', label: 'Message' },
  { key: 'is_anonymous', label: 'Anonymous', type: 'boolean' as const },
  { key: 'giver_uuid', label: 'Giver ID' },
  { key: 'giver_full_name', label: 'Giver Full Name' },
  ...namePartFields('giver_', 'Giver'),
  { key: 'giver_email', label: 'Giver Email' },
  { key: 'receivers[]uuid', label: 'Receiver ID' },
  { key: 'receivers[]full_name', label: 'Receiver Full Name' },
  ...namePartFields('receivers[]', 'Receiver'),
  { key: 'receivers[]email', label: 'Receiver Email' },
  { key: 'receiver_uuids', label: 'All Receiver IDs', list: true },
  { key: 'receiver_names', label: 'Receiver Names' },
  { key: 'company_value_id', label: 'Company Value ID' },
  { key: 'company_value_name', label: 'Company Value' },
  { key: 'organization_uuid', label: 'Organization ID' },
  { key: 'created_at', label: 'Created At', type: 'datetime' as const },
];
