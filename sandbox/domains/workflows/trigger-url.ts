/**
 * The Workflow Trigger URL (beta; dailybot-api-beyond.md §4): `POST /workflow-trigger/<token>/`,
 * outside `/v1/` and without an API key (the token in the URL is the secret), body
 * `{event_type, secret?, ...any fields}`. DailyBot answers 200 whether or not a workflow matched (an
 * empty body here: none is documented); an unknown token is 404, as any unknown path. An event without
 * an `event_type` is refused with 400 (the sandbox's choice: the docs only show events that have one).
 */
import type { FastifyInstance } from 'fastify';

import { BodyCheck } from '../../core/checks';
import type { ControlRoute, Params } from '../../core/domain';
import { badRequest, notFound } from '../../core/errors';
import type { SandboxState } from '..';

export const workflowTriggerRoutes = (app: FastifyInstance, state: SandboxState): void => {
  app.post<Params<'token'>>('/workflow-trigger/:token/', async (req, reply) => {
    if (req.params.token !== state.workflowTriggerToken) throw notFound();
    const body = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('invalid', 'The event must be a JSON object.');
    const eventType = (body as Record<string, unknown>).event_type;
    if (typeof eventType !== 'string' || eventType.trim() === '') throw badRequest('invalid', 'event_type is required.');
    state.receiveWorkflowEvent(body as Record<string, unknown>);
    return reply.code(200).send();
  });
};

export const WORKFLOW_TRIGGER_CONTROL: readonly ControlRoute[] = [
  ['PUT    /_sandbox/workflows/trigger-secret', 'the Workflow Trigger URL’s secret {secret} (null: none); events land in the outbox as workflow_event'],
];

export const workflowTriggerControl = (app: FastifyInstance, state: SandboxState): void => {
  app.put('/workflows/trigger-secret', async (req) => {
    const check = new BodyCheck(req.body, ['secret']);
    const secret = check.string('secret', { nullable: true });
    check.done();
    state.setWorkflowTriggerSecret(secret ?? null);
    return { secret: state.workflowTriggerSecret };
  });
};
