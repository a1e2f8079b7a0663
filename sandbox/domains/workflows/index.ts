/** Workflows (DailyBot's automations): listing them, running the ones triggered by API, and the Workflow Trigger URL's events. */
import type { Domain } from '../../core/domain';
import { WORKFLOWS_CONTROL, workflowRoutes, workflowsControl } from './routes';
import { seedWorkflows } from './seed';
import { WorkflowOperations } from './state';
import { WORKFLOW_TRIGGER_CONTROL, workflowTriggerControl, workflowTriggerRoutes } from './trigger-url';

export const workflows: Domain<WorkflowOperations> = {
  name: 'workflows',
  seed: seedWorkflows,
  operations: WorkflowOperations,
  routes: workflowRoutes,
  publicRoutes: workflowTriggerRoutes,
  control: {
    index: [...WORKFLOWS_CONTROL, ...WORKFLOW_TRIGGER_CONTROL],
    routes: (app, state) => {
      workflowsControl(app, state);
      workflowTriggerControl(app, state);
    },
  },
  showDemo: (state) => ({
    vacation_workflow: { id: state.demo.vacationWorkflow, name: state.workflows.get(state.demo.vacationWorkflow)?.name },
    frozen_workflow: { id: state.demo.frozenWorkflow, name: state.workflows.get(state.demo.frozenWorkflow)?.name },
  }),
};
