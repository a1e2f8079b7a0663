/** `/_sandbox/` routes for form responses: someone submits, edits or deletes one (each fires its webhook). */
import type { FastifyInstance } from 'fastify';

import { BodyCheck } from '../../core/checks';
import type { ControlRoute, Params } from '../../core/domain';
import type { SandboxState } from '..';
import { readAnswers } from '../checkins/answers';
import type { EditRefusal } from './model';

export const FORMS_CONTROL: readonly ControlRoute[] = [
  ['POST   /_sandbox/forms/{id}/responses', 'submit a form {user?, guest?, answers?} → forms.response.created'],
  ['PATCH  /_sandbox/form-responses/{uuid}', 'edit a form response {answers?} → forms.response.updated'],
  ['DELETE /_sandbox/form-responses/{uuid}', 'delete a form response → forms.response.deleted'],
  ['POST   /_sandbox/form-responses/{uuid}/decision', 'an approver decides {status: approved|denied, by?} → forms.response.updated'],
  ['POST   /_sandbox/form-responses/{uuid}/move', 'move a response {to_state, by?, note?} → forms.response.updated'],
  ['PUT    /_sandbox/forms/edit-refusal', 'how someone else’s response is refused to the key’s owner {style: none | 403 | 404} (edits; deletes 403 unless none)'],
  ['PUT    /_sandbox/forms/quota', 'form responses the plan still allows {remaining: n | null}; at 0 a submission is a 402'],
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
  app.post<Params<'uuid'>>('/form-responses/:uuid/decision', async (req) => {
    const check = new BodyCheck(req.body, ['status', 'by']);
    const status = check.string('status', { required: true });
    const by = check.string('by');
    if (status !== undefined && status !== null && status !== 'approved' && status !== 'denied') check.fail('status', 'Use "approved" or "denied".');
    check.done();
    const approver = state.requireUser(by ?? state.demo.manager);
    const r = state.decideFormResponse(req.params.uuid.toLowerCase(), status as 'approved' | 'denied', approver);
    return state.formResponseItem(r, approver);
  });
  app.post<Params<'uuid'>>('/form-responses/:uuid/move', async (req) => {
    const check = new BodyCheck(req.body, ['to_state', 'by', 'note']);
    const to = check.string('to_state', { required: true });
    const by = check.string('by');
    const note = check.string('note') ?? null;
    check.done();
    const who = state.requireUser(by ?? state.demo.manager);
    return state.formResponseItem(state.moveFormResponse(req.params.uuid.toLowerCase(), to!, who, note), who);
  });
  app.put('/forms/edit-refusal', async (req) => {
    const check = new BodyCheck(req.body, ['style']);
    const style = check.string('style', { required: true });
    if (style !== 'none' && style !== '403' && style !== '404') check.fail('style', 'Use "none", "403" or "404".');
    check.done();
    state.setFormResponseEditRefusal(style as EditRefusal);
    return { style };
  });
  app.put('/forms/quota', async (req) => {
    const check = new BodyCheck(req.body, ['remaining']);
    const remaining = check.integer('remaining', { required: true, nullable: true, min: 0 });
    check.done();
    state.setFormResponseQuota(remaining ?? null);
    return { remaining: remaining ?? null };
  });
  app.delete<Params<'uuid'>>('/form-responses/:uuid', async (req, reply) => {
    state.deleteFormResponse(req.params.uuid.toLowerCase());
    return reply.code(204).send();
  });
};
