/** Kudos: giving them, the organization's company values, and `kudos.posted`. */
import type { Domain } from '../../core/domain';
import { KUDOS_CONTROL, kudosControl, kudosRoutes } from './routes';
import { seedKudos } from './seed';
import { KudosOperations } from './state';
import { kudosBody } from './views';

export const kudos: Domain<KudosOperations> = {
  name: 'kudos',
  seed: seedKudos,
  operations: KudosOperations,
  routes: kudosRoutes,
  control: { index: KUDOS_CONTROL, routes: kudosControl },
  samples: {
    'kudos.posted': (state) => {
      const k = state.kudos[state.kudos.length - 1];
      return k ? kudosBody(k, state.users, state.org) : {};
    },
  },
};
