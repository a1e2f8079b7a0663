/** The organization's workflows: two that run by API (one frozen), one scheduled, one run by command. */
import type { SeedContext } from '../../core/seed';
import type { Workflow } from './model';

export const seedWorkflows = (ctx: SeedContext): void => {
  const { rng, now, data } = ctx;
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
  const workflow = (name: string, description: string, trigger_type: Workflow['trigger_type'], fields: Partial<Workflow> = {}): Workflow => ({
    id: rng.workflows.uuid(),
    name,
    description,
    trigger_type,
    active: true,
    frozen: false,
    owner: data.demo.owner,
    total_runs: 0,
    last_run_at: null,
    created_at: daysAgo(60),
    ...fields,
  });
  const vacation = workflow('Vacation approved: update the team calendar', 'Adds approved time off to the team calendar and tells the team.', 'api_trigger', {
    total_runs: 12,
    last_run_at: daysAgo(3),
  });
  const digest = workflow('Friday digest', 'Posts the week’s check-in highlights every Friday.', 'scheduled_task_execution', { total_runs: 8, last_run_at: daysAgo(2) });
  const deploy = workflow('Deploy notes', 'Posts release notes when CI says a deploy finished.', 'api_trigger', { frozen: true, active: false });
  const onboarding = workflow('Onboarding', 'Welcomes a new teammate when someone types /onboard.', 'command_execution');
  data.workflows = new Map([vacation, digest, deploy, onboarding].map((w) => [w.id, w]));
  data.workflowsOnPlan = true;
  // after the workflows: nothing else draws from this stream
  data.workflowTriggerToken = rng.workflows.hex(32);
  data.workflowTriggerSecret = `wt-${rng.workflows.hex(16)}`;
  Object.assign(data.demo, { vacationWorkflow: vacation.id, digestWorkflow: digest.id, frozenWorkflow: deploy.id });
};
