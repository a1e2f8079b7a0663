/** Workflows in DailyBot's API: list, one, trigger (dailybot-api-beyond.md §4; DailyBot's CLI). */
import type { FastifyInstance } from 'fastify';

import { viewer } from '../../core/auth';
import { BodyCheck } from '../../core/checks';
import type { ControlRoute, Params } from '../../core/domain';
import { need } from '../../core/organization';
import { paginate } from '../../core/paging';
import { offsetTimestamp } from '../../core/time';
import type { SandboxState } from '..';
import type { Workflow } from './model';

/** A workflow as `GET /workflows/` lists it (DailyBot's developer docs' sample; `id`, as the CLI says workflows still have). */
const workflowView = (w: Workflow, state: SandboxState) => {
  const owner = state.users.get(w.owner);
  const tz = state.org.timezone;
  return {
    id: w.id,
    name: w.name,
    description: w.description,
    trigger_type: w.trigger_type,
    active: w.active,
    visible: true,
    action_summary: w.description,
    metadata: {},
    owner: owner ? { uuid: owner.uuid, full_name: owner.full_name } : null,
    user_can_update: true,
    user_can_delete: true,
    total_runs: w.total_runs,
    last_run_at: w.last_run_at ? offsetTimestamp(w.last_run_at, tz) : null,
    created_at: offsetTimestamp(w.created_at, tz),
    updated_at: offsetTimestamp(w.created_at, tz),
  };
};

export const workflowRoutes = (app: FastifyInstance, state: SandboxState): void => {
  app.get('/workflows/', async (req) => {
    state.requireWorkflowsOnPlan();
    return paginate(req, [...state.workflows.values()], (w) => workflowView(w, state));
  });
  app.get<Params<'uuid'>>('/workflows/:uuid/', async (req) => {
    state.requireWorkflowsOnPlan();
    return workflowView(need(state.workflows, req.params.uuid.toLowerCase()), state);
  });
  /** `{payload?: {...}}` → 202 `{queued, workflow_uuid, detail}`. */
  app.post<Params<'uuid'>>('/workflows/:uuid/trigger/', async (req, reply) => {
    const check = new BodyCheck(req.body ?? {}, ['payload']);
    const payload = check.has('payload') ? (req.body as { payload: unknown }).payload : undefined;
    check.done();
    return reply.code(202).send(state.triggerWorkflow(req.params.uuid.toLowerCase(), payload, viewer(req)));
  });
};

export const WORKFLOWS_CONTROL: readonly ControlRoute[] = [['PUT    /_sandbox/workflows/plan', 'workflows on the plan {on}; off: every workflow request is 403 plan_upgrade_required']];

export const workflowsControl = (app: FastifyInstance, state: SandboxState): void => {
  app.put('/workflows/plan', async (req) => {
    const check = new BodyCheck(req.body, ['on']);
    const on = check.boolean('on', { required: true });
    check.done();
    state.setWorkflowsOnPlan(on === true);
    return { on: on === true };
  });
};
