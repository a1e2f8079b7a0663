/**
 * `/webhook-subscription/` in DailyBot's API (dailybot-api-notes.md §1), and the `/_sandbox/` routes
 * that show subscriptions and deliveries.
 */
import type { FastifyInstance } from 'fastify';

import { BodyCheck } from '../../core/checks';
import type { ControlRoute, Params } from '../../core/domain';
import { invalid, notFound } from '../../core/errors';
import { queryParam } from '../../core/paging';
import type { SandboxState } from '..';
import { EVENTS, isEventName, type EventName } from './events';

export const webhookRoutes = (app: FastifyInstance, state: SandboxState): void => {
  app.post('/webhook-subscription/', async (req, reply) => {
    const check = new BodyCheck(req.body, ['hook_url', 'name', 'subscriptions', 'subscribed_objects', 'bearer', 'immediate_sample_event']);
    const hookUrl = check.url('hook_url', { required: true });
    const name = check.string('name', { nullable: true, maxLength: 255 });
    const events = check.strings('subscriptions', { required: true, acceptOne: true, allowEmpty: false });
    const objects = check.strings('subscribed_objects', { nullable: true }) ?? [];
    const bearer = check.string('bearer', { nullable: true, maxLength: 255 });
    const sample = check.boolean('immediate_sample_event') ?? false;
    const unknownEvents = events?.filter((e) => !isEventName(e)) ?? [];
    if (unknownEvents.length > 0) {
      check.fail('subscriptions', `Unknown event${unknownEvents.length > 1 ? 's' : ''}: ${unknownEvents.join(', ')}. Known events: ${EVENTS.join(', ')}.`);
    }
    const unknownObjects = objects.filter((o) => !state.checkins.has(o.toLowerCase()) && !state.forms.has(o.toLowerCase()));
    if (unknownObjects.length > 0) check.fail('subscribed_objects', `No check-in or form with the ID ${unknownObjects.join(', ')}.`);
    check.done();
    const s = state.subscribe({
      hook_url: hookUrl!,
      name,
      subscriptions: events as EventName[],
      subscribed_objects: objects,
      bearer,
      immediate_sample_event: sample,
    });
    return reply.code(201).send({
      id: s.id,
      hook_id: s.id,
      url: s.hook_url,
      hook_url: s.hook_url,
      name: s.name,
      subscriptions: s.subscriptions,
      created_at: s.created_at.toISOString(),
    });
  });
  /**
   * The three DELETE forms of DailyBot's sources, as the sandbox's `hookDelete` style allows (core/hook-delete.ts):
   * the collection with `hook_id` and/or `hook_url` as query parameters (`query`) or in a JSON body (`body`), or
   * the item (`item`). A form the style does not know answers as Django would: 405 on the collection, 404 for the item.
   */
  app.delete('/webhook-subscription/', async (req, reply) => {
    const style = state.hookDelete;
    if (style === 'item') return reply.code(405).send({ detail: 'Method "DELETE" not allowed.' });
    const check = new BodyCheck(style === 'query' ? {} : req.body, ['hook_id', 'hook_url']);
    const fromQuery = style !== 'body';
    const hookId = check.string('hook_id') ?? (fromQuery ? queryParam(req, 'hook_id') : undefined);
    const hookUrl = check.string('hook_url') ?? (fromQuery ? queryParam(req, 'hook_url') : undefined);
    check.done();
    if (!hookId && !hookUrl) throw invalid({ hook_id: ['Give hook_id or hook_url.'] });
    state.unsubscribe(hookId || undefined, hookUrl || undefined);
    return reply.code(204).send();
  });
  /** Seed 002's form: `DELETE /webhook-subscription/{HookUUID}/`. */
  app.delete<Params<'id'>>('/webhook-subscription/:id/', async (req, reply) => {
    if (state.hookDelete === 'query' || state.hookDelete === 'body') throw notFound();
    state.unsubscribe(req.params.id, undefined);
    return reply.code(204).send();
  });
};

export const WEBHOOKS_CONTROL: readonly ControlRoute[] = [
  ['GET    /_sandbox/deliveries?event=&hook_id=', 'webhook delivery log, with status codes'],
  ['GET    /_sandbox/idle', 'wait until every webhook delivery has finished'],
  ['GET    /_sandbox/subscriptions', 'webhook subscriptions'],
];

export const webhooksControl = (app: FastifyInstance, state: SandboxState): void => {
  app.get('/deliveries', async (req) => {
    const event = queryParam(req, 'event');
    const hookId = queryParam(req, 'hook_id');
    return state.deliveries.filter((d) => (!event || d.event === event) && (!hookId || d.hook_id === hookId));
  });
  app.get('/idle', async () => {
    await state.idle();
    return { pending: state.webhooks.pendingCount, deliveries: state.deliveries.length };
  });
  app.get('/subscriptions', async () => state.subscriptions.map((s) => ({ ...s, created_at: s.created_at.toISOString() })));
};
