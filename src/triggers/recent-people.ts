/**
 * Real people for the organization triggers' test steps (performList). DailyBot lists no past
 * activations or team changes, so each step shows people as they are now, in exactly the shape a
 * delivery of its event gives (the same normalizer, fed the REST user object seed 001 documents;
 * `GET /teams/{uuid}/members/` items are that same object):
 *
 * - User Activated: active people of `GET /users/` (one page); User Deactivated: the deactivated ones.
 * - Team triggers with a team chosen: its members (`GET /teams/{uuid}/members/`) with the team
 *   itself (`GET /teams/{uuid}/`, for the name and default flag a delivery's `team` carries), side
 *   by side: two requests. Without a team: one page of teams, then the members of one team at a
 *   time (active teams first) until one has members: two requests as a rule.
 * At most MAX_PEOPLE items; none found gives [] (Zapier then offers the sample).
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { api } from '../http/client';
import { firstPage } from '../http/paginate';
import { schema } from '../schemas/lazy';
import { Team } from '../schemas/api';
import type { ListContext } from './hook';
import { normalizeTeamMemberEvent, normalizeUserEvent, type TeamMemberEvent, type UserEvent } from './normalize/organization';
import { MAX_PEOPLE, readUntilAccepted } from './recent';

/** A person is handed to the normalizer as DailyBot sent it; the normalizer reads it. */
const AnyPerson = schema((zod) => zod.looseObject({}));

const isDeactivated = (person: Record<string, unknown>): boolean => person.is_active === false || person.active === false;

export const recentUserEvents = async (z: ZObject, bundle: Bundle, ctx: ListContext): Promise<UserEvent[]> => {
  const people = await firstPage(z, bundle, { path: '/users/', params: { include_email: 'true' }, item: AnyPerson, what: 'users' });
  const wanted = ctx.event === 'organization.user_deactivated';
  return people
    .filter((person) => isDeactivated(person) === wanted)
    .slice(0, MAX_PEOPLE)
    .map((person) => normalizeUserEvent(z, { user: person }, { event: ctx.event }));
};

const membersOf = (z: ZObject, bundle: Bundle, teamUuid: string) =>
  firstPage(z, bundle, { path: `/teams/${encodeURIComponent(teamUuid)}/members/`, item: AnyPerson, what: 'team members' });

/** Members as deliveries of `event` for `team` (a delivery's `team` is `{uuid, name, is_default}`). */
const asEvents = (z: ZObject, members: Record<string, unknown>[], team: Team, event: string): TeamMemberEvent[] =>
  members.map((member) => normalizeTeamMemberEvent(z, { user: member, team }, { event }));

export const recentTeamMemberEvents = async (z: ZObject, bundle: Bundle, ctx: ListContext): Promise<TeamMemberEvent[]> => {
  if (ctx.filter) {
    const [team, members] = await Promise.all([api(z, bundle, { path: `/teams/${encodeURIComponent(ctx.filter)}/` }, Team), membersOf(z, bundle, ctx.filter)]);
    return asEvents(z, members, team, ctx.event).slice(0, MAX_PEOPLE);
  }
  const teams = await firstPage(z, bundle, { path: '/teams/', item: Team, what: 'teams' });
  const activeFirst = [...teams.filter((t) => t.active !== false), ...teams.filter((t) => t.active === false)];
  const items = await readUntilAccepted(activeFirst, async (team) => asEvents(z, await membersOf(z, bundle, team.uuid), team, ctx.event), ctx.accepts);
  return items.slice(0, MAX_PEOPLE);
};
