/** `/_sandbox/` routes for form responses: someone submits, edits or deletes one (each fires its webhook). */
import type { FastifyInstance } from 'fastify';

import { BodyCheck } from '../../core/checks';
import type { ControlRoute, Params } from '../../core/domain';
import type { SandboxState } from '..';
import { readAnswers } from '../checkins/answers';

export const FORMS_CONTROL: readonly ControlRoute[] = [
  ['POST   /_sandbox/forms/{id}/responses', 'submit a form {user?, guest?, answers?} → forms.response.created'],
  ['PATCH  /_sandbox/form-responses/{uuid}', 'edit a form response {answers?} → forms.response.updated'],
  ['DELETE /_sandbox/form-responses/{uuid}', 'delete a form response → forms.response.deleted'],
];

export const formsControl = (app: FastifyInstance, state: SandboxState): void => {
  app.post<Params<'id'>>('/forms/:id/responses', async (req, reply) => {
    const check = new BodyCheck(req.body, ['user', 'guest', 'answers']);
    const input = { user: check.string('user') ?? undefined, guest: check.boolean('guest') ?? undefined, answers: readAnswers(check) };
    check.done();
    return reply.code(201).send(state.formResponsePayload(state.createFormResponse(req.params.id.toLowerCase(), input)));
  });
  app.patch<Params<'uuid'>>('/form-responses/:uuid', async (req) => {
    const check = new BodyCheck(req.body, ['answers']);
    const answers = readAnswers(check);
    check.done();
    return state.formResponsePayload(state.updateFormResponse(req.params.uuid.toLowerCase(), { answers }));
  });
  app.delete<Params<'uuid'>>('/form-responses/:uuid', async (req, reply) => {
    state.deleteFormResponse(req.params.uuid.toLowerCase());
    return reply.code(204).send();
  });
};
