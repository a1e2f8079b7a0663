/**
 * How DailyBot shows people, teams and the organization: the REST answers of seed 001 and the
 * webhook bodies of dailybot-api-notes.md §1.3. Only documented fields appear, so an app tested here
 * does not come to depend on something the real API does not send.
 */
import type { Organization } from '../../core/organization';
import { dayMonthYear } from '../../core/time';
import type { Team, User } from './model';

export const organizationView = (org: Organization) => ({
  uuid: org.uuid,
  name: org.name,
  image: org.image,
  platform: org.platform,
  chat_platform_data: { is_active: true, organization_external_id: org.external_id },
  supported_domains: org.supported_domains,
  has_email_password_enabled: false,
});

/** A user as `GET /users/` lists it; `email` only with `include_email=true`. */
export const userView = (user: User, org: Organization, includeEmail = false) => ({
  uuid: user.uuid,
  is_active: user.is_active,
  bot_enabled: user.bot_enabled,
  full_name: user.full_name,
  role: user.role,
  timezone: user.timezone,
  image: user.image,
  username: user.username,
  occupation: user.occupation,
  birth_date: user.birth_date,
  chat_platform_data: { user_external_id: user.external_id },
  work_start_time: user.work_start_time,
  work_days: user.work_days,
  // The listing shows time off as DD/MM/YYYY (seed 001), though PATCH takes YYYY-MM-DD.
  timeoff_start: dayMonthYear(user.timeoff_start),
  timeoff_end: dayMonthYear(user.timeoff_end),
  organization: { uuid: org.uuid, name: org.name },
  ...(includeEmail ? { email: user.email } : {}),
});

/** `GET /me/`: the key owner, plus the flat organization fields older clients read. */
export const meView = (user: User, org: Organization, includeEmail = false) => ({
  ...userView(user, org, includeEmail),
  user: user.full_name,
  organization_uuid: org.uuid,
  organization_name: org.name,
});

/** `GET /me/` nested, as the official CLI's reference shows it (`SANDBOX_ME_STYLE=nested`). */
export const meNestedView = (user: User, org: Organization) => ({
  user: { uuid: user.uuid, full_name: user.full_name, email: user.email },
  organization: { uuid: org.uuid, name: org.name },
});

export const teamView = (team: Team) => ({ uuid: team.uuid, name: team.name, active: team.active, is_default: team.is_default });

/** The long user of a form response and organization events. */
export const webhookUser = (user: User) => ({
  uuid: user.uuid,
  full_name: user.full_name,
  image: user.image,
  role: user.role,
  is_active: user.is_active,
  bot_enabled: user.bot_enabled,
  timezone: user.timezone,
  occupation: user.occupation,
  birth_date: user.birth_date,
  chat_platform_data: { user_external_id: user.external_id, external_grid_id: null },
  work_days: user.work_days,
  timeoff_start: user.timeoff_start,
  timeoff_end: user.timeoff_end,
  hour_init_work: user.work_start_time,
  email: user.email,
});

/** `organization.user_activated|user_deactivated`. */
export const userEventBody = (user: User) => ({ user: webhookUser(user) });

/** `organization.team_user_added|team_user_removed`. */
export const teamEventBody = (user: User, team: Team) => ({ user: webhookUser(user), team: teamView(team) });
