/** Stand-up updates: `POST /cli/updates/` into the key owner's stand-ups for today (issue 20). */
import type { Domain } from '../../core/domain';
import { STANDUP_CONTROL, standupControl, standupRoutes } from './routes';
import { StandupOperations } from './state';

export const standup: Domain<StandupOperations> = {
  name: 'standup',
  seed: (ctx) => {
    ctx.data.standupAdditions = [];
  },
  operations: StandupOperations,
  routes: standupRoutes,
  control: { index: STANDUP_CONTROL, routes: standupControl },
};
