/**
 * DailyBot Trigger through its own webhook methods and `webhook`, against the sandbox: activation
 * subscribes (bearer kept in static data), DailyBot's delivery becomes the Zapier trigger's output, a
 * forged bearer starts nothing (401), another check-in's event starts nothing, deactivation
 * unsubscribes and the next event is not delivered.
 */
import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import { byId, call, context, useWorld, type World } from './support';

const world = useWorld();

type Methods = { default: Record<'checkExists' | 'create' | 'delete', unknown> };

const trigger = (w: World) => new w.pkg.DailyBotTrigger() as unknown as { webhookMethods: Methods; webhook: unknown };

const activate = async (w: World, params: IDataObject, store: IDataObject, name: string) => {
  const node = trigger(w);
  const webhookUrl = w.hook.url(name);
  const { ctx } = context(w, { params, store, webhookUrl });
  expect(await call(node.webhookMethods.default.checkExists, ctx)).toBe(false);
  expect(await call(node.webhookMethods.default.create, ctx)).toBe(true);
  expect(await call(node.webhookMethods.default.checkExists, ctx)).toBe(true);
  return { node, webhookUrl };
};

const deliver = async (w: World, params: IDataObject, store: IDataObject, delivery: { headers: Record<string, unknown>; body: unknown }) => {
  const node = trigger(w);
  const headers = Object.fromEntries(Object.entries(delivery.headers).map(([k, v]) => [k, String(v)]));
  const { ctx, recorded } = context(w, { params, store, body: delivery.body as IDataObject, headers });
  const result = await call<IWebhookResponseData>(node.webhook, ctx);
  return { result, recorded };
};

describe('DailyBot Trigger', () => {
  it('checkin_response_completed: subscribes, turns the delivery into the trigger output, refuses a forged bearer, unsubscribes', async () => {
    const w = world();
    const s = w.sandbox.state;
    const params = { event: 'checkin_response_completed', checkin: byId(s.demo.standup) };
    const store: IDataObject = {};
    const { node, webhookUrl } = await activate(w, params, store, 'n8n-completed');
    const stored = store.dailybotSubscription as IDataObject;
    expect(stored).toMatchObject({ hook_url: webhookUrl, trigger: 'checkin_response_completed', filters: { checkin: s.demo.standup } });
    expect(String(stored.bearer)).toMatch(/^[0-9a-f]{64}$/);

    const response = s.completeCheckinResponse(s.demo.standup, { blocker: false });
    const [delivery] = await w.hook.waitFor(1, { url: webhookUrl });
    const { result } = await deliver(w, params, store, delivery!);
    expect(result.workflowData?.[0]).toEqual([
      { json: expect.objectContaining({ response_uuid: response.uuid, checkin_uuid: s.demo.standup, event: 'followups.response.completed' }) },
    ]);

    const forged = await deliver(w, params, store, { headers: { ...delivery!.headers, 'x-bearer': 'f'.repeat(64) }, body: delivery!.body });
    expect(forged.result).toEqual({ noWebhookResponse: true });
    expect(forged.recorded.response?.status).toBe(401);
    const missing = await deliver(w, params, store, { headers: { 'content-type': 'application/json' }, body: delivery!.body });
    expect(missing.result.workflowData).toBeUndefined();

    const { ctx } = context(w, { params, store, webhookUrl });
    expect(await call(node.webhookMethods.default.delete, ctx)).toBe(true);
    expect(store.dailybotSubscription).toBeUndefined();
    w.hook.clear();
    s.completeCheckinResponse(s.demo.standup, { blocker: false });
    await s.idle();
    expect(w.hook.receivedAt(webhookUrl)).toEqual([]);
  });
});
