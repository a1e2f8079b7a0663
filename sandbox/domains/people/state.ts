/**
 * What can happen to people and teams: profile changes, (de)activation and team membership, each
 * firing its `organization.*` webhook; and the lookups every other domain uses to name people.
 * Merged into the state (`state.setUserActive(…)`).
 */
import { EMAIL_PATTERN, UUID_PATTERN } from '../../core/checks';
import { ApiError, noValidTeam, notFound, usersNotFound } from '../../core/errors';
import { need, stripUndefined } from '../../core/organization';
import type { SandboxState } from '..';
import type { Team, User } from './model';
import { teamEventBody, userEventBody } from './views';

/**
 * How `GET /me/` answers: `flat` (seed 001) or `nested` (`user: {uuid, full_name, email}`,
 * `organization: {uuid, name}`, as the official CLI's reference shows it). `SANDBOX_ME_STYLE=nested`
 * sets it when the sandbox starts (and on reset); `POST /_sandbox/me {style}` while it runs.
 */
export type MeStyle = 'flat' | 'nested';
export const ME_STYLES: readonly MeStyle[] = ['flat', 'nested'];
export const defaultMeStyle = (): MeStyle => (process.env.SANDBOX_ME_STYLE?.trim().toLowerCase() === 'nested' ? 'nested' : 'flat');

export type UserPatch = Partial<Omit<User, 'uuid' | 'email' | 'username' | 'role' | 'image' | 'external_id' | 'language'>>;

export class PeopleOperations {
  readonly #s: SandboxState;
  #meStyle: MeStyle = defaultMeStyle();

  constructor(s: SandboxState) {
    this.#s = s;
  }

  get meStyle(): MeStyle {
    return this.#meStyle;
  }
  setMeStyle(style: MeStyle): void {
    this.#meStyle = style;
  }

  get users(): ReadonlyMap<string, User> {
    return this.#s.data.users;
  }
  get teams(): ReadonlyMap<string, Team> {
    return this.#s.data.teams;
  }
  team(uuid: string): Team {
    return need(this.#s.data.teams, uuid);
  }

  /** A user by UUID or email (case-insensitive). */
  findUser(ref: string): User | undefined {
    const byUuid = this.#s.data.users.get(ref.toLowerCase()) ?? this.#s.data.users.get(ref);
    if (byUuid) return byUuid;
    if (!EMAIL_PATTERN.test(ref)) return undefined;
    const email = ref.trim().toLowerCase();
    for (const user of this.#s.data.users.values()) if (user.email === email) return user;
    return undefined;
  }

  /** Like findUser, but a miss is a 404 naming the reference (for the /_sandbox/ routes). */
  requireUser(ref: string): User {
    const user = this.findUser(ref);
    if (!user) throw new ApiError(404, { detail: `No user "${ref}" in this organization.`, code: 'not_found' });
    return user;
  }

  /** The UUIDs as users; any unknown one fails the whole request (`one_or_more_users_not_found`). */
  usersByUuid(uuids: readonly string[]): User[] {
    return uuids.map((uuid) => {
      const user = UUID_PATTERN.test(uuid) ? this.#s.data.users.get(uuid.toLowerCase()) : undefined;
      if (!user) throw usersNotFound();
      return user;
    });
  }

  teamsByUuid(uuids: readonly string[]): Team[] {
    return uuids.map((uuid) => {
      const team = UUID_PATTERN.test(uuid) ? this.#s.data.teams.get(uuid.toLowerCase()) : undefined;
      if (!team) throw noValidTeam();
      return team;
    });
  }

  /** Active members of teams, without repeats. */
  membersOf(teams: readonly Team[]): string[] {
    const out = new Set<string>();
    for (const team of teams) for (const uuid of team.members) if (this.#s.data.users.get(uuid)?.is_active) out.add(uuid);
    return [...out];
  }

  /** Changes a user's profile; a change of `is_active` fires `organization.user_(de)activated`. */
  updateUser(uuid: string, patch: UserPatch): User {
    const user = need(this.#s.data.users, uuid);
    const { is_active, ...rest } = stripUndefined(patch);
    Object.assign(user, rest);
    if (is_active !== undefined) this.setUserActive(uuid, is_active);
    return user;
  }

  setUserActive(uuid: string, active: boolean): User {
    const user = need(this.#s.data.users, uuid);
    if (user.is_active === active) return user;
    user.is_active = active;
    this.#s.webhooks.dispatch(active ? 'organization.user_activated' : 'organization.user_deactivated', undefined, userEventBody(user));
    return user;
  }

  /** Adds users to a team; each one who was not a member fires `organization.team_user_added`. */
  addTeamMembers(teamUuid: string, users: readonly User[]): User[] {
    const team = this.team(teamUuid);
    const added = users.filter((u, i) => !team.members.has(u.uuid) && users.indexOf(u) === i);
    for (const user of added) {
      team.members.add(user.uuid);
      this.#s.webhooks.dispatch('organization.team_user_added', undefined, teamEventBody(user, team));
    }
    return added;
  }

  /** Removes a member (404 when the user is not in the team): `organization.team_user_removed`. */
  removeTeamMember(teamUuid: string, userUuid: string): void {
    const team = this.team(teamUuid);
    const user = this.#s.data.users.get(userUuid.toLowerCase());
    if (!user || !team.members.has(user.uuid)) throw notFound();
    team.members.delete(user.uuid);
    this.#s.webhooks.dispatch('organization.team_user_removed', undefined, teamEventBody(user, team));
  }
}
