/**
 * Organization events: a user activated or deactivated (`body.user`), a user added to or removed
 * from a team (`body.user` + `body.team`). DailyBot has published no sample of these bodies, so
 * this reads them tolerantly: the user (and team) may be an object, a bare UUID, or (for user
 * events) the body itself, and every plain field DailyBot sends about them is kept as
 * `user_<field>` / `team_<field>` next to the fields a Zap can always count on.
 */
import type { ZObject } from 'zapier-platform-core';

import { schema, type Infer } from '../../schema';
import { isRecord, toIsoDateTime, unreadablePayload } from './common';
import { isoDateTime } from './response';

type Scalar = string | number | boolean | null;
type Kept = Scalar | Scalar[];

const isScalar = (value: unknown): value is Scalar =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** An object as sent, or `{uuid}` for a bare UUID. */
const asObject = (value: unknown): Record<string, unknown> | undefined => {
  if (isRecord(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') return { uuid: value.trim() };
  return undefined;
};

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null);

/** The object's plain fields (texts, numbers, yes/no, lists of those) as `<prefix>_<field>`, except `skip`. */
const keepPlainFields = (prefix: string, object: Record<string, unknown>, skip: readonly string[]): Record<string, Kept> => {
  const out: Record<string, Kept> = {};
  for (const [key, value] of Object.entries(object)) {
    if (skip.includes(key) || !/^[a-z][a-z0-9_]*$/i.test(key)) continue;
    if (isScalar(value)) out[`${prefix}_${key}`] = value;
    else if (Array.isArray(value) && value.every(isScalar)) out[`${prefix}_${key}`] = value;
  }
  return out;
};

const IDENTITY = ['uuid', 'id', 'full_name', 'name', 'email', 'is_active', 'active'];

const readUser = (z: ZObject, body: Record<string, unknown>, what: string, bodyMayBeUser: boolean) => {
  const user = asObject(body.user) ?? asObject(body.member) ?? (bodyMayBeUser && (body.uuid || body.email) ? body : undefined);
  const uuid = text(user?.uuid) ?? text(user?.id) ?? text(body.user_uuid);
  const email = text(user?.email) ?? text(body.user_email);
  if (!user && !uuid && !email) throw unreadablePayload(z, what, 'it named no user');
  if (!uuid && !email) throw unreadablePayload(z, what, 'its user had no ID');
  const isActive = user?.is_active ?? user?.active;
  return {
    fields: {
      user_uuid: uuid,
      user_full_name: text(user?.full_name) ?? text(user?.name),
      user_email: email,
      user_is_active: typeof isActive === 'boolean' ? isActive : null,
    },
    extra: user && user !== body ? keepPlainFields('user', user, IDENTITY) : {},
  };
};

export interface OrganizationEventContext {
  event: string;
  eventTimestamp?: unknown;
}

export const UserEventOutput = schema((zod) =>
  zod.looseObject({
    id: zod.string().min(1),
    event: zod.string().min(1),
    event_timestamp: isoDateTime(zod).nullable(),
    user_uuid: zod.string().nullable(),
    user_full_name: zod.string().nullable(),
    user_email: zod.string().nullable(),
    user_is_active: zod.boolean().nullable(),
  }),
);
export type UserEvent = Infer<typeof UserEventOutput>;

export const TeamMemberEventOutput = schema((zod) =>
  UserEventOutput.get().extend({
    team_uuid: zod.string().nullable(),
    team_name: zod.string().nullable(),
  }),
);
export type TeamMemberEvent = Infer<typeof TeamMemberEventOutput>;

/** `organization.user_activated` / `organization.user_deactivated`. */
export const normalizeUserEvent = (z: ZObject, body: unknown, ctx: OrganizationEventContext): UserEvent => {
  if (!isRecord(body)) throw unreadablePayload(z, 'a user event', 'it was not an object');
  const eventTimestamp = toIsoDateTime(ctx.eventTimestamp);
  const { fields, extra } = readUser(z, body, 'a user event', true);
  const who = fields.user_uuid ?? fields.user_email;
  return { id: [who, ctx.event, eventTimestamp].filter(Boolean).join(':'), event: ctx.event, event_timestamp: eventTimestamp, ...fields, ...extra };
};

/** `organization.team_user_added` / `organization.team_user_removed`. */
export const normalizeTeamMemberEvent = (z: ZObject, body: unknown, ctx: OrganizationEventContext): TeamMemberEvent => {
  if (!isRecord(body)) throw unreadablePayload(z, 'a team membership event', 'it was not an object');
  const eventTimestamp = toIsoDateTime(ctx.eventTimestamp);
  const { fields, extra } = readUser(z, body, 'a team membership event', false);
  const team = asObject(body.team);
  const teamUuid = text(team?.uuid) ?? text(team?.id) ?? text(body.team_uuid);
  const who = fields.user_uuid ?? fields.user_email;
  return {
    id: [who, teamUuid, ctx.event, eventTimestamp].filter(Boolean).join(':'),
    event: ctx.event,
    event_timestamp: eventTimestamp,
    ...fields,
    team_uuid: teamUuid,
    team_name: text(team?.name) ?? text(body.team_name),
    ...extra,
    ...(team ? keepPlainFields('team', team, IDENTITY) : {}),
  };
};

const helen = {
  user_uuid: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  user_full_name: 'Helen Wick',
  user_email: 'helen@example.com',
};

export const userEventSampleFor = (event: 'organization.user_activated' | 'organization.user_deactivated'): UserEvent => ({
  id: `${helen.user_uuid}:${event}:2024-02-08T16:20:05.118Z`,
  event,
  event_timestamp: '2024-02-08T16:20:05.118Z',
  ...helen,
  user_is_active: event === 'organization.user_activated',
  user_role: 'MEMBER',
  user_timezone: 'America/Bogota',
  user_occupation: 'Designer',
});

export const teamMemberEventSampleFor = (event: 'organization.team_user_added' | 'organization.team_user_removed'): TeamMemberEvent => ({
  id: `${helen.user_uuid}:13883b5b-7066-47aa-ad0c-63bbc89eb986:${event}:2024-02-08T16:25:41.530Z`,
  event,
  event_timestamp: '2024-02-08T16:25:41.530Z',
  ...helen,
  user_is_active: true,
  team_uuid: '13883b5b-7066-47aa-ad0c-63bbc89eb986',
  team_name: 'General',
  team_is_default: true,
});

const userFields = [
  { key: 'id', label: 'Event ID' },
  { key: 'event', label: 'Event' },
  { key: 'event_timestamp', label: 'Event Time', type: 'datetime' as const },
  { key: 'user_uuid', label: 'User ID' },
  { key: 'user_full_name', label: 'User Full Name' },
  { key: 'user_email', label: 'User Email' },
  { key: 'user_is_active', label: 'User Is Active', type: 'boolean' as const },
];

export const userEventOutputFields = [
  ...userFields,
  { key: 'user_role', label: 'User Role' },
  { key: 'user_timezone', label: 'User Time Zone' },
  { key: 'user_occupation', label: 'User Occupation' },
];

export const teamMemberEventOutputFields = [
  ...userFields,
  { key: 'team_uuid', label: 'Team ID' },
  { key: 'team_name', label: 'Team Name' },
  { key: 'team_is_default', label: 'Team Is Default', type: 'boolean' as const },
];
