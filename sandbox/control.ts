/**
 * `/_sandbox/` routes: not DailyBot's API, no key needed. They make things happen in the
 * organization (the same state operations the API uses, so the same webhooks fire) and show what
 * the sandbox saw: outbox, webhook deliveries, subscriptions, requests; plus faults and reset.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

import { BodyCheck, isPlainObject } from './checks';
import { ApiError, badRequest, invalid } from './errors';
import type { Answers, ResponseInput, SandboxState } from './state';
import { absoluteUrl, queryParam } from './paging';
import { kudosBody, teamView, userEventBody } from './views';

type Params<K extends string> = { Params: Record<K, string> };

/** The routes, for `GET /_sandbox/` and the CLI. */
export const CONTROL_ROUTES: ReadonlyArray<readonly [string, string]> = [
  ['GET    /_sandbox/', 'this index: keys, URLs, demo IDs'],
  ['POST   /_sandbox/checkins/{id}/responses', 'complete a check-in {user?, answers?, blocker?, date?} → followups.response.completed'],
  ['PATCH  /_sandbox/checkin-responses/{uuid}', 'edit a response {answers?, blocker?} → followups.response.updated'],
  ['DELETE /_sandbox/checkin-responses/{uuid}', 'delete a response → followups.response.deleted'],
  ['POST   /_sandbox/forms/{id}/responses', 'submit a form {user?, guest?, answers?} → forms.response.created'],
  ['PATCH  /_sandbox/form-responses/{uuid}', 'edit a form response {answers?} → forms.response.updated'],
  ['DELETE /_sandbox/form-responses/{uuid}', 'delete a form response → forms.response.deleted'],
  ['POST   /_sandbox/kudos', 'give kudos {giver?, receivers, teams_receivers?, content?, is_anonymous?, company_value?} → kudos.posted'],
  ['POST   /_sandbox/users/{uuid|email}/activate', '→ organization.user_activated'],
  ['POST   /_sandbox/users/{uuid|email}/deactivate', '→ organization.user_deactivated'],
  ['POST   /_sandbox/teams/{uuid}/members', 'add {user} → organization.team_user_added'],
  ['DELETE /_sandbox/teams/{uuid}/members/{uuid|email}', '→ organization.team_user_removed'],
  ['GET    /_sandbox/outbox?kind=', 'what DailyBot sent: message, email, kudos, activity, reminder, conversation'],
  ['GET    /_sandbox/deliveries?event=&hook_id=', 'webhook delivery log, with status codes'],
  ['GET    /_sandbox/idle', 'wait until every webhook delivery has finished'],
  ['GET    /_sandbox/subscriptions', 'webhook subscriptions'],
  ['GET    /_sandbox/requests?path=', 'requests received, with their headers (path: a prefix)'],
  ['POST   /_sandbox/faults', 'inject a fault {method?, path, status?, body?, delay_ms?, retry_after?, drop_connection?, non_json?, times?}'],
  ['GET    /_sandbox/faults', 'the faults and how often they hit'],
  ['DELETE /_sandbox/faults', 'remove every fault (or /_sandbox/faults/{id} for one)'],
  ['POST   /_sandbox/reset', 'back to the freshly seeded organization'],
];

/** `answers` as the state takes them: a list in question order or an object keyed by question UUID. */
const readAnswers = (check: BodyCheck): Answers | undefined => {
  const value = check.body.answers;
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value) && value.every((a) => typeof a === 'string')) return value as string[];
  if (isPlainObject(value) && Object.values(value).every((a) => typeof a === 'string')) return value as Record<string, string>;
  check.fail('answers', 'Give the answers as a list of strings (in question order) or an object {question UUID: answer}.');
  return undefined;
};

const responseInput = (body: unknown, withUser: boolean): ResponseInput => {
  const check = new BodyCheck(body, withUser ? ['user', 'answers', 'blocker', 'date'] : ['answers', 'blocker']);
  const input: ResponseInput = { answers: readAnswers(check) };
  if (withUser) {
    input.user = check.string('user') ?? undefined;
    input.date = check.date('date') ?? undefined;
  }
  const blocker = check.body.blocker;
  if (typeof blocker === 'string' && blocker.trim() !== '') input.blocker = blocker;
  else if (blocker !== undefined) input.blocker = check.boolean('blocker') ?? undefined;
  check.done();
  return input;
};

export const controlRoutes = (state: SandboxState) => async (app: FastifyInstance) => {
  app.get('/', async (req: FastifyRequest) => {
    const base = absoluteUrl(req).origin;
    const d = state.demo;
    const user = (uuid: string) => {
      const u = state.users.get(uuid)!;
      return { uuid: u.uuid, full_name: u.full_name, email: u.email, occupation: u.occupation, is_active: u.is_active };
    };
    return {
      api_url: `${base}/v1`,
      api_key: state.apiKey,
      free_plan_key: state.freePlanKey,
      inactive_owner_key: state.inactiveOwnerKey,
      activity_hook_url: `${base}/activity/${state.activityToken}/`,
      seed: state.seed,
      users: state.users.size,
      today: state.today(),
      demo: {
        owner: user(d.owner),
        manager: user(d.manager),
        inactive_user: user(d.inactiveUser),
        standup: { id: d.standup, name: state.checkins.get(d.standup)?.name, blocker_question: d.blockerQuestion },
        anonymous_checkin: { id: d.anonymousCheckin, name: state.checkins.get(d.anonymousCheckin)?.name },
        engineering_team: { uuid: d.engineeringTeam, name: state.teams.get(d.engineeringTeam)?.name },
        general_team: { uuid: d.generalTeam, name: state.teams.get(d.generalTeam)?.name },
        vacation_form: { id: d.vacationForm, name: state.forms.get(d.vacationForm)?.name },
        anonymous_form: { id: d.anonymousForm, name: state.forms.get(d.anonymousForm)?.name },
      },
      routes: CONTROL_ROUTES.map(([route, what]) => ({ route: route.replace(/\s+/, ' '), what })),
    };
  });

  // ── Check-in responses
  app.post<Params<'id'>>('/checkins/:id/responses', async (req, reply) => {
    const r = state.completeCheckinResponse(req.params.id.toLowerCase(), responseInput(req.body, true));
    return reply.code(201).send(state.checkinResponsePayload(r));
  });
  app.patch<Params<'uuid'>>('/checkin-responses/:uuid', async (req) => {
    return state.checkinResponsePayload(state.updateCheckinResponse(req.params.uuid.toLowerCase(), responseInput(req.body, false)));
  });
  app.delete<Params<'uuid'>>('/checkin-responses/:uuid', async (req, reply) => {
    state.deleteCheckinResponse(req.params.uuid.toLowerCase());
    return reply.code(204).send();
  });

  // ── Form responses
  app.post<Params<'id'>>('/forms/:id/responses', async (req, reply) => {
    const check = new BodyCheck(req.body, ['user', 'guest', 'answers']);
    const input = { user: check.string('user') ?? undefined, guest: check.boolean('guest') ?? undefined, answers: readAnswers(check) };
    check.done();
    return reply.code(201).send(state.formResponsePayload(state.createFormResponse(req.params.id.toLowerCase(), input)));
  });
  app.patch<Params<'uuid'>>('/form-responses/:uuid', async (req) => {
    const check = new BodyCheck(req.body, ['answers']);
    const answers = readAnswers(check);
    check.done();
    return state.formResponsePayload(state.updateFormResponse(req.params.uuid.toLowerCase(), { answers }));
  });
  app.delete<Params<'uuid'>>('/form-responses/:uuid', async (req, reply) => {
    state.deleteFormResponse(req.params.uuid.toLowerCase());
    return reply.code(204).send();
  });

  // ── Kudos: users by UUID or email; the giver defaults to the key owner
  app.post('/kudos', async (req, reply) => {
    const check = new BodyCheck(req.body, ['giver', 'receivers', 'teams_receivers', 'content', 'is_anonymous', 'company_value', 'by_dailybot']);
    const giver = check.string('giver') ?? undefined;
    const receivers = check.strings('receivers', { acceptOne: true }) ?? [];
    const teams = check.strings('teams_receivers', { acceptOne: true }) ?? [];
    const content = check.string('content') ?? 'Thanks for your help this week!';
    const anonymous = check.boolean('is_anonymous') ?? false;
    const byDailybot = check.boolean('by_dailybot') ?? false;
    const companyValue = check.string('company_value', { nullable: true });
    check.done();
    if (receivers.length === 0 && teams.length === 0) throw invalid({ receivers: ['Give at least one receiver.'] });
    const kudos = state.postKudos({
      giver: state.requireUser(giver ?? state.demo.owner).uuid,
      receivers: receivers.map((r) => state.requireUser(r).uuid),
      teams,
      content,
      is_anonymous: anonymous,
      by_dailybot: byDailybot,
      company_value: companyValue,
    });
    return reply.code(201).send(kudosBody(kudos, state.users, state.org));
  });

  // ── People and teams
  app.post<Params<'user' | 'action'>>('/users/:user/:action', async (req) => {
    const { action } = req.params;
    if (action !== 'activate' && action !== 'deactivate') throw badRequest('invalid', 'Use /activate or /deactivate.');
    const user = state.setUserActive(state.requireUser(req.params.user).uuid, action === 'activate');
    return userEventBody(user);
  });
  app.post<Params<'team'>>('/teams/:team/members', async (req) => {
    const check = new BodyCheck(req.body, ['user']);
    const ref = check.string('user', { required: true });
    check.done();
    const team = state.team(req.params.team.toLowerCase());
    const added = state.addTeamMembers(team.uuid, [state.requireUser(ref!)]);
    return { team: teamView(team), added: added.map((u) => u.uuid) };
  });
  app.delete<Params<'team' | 'user'>>('/teams/:team/members/:user', async (req, reply) => {
    state.removeTeamMember(req.params.team.toLowerCase(), state.requireUser(req.params.user).uuid);
    return reply.code(204).send();
  });

  // ── What the sandbox saw
  app.get('/outbox', async (req) => {
    const kind = queryParam(req, 'kind');
    return state.outbox.filter((e) => !kind || e.kind === kind);
  });
  app.delete('/outbox', async (_req, reply) => {
    state.clearOutbox();
    return reply.code(204).send();
  });
  app.get('/deliveries', async (req) => {
    const event = queryParam(req, 'event');
    const hookId = queryParam(req, 'hook_id');
    return state.deliveries.filter((d) => (!event || d.event === event) && (!hookId || d.hook_id === hookId));
  });
  app.get('/idle', async () => {
    await state.idle();
    return { pending: state.webhooks.pendingCount, deliveries: state.deliveries.length };
  });
  app.get('/subscriptions', async () => state.subscriptions.map((s) => ({ ...s, created_at: s.created_at.toISOString() })));
  app.get('/requests', async (req) => {
    const path = queryParam(req, 'path');
    return state.requests.filter((r) => !path || r.path.startsWith(path));
  });

  // ── Faults and reset
  app.get('/faults', async () => state.faults.all);
  app.post('/faults', async (req, reply) => reply.code(201).send(state.faults.add(req.body)));
  app.delete('/faults', async (_req, reply) => {
    state.faults.clear();
    return reply.code(204).send();
  });
  app.delete<Params<'id'>>('/faults/:id', async (req, reply) => {
    if (!state.faults.remove(Number(req.params.id))) throw new ApiError(404, { detail: `No fault ${req.params.id}.`, code: 'not_found' });
    return reply.code(204).send();
  });
  app.post('/reset', async () => {
    state.reset();
    return { detail: 'The organization is freshly seeded.', users: state.users.size, seed: state.seed };
  });
};
