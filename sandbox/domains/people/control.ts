/** `/_sandbox/` routes for people and teams: (de)activate someone, change a team's members. */
import type { FastifyInstance } from 'fastify';

import { BodyCheck } from '../../core/checks';
import type { ControlRoute, Params } from '../../core/domain';
import { badRequest } from '../../core/errors';
import type { SandboxState } from '..';
import { ME_STYLES, type MeStyle } from './state';
import { teamView, userEventBody } from './views';

export const PEOPLE_CONTROL: readonly ControlRoute[] = [
  ['POST   /_sandbox/users/{uuid|email}/activate', '→ organization.user_activated'],
  ['POST   /_sandbox/users/{uuid|email}/deactivate', '→ organization.user_deactivated'],
  ['POST   /_sandbox/teams/{uuid}/members', 'add {user} → organization.team_user_added'],
  ['DELETE /_sandbox/teams/{uuid}/members/{uuid|email}', '→ organization.team_user_removed'],
  ['POST   /_sandbox/me', 'how GET /me/ answers {style: flat|nested} (default: SANDBOX_ME_STYLE, else flat)'],
];

export const peopleControl = (app: FastifyInstance, state: SandboxState): void => {
  app.post<Params<'user' | 'action'>>('/users/:user/:action', async (req) => {
    const { action } = req.params;
    if (action !== 'activate' && action !== 'deactivate') throw badRequest('invalid', 'Use /activate or /deactivate.');
    const user = state.setUserActive(state.requireUser(req.params.user).uuid, action === 'activate');
    return userEventBody(user);
  });
  app.post<Params<'team'>>('/teams/:team/members', async (req) => {
    const check = new BodyCheck(req.body, ['user']);
    const ref = check.string('user', { required: true });
    check.done();
    const team = state.team(req.params.team.toLowerCase());
    const added = state.addTeamMembers(team.uuid, [state.requireUser(ref!)]);
    return { team: teamView(team), added: added.map((u) => u.uuid) };
  });
  app.post('/me', async (req) => {
    const check = new BodyCheck(req.body, ['style']);
    const style = check.string('style', { required: true });
    if (style && !(ME_STYLES as readonly string[]).includes(style)) check.fail('style', `"${style}" is not a valid choice: ${ME_STYLES.join(', ')}.`);
    check.done();
    state.setMeStyle(style as MeStyle);
    return { style: state.meStyle };
  });
  app.delete<Params<'team' | 'user'>>('/teams/:team/members/:user', async (req, reply) => {
    state.removeTeamMember(req.params.team.toLowerCase(), state.requireUser(req.params.user).uuid);
    return reply.code(204).send();
  });
};
