/**
 * Invitations: `POST /invite-user/` and `GET /pending-invitations/` (DailyBot's developer docs,
 * invitations; dailybot-api-beyond.md §6: OFFICIAL-DOC only).
 *
 * - Body: `users_identifiers` (1 to 100; with "@" an email, else a chat platform user ID),
 *   `is_guest_account_invite`, `joinable_team_uuids`, `joinable_followup_uuids`.
 * - Answer: `{dailybot_members: {count, members}, users_invited: {count, members}}` (the docs' "rest
 *   of the body" is unread). The docs show no member item: the sandbox gives members as short users
 *   `{uuid, full_name, email}` and the invited as the identifiers given.
 * - Organization admins only (the notes' "probably", modelled): 403 `org_admin_required`.
 */
import type { FastifyInstance } from 'fastify';

import { viewer } from '../../core/auth';
import { BodyCheck } from '../../core/checks';
import type { Domain } from '../../core/domain';
import { ApiError, invalid, noValidTeam } from '../../core/errors';
import { paginate } from '../../core/paging';
import { offsetTimestamp } from '../../core/time';
import type { SandboxState } from '..';
import type { Invitation } from './model';

export const MAX_INVITES = 100;

class InvitationOperations {
  readonly #s: SandboxState;
  constructor(s: SandboxState) {
    this.#s = s;
  }
  get invitations(): ReadonlyMap<string, Invitation> {
    return this.#s.data.invitations;
  }
}

const routes = (app: FastifyInstance, state: SandboxState): void => {
  app.post('/invite-user/', async (req) => {
    const me = viewer(req);
    if (me.role !== 'ADMIN') throw new ApiError(403, { detail: 'Only organization admins can invite users.', code: 'org_admin_required' });
    const check = new BodyCheck(req.body, ['users_identifiers', 'is_guest_account_invite', 'joinable_team_uuids', 'joinable_followup_uuids']);
    const identifiers = check.strings('users_identifiers', { required: true }) ?? [];
    const guest = check.boolean('is_guest_account_invite') ?? false;
    const teams = check.strings('joinable_team_uuids', { allowEmpty: true }) ?? [];
    const checkins = check.strings('joinable_followup_uuids', { allowEmpty: true }) ?? [];
    if (identifiers.length > MAX_INVITES) check.fail('users_identifiers', `Invite at most ${MAX_INVITES} people at a time.`);
    check.done();
    if (teams.some((t) => !state.teams.has(t.toLowerCase()))) throw noValidTeam();
    const unknown = checkins.filter((c) => !state.checkins.has(c.toLowerCase()));
    if (unknown.length > 0) throw invalid({ joinable_followup_uuids: [`No check-in with the ID ${unknown.join(', ')}.`] });

    const users = [...state.users.values()];
    const members: Array<{ uuid: string; full_name: string; email: string }> = [];
    const invited: string[] = [];
    for (const identifier of identifiers) {
      const key = identifier.trim().toLowerCase();
      const user = users.find((u) => (key.includes('@') ? u.email.toLowerCase() === key : u.external_id.toLowerCase() === key));
      if (user) {
        members.push({ uuid: user.uuid, full_name: user.full_name, email: user.email });
        continue;
      }
      invited.push(identifier.trim());
      const id = state.rng.uuid();
      state.data.invitations.set(id, { id, identifier: identifier.trim(), is_guest: guest, teams, checkins, invited_by: me.uuid, invited_at: state.now() });
    }
    return { dailybot_members: { count: members.length, members }, users_invited: { count: invited.length, members: invited } };
  });

  app.get('/pending-invitations/', async (req) =>
    paginate(req, [...state.data.invitations.values()], (i) => ({
      id: i.id,
      user_identifier: i.identifier,
      is_guest_account_invite: i.is_guest,
      joinable_team_uuids: i.teams,
      joinable_followup_uuids: i.checkins,
      created_at: offsetTimestamp(i.invited_at, state.org.timezone),
    })),
  );
};

export const invitations: Domain<InvitationOperations> = {
  name: 'invitations',
  seed: (ctx) => {
    ctx.data.invitations = new Map();
  },
  operations: InvitationOperations,
  routes,
};
