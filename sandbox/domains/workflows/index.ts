/** Workflows (DailyBot's automations): listing them and running the ones triggered by API. */
import type { Domain } from '../../core/domain';
import { WORKFLOWS_CONTROL, workflowRoutes, workflowsControl } from './routes';
import { seedWorkflows } from './seed';
import { WorkflowOperations } from './state';

export const workflows: Domain<WorkflowOperations> = {
  name: 'workflows',
  seed: seedWorkflows,
  operations: WorkflowOperations,
  routes: workflowRoutes,
  control: { index: WORKFLOWS_CONTROL, routes: workflowsControl },
  showDemo: (state) => ({
    vacation_workflow: { id: state.demo.vacationWorkflow, name: state.workflows.get(state.demo.vacationWorkflow)?.name },
    frozen_workflow: { id: state.demo.frozenWorkflow, name: state.workflows.get(state.demo.frozenWorkflow)?.name },
  }),
};
