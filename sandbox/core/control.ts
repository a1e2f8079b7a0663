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
import { BodyCheck } from './checks';
import { HOOK_DELETE_STYLES } from './hook-delete';
import { absoluteUrl, DEFAULT_LIMIT, DEFAULT_PAGE_SIZE, MAX_LIMIT, MAX_PAGE_SIZE, PAGING_STYLES, queryParam } from './paging';

const INDEX: ControlRoute = ['GET    /_sandbox/', 'this index: keys, URLs, demo IDs'];

const CORE_ROUTES: readonly ControlRoute[] = [
  ['GET    /_sandbox/outbox?kind=', 'what DailyBot sent: message, email, kudos, activity, reminder, conversation'],
  ['GET    /_sandbox/requests?path=', 'requests received, with their headers (path: a prefix)'],
  ['POST   /_sandbox/faults', 'inject a fault {method?, path, status?, body?, delay_ms?, retry_after?, drop_connection?, non_json?, times?}'],
  ['GET    /_sandbox/faults', 'the faults and how often they hit'],
  ['DELETE /_sandbox/faults', 'remove every fault (or /_sandbox/faults/{id} for one)'],
  ['GET    /_sandbox/paging', 'how lists are paged now'],
  ['POST   /_sandbox/paging', 'page lists {style: "offset" (limit/offset, the docs) | "page" (page/page_size, the CLI)}'],
  ['GET    /_sandbox/hook-delete', 'which DELETE removes a webhook now'],
  ['POST   /_sandbox/hook-delete', 'remove webhooks by {style: "any" | "query" (seed 001) | "item" (seed 002) | "body" (newer docs)}'],
  ['GET    /_sandbox/rate-limit', 'the rate limit and how many requests it refused'],
  ['POST   /_sandbox/rate-limit', 'limit API requests {per_minute: 60 | null}; the window starts afresh'],
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
      workflow_trigger_url: `${base}/workflow-trigger/${state.workflowTriggerToken}/`,
      workflow_trigger_secret: state.workflowTriggerSecret,
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

  // ── Paging style and rate limit
  const paging = () =>
    state.paging === 'page'
      ? { style: 'page', parameters: ['page', 'page_size'], default_page_size: DEFAULT_PAGE_SIZE, max_page_size: MAX_PAGE_SIZE }
      : { style: 'offset', parameters: ['limit', 'offset'], default_page_size: DEFAULT_LIMIT, max_page_size: MAX_LIMIT };
  /** `GET|POST /_sandbox/<path>`: a sandbox switch between named styles (`{style}`), shown by `show`. */
  const styleSwitch = <S extends string>(path: string, styles: readonly [S, ...S[]], set: (style: S) => void, show: () => unknown) => {
    app.get(path, async () => show());
    app.post(path, async (req) => {
      const check = new BodyCheck(req.body, ['style']);
      const style = check.choice('style', styles, { required: true });
      check.done();
      set(style!);
      return show();
    });
  };
  styleSwitch('/paging', PAGING_STYLES, (style) => (state.paging = style), paging);
  styleSwitch('/hook-delete', HOOK_DELETE_STYLES, (style) => (state.hookDelete = style), () => ({ style: state.hookDelete }));
  const rateLimit = () => ({ per_minute: state.rateLimit.perMinute, throttled: state.rateLimit.throttled });
  app.get('/rate-limit', async () => rateLimit());
  app.post('/rate-limit', async (req) => {
    const check = new BodyCheck(req.body, ['per_minute']);
    const perMinute = check.integer('per_minute', { required: true, nullable: true, min: 1 });
    check.done();
    state.rateLimit.set(perMinute ?? null);
    return rateLimit();
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
