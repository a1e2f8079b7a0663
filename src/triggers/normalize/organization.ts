/**
 * Organization events: a user activated or deactivated (`body.user`), a user added to or removed
 * from a team (`body.user` + `body.team`). DailyBot has published no sample of these bodies, so this
 * reads them tolerantly: the user (and team) may be an object, a bare UUID, or (for user events) the
 * body itself.
 *
 * The output is a FIXED set of keys, the same for every delivery and the same as the sample: every
 * field DailyBot documents for a user (seed 001's user object and the user of its form webhooks, as
 * `user_<field>`, null when a delivery lacks it), and for team events the team's ID, name and
 * default flag. Anything else DailyBot sends is dropped: a key only some deliveries carry is one the
 * Zap builder never saw in the test step, and a JSON blob of extras is not something Zapier can map.
 * `find_user` names the same user fields the same way, without the prefix.
 */
import type { ZObject } from 'zapier-platform-core';

import { namePartFields, namePartsOf, personShape } from '../../names';
import { schema, type Infer, type ZodModule } from '../../schemas/lazy';
import { derivedId, isoDateTime, isRecord, unreadablePayload, usableId } from './common';
import { dateReader, toIsoDate } from './dates';
import { cutText } from './text';

/** An object as sent, or `{uuid}` for a bare UUID. */
const asObject = (value: unknown): Record<string, unknown> | undefined => {
  if (isRecord(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') return { uuid: value.trim() };
  return undefined;
};

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? cutText(value, 1_000) : typeof value === 'number' ? String(value) : null);
const flag = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);
/** The first value that is not null or undefined. */
const first = (...values: unknown[]): unknown => values.find((v) => v !== null && v !== undefined);

/** The user fields every organization event outputs (DailyBot's user object, seed 001 and the form webhook's user). */
export interface EventUser {
  user_uuid: string | null;
  user_full_name: string | null;
  user_first_name: string | null;
  user_last_name: string | null;
  user_email: string | null;
  user_is_active: boolean | null;
  user_username: string | null;
  user_role: string | null;
  user_occupation: string | null;
  user_timezone: string | null;
  user_image: string | null;
  user_bot_enabled: boolean | null;
  user_birth_date: string | null;
  user_work_days: number[] | null;
  user_work_start_time: string | null;
  user_timeoff_start: string | null;
  user_timeoff_end: string | null;
  user_chat_user_id: string | null;
}

/** Weekday numbers (1 = Monday), or null when DailyBot sent no list. */
const workDays = (value: unknown): number[] | null => {
  if (!Array.isArray(value)) return null;
  return value.slice(0, 7).map((day) => (typeof day === 'string' && /^\d+$/.test(day) ? Number(day) : day)).filter((day): day is number => Number.isInteger(day));
};

/**
 * The event's user. A delivery that names no user (or a user without an ID) is still passed on, with
 * the fields it lacks null. Time off is a date (ISO 8601, from DailyBot's DD/MM/YYYY: see dates.ts).
 */
const readUser = (body: Record<string, unknown>, bodyMayBeUser: boolean, dates: ReturnType<typeof dateReader>): EventUser => {
  const user = asObject(body.user) ?? asObject(body.member) ?? (bodyMayBeUser && (body.uuid || body.email) ? body : undefined);
  const uuid = usableId(user?.uuid) ?? usableId(user?.id) ?? usableId(body.user_uuid);
  const email = text(user?.email) ?? text(body.user_email);
  const chat = isRecord(user?.chat_platform_data) ? user.chat_platform_data : undefined;
  const fullName = text(user?.full_name) ?? text(user?.name);
  return {
    user_uuid: uuid,
    user_full_name: fullName,
    ...namePartsOf('user_', fullName),
    user_email: email,
    user_is_active: flag(first(user?.is_active, user?.active)),
    user_username: text(user?.username),
    user_role: text(user?.role),
    user_occupation: text(user?.occupation),
    user_timezone: text(user?.timezone),
    user_image: text(user?.image),
    user_bot_enabled: flag(user?.bot_enabled),
    user_birth_date: text(user?.birth_date),
    user_work_days: workDays(user?.work_days),
    // webhooks write `hour_init_work` (as PATCH /users/ takes it), the REST user `work_start_time`
    user_work_start_time: text(first(user?.hour_init_work, user?.work_start_time)),
    user_timeoff_start: dates.read('user_timeoff_start', user?.timeoff_start, toIsoDate),
    user_timeoff_end: dates.read('user_timeoff_end', user?.timeoff_end, toIsoDate),
    user_chat_user_id: text(chat?.user_external_id),
  };
};

export interface OrganizationEventContext {
  event: string;
  eventTimestamp?: unknown;
}

const isoDate = (zod: ZodModule) => zod.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO 8601 date');

const eventShape = (zod: ZodModule) => ({
  id: zod.string().min(1),
  event: zod.string().min(1),
  event_timestamp: isoDateTime(zod).nullable(),
  ...personShape(zod, 'user_'),
  user_is_active: zod.boolean().nullable(),
  user_username: zod.string().nullable(),
  user_role: zod.string().nullable(),
  user_occupation: zod.string().nullable(),
  user_timezone: zod.string().nullable(),
  user_image: zod.string().nullable(),
  user_bot_enabled: zod.boolean().nullable(),
  user_birth_date: zod.string().nullable(),
  user_work_days: zod.array(zod.number().int()).nullable(),
  user_work_start_time: zod.string().nullable(),
  user_timeoff_start: isoDate(zod).nullable(),
  user_timeoff_end: isoDate(zod).nullable(),
  user_chat_user_id: zod.string().nullable(),
  unreadable_dates: zod.string().optional(),
});

/** Exactly these keys: strict, so a key that only some deliveries would carry fails the tests. */
export const UserEventOutput = schema((zod) => zod.strictObject(eventShape(zod)));
export type UserEvent = Infer<typeof UserEventOutput>;

export const TeamMemberEventOutput = schema((zod) =>
  zod.strictObject({
    ...eventShape(zod),
    team_uuid: zod.string().nullable(),
    team_name: zod.string().nullable(),
    team_is_default: zod.boolean().nullable(),
  }),
);
export type TeamMemberEvent = Infer<typeof TeamMemberEventOutput>;

/** The event's ID: who and (for team events) which team, the event and its time; else one made from the content. */
const eventId = (ctx: OrganizationEventContext, body: unknown, eventTimestamp: string | null, user: EventUser, teamUuid?: string | null): string => {
  const who = user.user_uuid ?? user.user_email;
  return who ? [who, teamUuid, ctx.event, eventTimestamp].filter(Boolean).join(':') : derivedId(ctx.event, ctx.eventTimestamp, body);
};

/** `organization.user_activated` / `organization.user_deactivated`. */
export const normalizeUserEvent = (z: ZObject, body: unknown, ctx: OrganizationEventContext): UserEvent => {
  if (!isRecord(body)) throw unreadablePayload(z, 'a user event', 'it was not an object');
  const dates = dateReader();
  const eventTimestamp = dates.read('event_timestamp', ctx.eventTimestamp);
  const user = readUser(body, true, dates);
  return { id: eventId(ctx, body, eventTimestamp, user), event: ctx.event, event_timestamp: eventTimestamp, ...user, ...dates.unreadable() };
};

/** `organization.team_user_added` / `organization.team_user_removed`. */
export const normalizeTeamMemberEvent = (z: ZObject, body: unknown, ctx: OrganizationEventContext): TeamMemberEvent => {
  if (!isRecord(body)) throw unreadablePayload(z, 'a team membership event', 'it was not an object');
  const dates = dateReader();
  const eventTimestamp = dates.read('event_timestamp', ctx.eventTimestamp);
  const user = readUser(body, false, dates);
  const team = asObject(body.team);
  const teamUuid = usableId(team?.uuid) ?? usableId(team?.id) ?? usableId(body.team_uuid);
  return {
    id: eventId(ctx, body, eventTimestamp, user, teamUuid),
    event: ctx.event,
    event_timestamp: eventTimestamp,
    ...user,
    ...dates.unreadable(),
    team_uuid: teamUuid,
    team_name: text(team?.name) ?? text(body.team_name),
    team_is_default: flag(team?.is_default),
  };
};

/** The samples' person: every documented field filled in, as DailyBot's user object shows them (seed 001). */
const helen: Omit<EventUser, 'user_is_active'> = {
  user_uuid: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  user_full_name: 'Helen Wick',
  user_first_name: 'Helen',
  user_last_name: 'Wick',
  user_email: 'helen@example.com',
  user_username: 'HelenW',
  user_role: 'MEMBER',
  user_occupation: 'Designer',
  user_timezone: 'America/Bogota',
  user_image: 'https://secure.gravatar.com/avatar/helen.png',
  user_bot_enabled: true,
  user_birth_date: '10-26',
  user_work_days: [1, 2, 3, 4, 5],
  user_work_start_time: '09:00:00',
  user_timeoff_start: '2024-03-12',
  user_timeoff_end: '2024-03-18',
  user_chat_user_id: 'U04HELENW1K',
};

export const userEventSampleFor = (event: 'organization.user_activated' | 'organization.user_deactivated'): UserEvent => {
  const { user_uuid, user_full_name, user_first_name, user_last_name, user_email, ...rest } = helen;
  return {
    id: `${helen.user_uuid}:${event}:2024-02-08T16:20:05.118Z`,
    event,
    event_timestamp: '2024-02-08T16:20:05.118Z',
    user_uuid,
    user_full_name,
    user_first_name,
    user_last_name,
    user_email,
    user_is_active: event === 'organization.user_activated',
    ...rest,
  };
};

export const teamMemberEventSampleFor = (event: 'organization.team_user_added' | 'organization.team_user_removed'): TeamMemberEvent => {
  const { user_uuid, user_full_name, user_first_name, user_last_name, user_email, ...rest } = helen;
  return {
    id: `${helen.user_uuid}:13883b5b-7066-47aa-ad0c-63bbc89eb986:${event}:2024-02-08T16:25:41.530Z`,
    event,
    event_timestamp: '2024-02-08T16:25:41.530Z',
    user_uuid,
    user_full_name,
    user_first_name,
    user_last_name,
    user_email,
    user_is_active: true,
    ...rest,
    team_uuid: '13883b5b-7066-47aa-ad0c-63bbc89eb986',
    team_name: 'General',
    team_is_default: true,
  };
};

export const userEventOutputFields = [
  { key: 'id', label: 'Event ID' },
  { key: 'event', label: 'Event' },
  { key: 'event_timestamp', label: 'Event Time', type: 'datetime' as const },
  { key: 'user_uuid', label: 'User ID' },
  { key: 'user_full_name', label: 'User Full Name' },
  ...namePartFields('user_', 'User'),
  { key: 'user_email', label: 'User Email' },
  { key: 'user_is_active', label: 'User Active', type: 'boolean' as const },
  { key: 'user_username', label: 'User Username' },
  { key: 'user_role', label: 'User Role' },
  { key: 'user_occupation', label: 'User Occupation' },
  { key: 'user_timezone', label: 'User Time Zone' },
  { key: 'user_image', label: 'User Avatar URL' },
  { key: 'user_bot_enabled', label: 'User Bot Enabled', type: 'boolean' as const },
  { key: 'user_birth_date', label: 'User Birthday (MM-DD)' },
  { key: 'user_work_days', label: 'User Work Days (1 = Monday)', type: 'integer' as const, list: true },
  { key: 'user_work_start_time', label: 'User Work Start Time' },
  { key: 'user_timeoff_start', label: 'User Time Off Start' },
  { key: 'user_timeoff_end', label: 'User Time Off End' },
  { key: 'user_chat_user_id', label: 'User Chat Platform User ID' },
];

export const teamMemberEventOutputFields = [
  ...userEventOutputFields,
  { key: 'team_uuid', label: 'Team ID' },
  { key: 'team_name', label: 'Team Name' },
  { key: 'team_is_default', label: 'Team Is Default', type: 'boolean' as const },
];
