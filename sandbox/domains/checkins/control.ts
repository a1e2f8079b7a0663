/** `/_sandbox/` routes for check-in responses: someone answers, edits or deletes (each fires its webhook). */
import type { FastifyInstance } from 'fastify';

import { BodyCheck } from '../../core/checks';
import type { ControlRoute, Params } from '../../core/domain';
import type { SandboxState } from '..';
import { readAnswers } from './answers';
import type { ResponseInput } from './state';

export const CHECKINS_CONTROL: readonly ControlRoute[] = [
  ['POST   /_sandbox/checkins/{id}/responses', 'complete a check-in {user?, answers?, blocker?, date?} → followups.response.completed'],
  ['PATCH  /_sandbox/checkin-responses/{uuid}', 'edit a response {answers?, blocker?} → followups.response.updated'],
  ['DELETE /_sandbox/checkin-responses/{uuid}', 'delete a response → followups.response.deleted'],
];

const responseInput = (body: unknown, withUser: boolean): ResponseInput => {
  const check = new BodyCheck(body, withUser ? ['user', 'answers', 'blocker', 'date'] : ['answers', 'blocker']);
  const input: ResponseInput = { answers: readAnswers(check) };
  if (withUser) {
    input.user = check.string('user') ?? undefined;
    input.date = check.date('date') ?? undefined;
  }
  const blocker = check.body.blocker;
  if (typeof blocker === 'string' && blocker.trim() !== '') input.blocker = blocker;
  else if (blocker !== undefined) input.blocker = check.boolean('blocker') ?? undefined;
  check.done();
  return input;
};

export const checkinsControl = (app: FastifyInstance, state: SandboxState): void => {
  app.post<Params<'id'>>('/checkins/:id/responses', async (req, reply) => {
    const r = state.completeCheckinResponse(req.params.id.toLowerCase(), responseInput(req.body, true));
    return reply.code(201).send(state.checkinResponsePayload(r));
  });
  app.patch<Params<'uuid'>>('/checkin-responses/:uuid', async (req) => {
    return state.checkinResponsePayload(state.updateCheckinResponse(req.params.uuid.toLowerCase(), responseInput(req.body, false)));
  });
  app.delete<Params<'uuid'>>('/checkin-responses/:uuid', async (req, reply) => {
    state.deleteCheckinResponse(req.params.uuid.toLowerCase());
    return reply.code(204).send();
  });
};
