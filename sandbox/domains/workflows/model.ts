/** DailyBot workflows (automations) and their runs (dailybot-api-beyond.md §4). */

/** How a workflow starts; only `api_trigger` ("When triggered via API or button") runs from the API. */
export type TriggerType = 'api_trigger' | 'manual' | 'command_execution' | 'scheduled_task_execution';

export interface Workflow {
  id: string;
  name: string;
  description: string;
  trigger_type: TriggerType;
  active: boolean;
  /** Turned off in the automations builder: a trigger is refused (`workflow_frozen`). */
  frozen: boolean;
  owner: string;
  total_runs: number;
  last_run_at: Date | null;
  created_at: Date;
}

declare module '../../core/organization' {
  interface OrganizationData {
    workflows: Map<string, Workflow>;
    /** False: the plan has no workflows (`plan_upgrade_required` on every workflow request). */
    workflowsOnPlan: boolean;
    /** The secret in the Workflow Trigger URL (`/workflow-trigger/<token>/`). */
    workflowTriggerToken: string;
    /** The Workflow Trigger URL's optional secret (`secret` in each event); `null`: none set. */
    workflowTriggerSecret: string | null;
  }
  interface DemoIds {
    /** An `api_trigger` workflow: "Vacation approved: update the team calendar". */
    vacationWorkflow: string;
    /** A scheduled workflow, not runnable from the API. */
    digestWorkflow: string;
    /** An `api_trigger` workflow that is frozen. */
    frozenWorkflow: string;
  }
}

declare module '../../core/outbox' {
  interface OutboxKinds {
    /** A run DailyBot queued (`POST /workflows/{uuid}/trigger/`). */
    workflow: { workflow: string; payload: Record<string, unknown>; by: string };
    /**
     * An event posted to the Workflow Trigger URL: its type, its other fields (the secret left out), and
     * whether its secret matched (`false`: DailyBot still answers 200, but no workflow may start on it).
     */
    workflow_event: { event_type: string; fields: Record<string, unknown>; secret_ok: boolean };
  }
}
