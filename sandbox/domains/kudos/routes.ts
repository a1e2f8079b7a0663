/**
 * `POST /kudos/` (seed 001) and its `/_sandbox/` twin, which takes people by UUID or email.
 *
 * The body as DailyBot's official CLI describes the server (`DailybotHQ/cli` `api_client.give_kudos`):
 * `receivers` is the canonical list, people's and teams' UUIDs merged, and the server rejects it empty;
 * `users_receivers` / `teams_receivers` say which are which (teams expand to their members). A client
 * that sends only `receivers` (seed 001's example) names people there.
 *
 * The listings `GET /kudos/organization/` (every kudos, organization admins only: 403
 * `org_admin_required` otherwise) and `GET /kudos/?filter=kudos_received|kudos_given` (the caller's,
 * lowercase filters only, 400 "Not valid kudos filter" else; both when omitted), newest first and
 * paged (dailybot-api-beyond.md §6, from the official CLI).
 */
import type { FastifyInstance } from 'fastify';

import { viewer } from '../../core/auth';
import { BodyCheck } from '../../core/checks';
import type { ControlRoute } from '../../core/domain';
import { ApiError, badRequest, invalid } from '../../core/errors';
import { paginate, queryParam } from '../../core/paging';
import type { SandboxState } from '..';
import { kudosBody, kudosView } from './views';

const FILTERS = ['kudos_received', 'kudos_given'] as const;

export const kudosRoutes = (app: FastifyInstance, state: SandboxState): void => {
  // the later given first when two share a moment (a frozen clock)
  const newestFirst = () => [...state.kudos].reverse().sort((a, b) => b.created_at.getTime() - a.created_at.getTime());
  const view = (k: (typeof state.kudos)[number]) => kudosView(k, state.users, state.org);

  app.get('/kudos/organization/', async (req) => {
    if (viewer(req).role !== 'ADMIN') {
      throw new ApiError(403, { detail: 'Only organization admins can see every kudos.', code: 'org_admin_required' });
    }
    return paginate(req, newestFirst(), view);
  });

  app.get('/kudos/', async (req) => {
    const filter = queryParam(req, 'filter');
    if (filter !== undefined && !(FILTERS as readonly string[]).includes(filter)) throw badRequest('invalid', 'Not valid kudos filter');
    const me = viewer(req).uuid;
    const mine = newestFirst().filter(
      (k) => (filter !== 'kudos_given' && k.receivers.includes(me)) || (filter !== 'kudos_received' && k.giver === me),
    );
    return paginate(req, mine, view);
  });

  app.post('/kudos/', async (req, reply) => {
    const check = new BodyCheck(req.body, ['receivers', 'users_receivers', 'teams_receivers', 'company_value', 'content', 'is_anonymous', 'by_dailybot', 'exchange_token']);
    const merged = check.strings('receivers', { required: true, allowEmpty: false });
    const usersReceivers = check.strings('users_receivers', { nullable: true });
    const teams = check.strings('teams_receivers', { nullable: true }) ?? [];
    const receivers = usersReceivers ?? (merged ?? []).filter((uuid) => !teams.includes(uuid));
    const named = new Set([...receivers, ...teams]);
    if (merged && merged.some((uuid) => !named.has(uuid))) {
      check.fail('receivers', 'Each receiver must also be in users_receivers or teams_receivers.');
    }
    const content = check.string('content', { required: true, maxLength: 2000 });
    const companyValue = check.string('company_value', { nullable: true, blank: true });
    const anonymous = check.boolean('is_anonymous') ?? false;
    const byDailybot = check.boolean('by_dailybot') ?? false;
    check.string('exchange_token', { nullable: true });
    check.done();
    const kudos = state.postKudos({
      giver: viewer(req).uuid,
      receivers,
      teams,
      content: content!,
      company_value: companyValue,
      is_anonymous: anonymous,
      by_dailybot: byDailybot,
    });
    state.recordKudos(kudos);
    return reply.code(201).send(kudosView(kudos, state.users, state.org));
  });
};

export const KUDOS_CONTROL: readonly ControlRoute[] = [
  ['POST   /_sandbox/kudos', 'give kudos {giver?, receivers, teams_receivers?, content?, is_anonymous?, company_value?} → kudos.posted'],
];

/** The giver defaults to the key owner. */
export const kudosControl = (app: FastifyInstance, state: SandboxState): void => {
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
};
