/** Agent reports from bots, CI jobs and coding agents, added to co-authors' stand-ups (issue 20). */
import type { Domain } from '../../core/domain';
import { AGENTS_CONTROL, agentRoutes, agentsControl } from './routes';
import { AgentOperations } from './state';

export const agents: Domain<AgentOperations> = {
  name: 'agents',
  seed: (ctx) => {
    ctx.data.agentReports = [];
  },
  operations: AgentOperations,
  routes: agentRoutes,
  control: { index: AGENTS_CONTROL, routes: agentsControl },
};
