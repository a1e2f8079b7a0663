/**
 * `/_sandbox/` routes: not DailyBot's API, no key needed. The core's show what the sandbox saw
 * (outbox, requests), and handle faults and reset; each domain adds the routes that make things happen
 * in it (the same state operations the API uses, so the same webhooks fire). `GET /_sandbox/` lists
 * them all, with the keys and the demo IDs.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

import type { SandboxState } from '../domains';
import type { ControlRoute, Domain, Params } from './domain';
import { ApiError } from './errors';
import { absoluteUrl, queryParam } from './paging';

const INDEX: ControlRoute = ['GET    /_sandbox/', 'this index: keys, URLs, demo IDs'];

const CORE_ROUTES: readonly ControlRoute[] = [
  ['GET    /_sandbox/outbox?kind=', 'what DailyBot sent: message, email, kudos, activity, reminder, conversation'],
  ['GET    /_sandbox/requests?path=', 'requests received, with their headers (path: a prefix)'],
  ['POST   /_sandbox/faults', 'inject a fault {method?, path, status?, body?, delay_ms?, retry_after?, drop_connection?, non_json?, times?}'],
  ['GET    /_sandbox/faults', 'the faults and how often they hit'],
  ['DELETE /_sandbox/faults', 'remove every fault (or /_sandbox/faults/{id} for one)'],
  ['POST   /_sandbox/reset', 'back to the freshly seeded organization'],
];

/** Every `/_sandbox/` route, for `GET /_sandbox/` and the CLI: the index, each domain's, then the core's. */
export const controlRoutes = (domains: readonly Domain[]): ControlRoute[] => [
  INDEX,
  ...domains.flatMap((d) => d.control?.index ?? []),
  ...CORE_ROUTES,
];

export const registerControl = (app: FastifyInstance, state: SandboxState): void => {
  app.get('/', async (req: FastifyRequest) => {
    const base = absoluteUrl(req).origin;
    return {
      api_url: `${base}/v1`,
      api_key: state.apiKey,
      free_plan_key: state.freePlanKey,
      inactive_owner_key: state.inactiveOwnerKey,
      activity_hook_url: `${base}/activity/${state.activityToken}/`,
      seed: state.seed,
      users: state.users.size,
      today: state.today(),
      demo: Object.assign({}, ...state.domains.map((d) => d.showDemo?.(state) ?? {})) as Record<string, unknown>,
      routes: controlRoutes(state.domains).map(([route, what]) => ({ route: route.replace(/\s+/, ' '), what })),
    };
  });

  for (const domain of state.domains) domain.control?.routes(app, state);

  // ── What the sandbox saw
  app.get('/outbox', async (req) => {
    const kind = queryParam(req, 'kind');
    return state.outbox.filter((e) => !kind || e.kind === kind);
  });
  app.delete('/outbox', async (_req, reply) => {
    state.clearOutbox();
    return reply.code(204).send();
  });
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
