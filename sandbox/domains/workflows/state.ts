/**
 * Running a workflow (`POST /workflows/{uuid}/trigger/`), as DailyBot's CLI documents it: only an
 * `api_trigger` workflow runs (400 `workflow_not_triggerable`), a frozen one is refused (DailyBot's
 * CLI API reference says 409, its workflow skill 403: the sandbox answers 409, the app reads both),
 * the payload is a JSON object of at most 8 KiB (400 `workflow_trigger_payload_invalid`), and the
 * run is queued (202). Without workflows on the plan: 403 `plan_upgrade_required` with `upgrade_url`.
 */
import { ApiError, badRequest } from '../../core/errors';
import { need } from '../../core/organization';
import type { SandboxState } from '..';
import type { User } from '../people/model';
import type { Workflow } from './model';

export const MAX_PAYLOAD_BYTES = 8 * 1024;

export class WorkflowOperations {
  readonly #s: SandboxState;

  constructor(s: SandboxState) {
    this.#s = s;
  }

  get workflows(): ReadonlyMap<string, Workflow> {
    return this.#s.data.workflows;
  }

  /** Throws DailyBot's plan error when the plan has no workflows. */
  requireWorkflowsOnPlan(): void {
    if (!this.#s.data.workflowsOnPlan) {
      throw new ApiError(403, { detail: 'Workflows are not available on your plan.', code: 'plan_upgrade_required', upgrade_url: 'https://app.dailybot.com/billing' });
    }
  }

  /** Turns workflows on or off for the plan (`PUT /_sandbox/workflows/plan`). */
  setWorkflowsOnPlan(on: boolean): void {
    this.#s.data.workflowsOnPlan = on;
  }

  /** Queues a run of `id` with `payload`, as `by`; gives what DailyBot answers (202). */
  triggerWorkflow(id: string, payload: unknown, by: User): { queued: true; workflow_uuid: string; detail: string } {
    this.requireWorkflowsOnPlan();
    const workflow = need(this.#s.data.workflows, id);
    if (workflow.trigger_type !== 'api_trigger') {
      throw badRequest('workflow_not_triggerable', 'This workflow is not triggered via API or button.');
    }
    if (workflow.frozen) throw new ApiError(409, { detail: 'This workflow is frozen.', code: 'workflow_frozen' });
    const body = payload ?? {};
    if (typeof body !== 'object' || body === null || Array.isArray(body) || Buffer.byteLength(JSON.stringify(body), 'utf8') > MAX_PAYLOAD_BYTES) {
      throw badRequest('workflow_trigger_payload_invalid', 'The payload must be a JSON object of at most 8 KiB.');
    }
    workflow.total_runs += 1;
    workflow.last_run_at = this.#s.now();
    this.#s.send({ kind: 'workflow', workflow: workflow.id, payload: body as Record<string, unknown>, by: by.uuid });
    return { queued: true, workflow_uuid: workflow.id, detail: 'Workflow trigger accepted.' };
  }

  get workflowTriggerToken(): string {
    return this.#s.data.workflowTriggerToken;
  }

  get workflowTriggerSecret(): string | null {
    return this.#s.data.workflowTriggerSecret;
  }

  /** Sets (or with `null` removes) the Workflow Trigger URL's secret (`PUT /_sandbox/workflows/trigger-secret`). */
  setWorkflowTriggerSecret(secret: string | null): void {
    this.#s.data.workflowTriggerSecret = secret;
  }

  /**
   * An event posted to the Workflow Trigger URL (dailybot-api-beyond.md §4): recorded in the outbox,
   * whether or not its secret matched. DailyBot answers 200 either way and does not say (SILENT on a
   * wrong secret): the sandbox records `secret_ok` so tests can tell.
   */
  receiveWorkflowEvent(body: Record<string, unknown>): void {
    const { event_type: eventType, secret, ...fields } = body;
    const expected = this.#s.data.workflowTriggerSecret;
    this.#s.send({ kind: 'workflow_event', event_type: String(eventType), fields, secret_ok: expected === null || secret === expected });
  }
}
