/** People and teams: users, teams and their members, `/me/` and `/organization/`; the API keys' owners. */
import type { Domain } from '../../core/domain';
import type { SandboxState } from '..';
import { PEOPLE_CONTROL, peopleControl } from './control';
import { peopleRoutes } from './routes';
import { seedPeople } from './seed';
import { PeopleOperations, defaultMeStyle } from './state';
import type { User } from './model';
import { teamEventBody, userEventBody } from './views';

const owner = (state: SandboxState): User => state.users.get(state.demo.owner)!;

export const people: Domain<PeopleOperations> = {
  name: 'people',
  seed: seedPeople,
  operations: PeopleOperations,
  routes: peopleRoutes,
  control: { index: PEOPLE_CONTROL, routes: peopleControl },
  reset: (state) => state.setMeStyle(defaultMeStyle()),
  showDemo: (state) => {
    const d = state.demo;
    const user = (uuid: string) => {
      const u = state.users.get(uuid)!;
      return { uuid: u.uuid, full_name: u.full_name, email: u.email, occupation: u.occupation, is_active: u.is_active };
    };
    return {
      owner: user(d.owner),
      manager: user(d.manager),
      inactive_user: user(d.inactiveUser),
      engineering_team: { uuid: d.engineeringTeam, name: state.teams.get(d.engineeringTeam)?.name },
      general_team: { uuid: d.generalTeam, name: state.teams.get(d.generalTeam)?.name },
    };
  },
  samples: {
    'organization.user_activated': (state) => userEventBody(owner(state)),
    'organization.user_deactivated': (state) => userEventBody(owner(state)),
    'organization.team_user_added': (state) => teamEventBody(owner(state), state.team(state.demo.generalTeam)),
    'organization.team_user_removed': (state) => teamEventBody(owner(state), state.team(state.demo.generalTeam)),
  },
};
