/**
 * People and teams in DailyBot's API (seed 001, dailybot-api-notes.md §2): `/me/`, `/organization/`,
 * `/users/`, `/teams/` and team members.
 */
import type { FastifyInstance } from 'fastify';

import { viewer } from '../../core/auth';
import { BodyCheck, UUID_PATTERN, isPlainObject } from '../../core/checks';
import type { Params } from '../../core/domain';
import { notFound } from '../../core/errors';
import { paginate, queryFlag } from '../../core/paging';
import type { SandboxState } from '..';
import type { User } from './model';
import { meNestedView, meView, organizationView, teamView, userView } from './views';

const USER_FIELDS = [
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

const userParam = (state: SandboxState, uuid: string): User => {
  const user = UUID_PATTERN.test(uuid) ? state.users.get(uuid.toLowerCase()) : undefined;
  if (!user) throw notFound();
  return user;
};

export const peopleRoutes = (app: FastifyInstance, state: SandboxState): void => {
  // ── Me and organization
  app.get('/me/', async (req) =>
    state.meStyle === 'nested' ? meNestedView(viewer(req), state.org) : meView(viewer(req), state.org, queryFlag(req, 'include_email')),
  );
  app.get('/organization/', async () => organizationView(state.org));

  // ── Users
  app.get('/users/', async (req) => {
    const withEmail = queryFlag(req, 'include_email');
    return paginate(req, [...state.users.values()], (u) => userView(u, state.org, withEmail));
  });
  app.get<Params<'uuid'>>('/users/:uuid/', async (req) => userView(userParam(state, req.params.uuid), state.org, queryFlag(req, 'include_email')));
  /** Documented answer: none (an empty 200). */
  app.patch<Params<'uuid'>>('/users/:uuid/', async (req, reply) => {
    const user = userParam(state, req.params.uuid);
    const check = new BodyCheck(req.body, USER_FIELDS);
    const patch = {
      full_name: check.string('full_name', { maxLength: 150 }) ?? undefined,
      occupation: check.string('occupation', { blank: true, maxLength: 150 }) ?? undefined,
      birth_date: check.monthDay('birth_date', { nullable: true }),
      is_active: check.boolean('is_active') ?? undefined,
      bot_enabled: check.boolean('bot_enabled') ?? undefined,
      timezone: check.timeZone('timezone') ?? undefined,
      work_days: check.weekdays('work_days') ?? undefined,
      timeoff_start: check.date('timeoff_start', { nullable: true }),
      timeoff_end: check.date('timeoff_end', { nullable: true }),
      work_start_time: check.time('hour_init_work') ?? undefined,
    };
    const start = patch.timeoff_start === undefined ? user.timeoff_start : patch.timeoff_start;
    const end = patch.timeoff_end === undefined ? user.timeoff_end : patch.timeoff_end;
    if (start && end && end < start) check.fail('timeoff_end', 'The time off must end on or after its start.');
    check.done();
    state.updateUser(user.uuid, patch);
    return reply.code(200).send();
  });

  // ── Teams
  app.get('/teams/', async (req) => paginate(req, [...state.teams.values()], teamView));
  app.get<Params<'uuid'>>('/teams/:uuid/', async (req) => teamView(state.team(req.params.uuid.toLowerCase())));
  app.get<Params<'uuid'>>('/teams/:uuid/members/', async (req) => {
    const team = state.team(req.params.uuid.toLowerCase());
    const withEmail = queryFlag(req, 'include_email');
    return paginate(req, [...team.members].map((uuid) => state.users.get(uuid)!), (u) => userView(u, state.org, withEmail));
  });
  /** `{members: [{uuid, platform: "dailybot"}]}`; documented answer: no body, 200. */
  app.post<Params<'uuid'>>('/teams/:uuid/member/', async (req, reply) => {
    const team = state.team(req.params.uuid.toLowerCase());
    const check = new BodyCheck(req.body, ['members']);
    const members = check.list('members', { required: true, allowEmpty: false });
    if (members?.some((m) => !isPlainObject(m) || typeof m.uuid !== 'string' || m.platform !== 'dailybot')) {
      check.fail('members', 'Each member needs a "uuid" and "platform": "dailybot".');
    }
    check.done();
    const users = state.usersByUuid((members as Array<{ uuid: string }>).map((m) => m.uuid));
    state.addTeamMembers(team.uuid, users);
    return reply.code(200).send();
  });
  app.delete<Params<'uuid' | 'user'>>('/teams/:uuid/member/:user/', async (req, reply) => {
    state.removeTeamMember(req.params.uuid.toLowerCase(), req.params.user);
    return reply.code(204).send();
  });
};
