/**
 * DailyBot Trigger through its own webhook methods and `webhook`, against the sandbox, for every event
 * (one row each): activation subscribes (bearer kept in static data), DailyBot's delivery becomes the
 * Zapier trigger's output, a forged bearer starts nothing (401), another check-in's event starts
 * nothing, deactivation unsubscribes and the next event is not delivered.
 */
import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import { triggerPlans } from '../../n8n/src/generated/triggers';
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

type State = World['sandbox']['state'];

const someone = (s: State, keep: (uuid: string) => boolean) => [...s.users.values()].find((u) => u.is_active && u.uuid !== s.demo.owner && u.uuid !== s.demo.manager && keep(u.uuid))!;
const completed = (s: State) => s.completeCheckinResponse(s.demo.standup, { blocker: false });
const newForm = (s: State) => s.createFormResponse(s.demo.vacationForm, { user: s.demo.manager, answers: ['2026-12-21', '2027-01-02', 'Sam covers.'] });

/** One row per event: the node's filter, how to make the event happen, fields the output must have. */
const EVENTS: Record<string, { filter: (s: State) => IDataObject; fire: (s: State) => IDataObject }> = {
  checkin_response_completed: { filter: (s) => ({ checkin: byId(s.demo.standup) }), fire: (s) => ({ response_uuid: completed(s).uuid, checkin_uuid: s.demo.standup }) },
  checkin_blocker_reported: {
    filter: (s) => ({ checkin: byId(s.demo.standup) }),
    fire: (s) => ({ response_uuid: s.completeCheckinResponse(s.demo.standup, { blocker: 'Waiting for staging.' }).uuid, has_blocker: true }),
  },
  checkin_response_updated: {
    filter: (s) => ({ checkin: byId(s.demo.standup) }),
    fire: (s) => ({ response_uuid: s.updateCheckinResponse(completed(s).uuid, { answers: ['Shipped the export.'] }).uuid, answer_1: 'Shipped the export.' }),
  },
  checkin_response_deleted: { filter: (s) => ({ checkin: byId(s.demo.standup) }), fire: (s) => ({ response_uuid: s.deleteCheckinResponse(completed(s).uuid).uuid }) },
  form_response_created: { filter: (s) => ({ form: byId(s.demo.vacationForm) }), fire: (s) => ({ response_uuid: newForm(s).uuid, form_uuid: s.demo.vacationForm }) },
  form_response_updated: {
    filter: (s) => ({ form: byId(s.demo.vacationForm) }),
    fire: (s) => ({ response_uuid: s.updateFormResponse(newForm(s).uuid, { answers: ['2026-12-22'] }).uuid, answer_1: '2026-12-22' }),
  },
  form_response_deleted: { filter: (s) => ({ form: byId(s.demo.vacationForm) }), fire: (s) => ({ response_uuid: s.deleteFormResponse(newForm(s).uuid).uuid }) },
  kudos_posted: {
    filter: () => ({}),
    fire: (s) => ({ id: s.postKudos({ giver: s.demo.owner, receivers: [s.demo.manager], content: 'Thanks for the review!' }).id, content: 'Thanks for the review!' }),
  },
  user_activated: {
    filter: () => ({}),
    fire: (s) => {
      const user = someone(s, () => true);
      s.setUserActive(user.uuid, false);
      s.setUserActive(user.uuid, true);
      return { user_uuid: user.uuid, user_is_active: true };
    },
  },
  user_deactivated: {
    filter: () => ({}),
    fire: (s) => {
      const user = someone(s, () => true);
      s.setUserActive(user.uuid, false);
      return { user_uuid: user.uuid, user_is_active: false };
    },
  },
  team_member_added: {
    filter: (s) => ({ team: byId(s.demo.engineeringTeam) }),
    fire: (s) => {
      const user = someone(s, (uuid) => !s.team(s.demo.engineeringTeam).members.has(uuid));
      s.addTeamMembers(s.demo.engineeringTeam, [user]);
      return { user_uuid: user.uuid, team_uuid: s.demo.engineeringTeam };
    },
  },
  team_member_removed: {
    filter: (s) => ({ team: byId(s.demo.engineeringTeam) }),
    fire: (s) => {
      const user = someone(s, (uuid) => s.team(s.demo.engineeringTeam).members.has(uuid));
      s.removeTeamMember(s.demo.engineeringTeam, user.uuid);
      return { user_uuid: user.uuid, team_uuid: s.demo.engineeringTeam };
    },
  },
};

describe('DailyBot Trigger', () => {
  it('has a row for every event of the node', () => {
    expect(Object.keys(triggerPlans).sort()).toEqual(Object.keys(EVENTS).sort());
  });

  it.each(Object.keys(EVENTS))('%s: activation subscribes, a delivery gives the trigger output, deactivation unsubscribes', async (event) => {
    const w = world();
    const s = w.sandbox.state;
    const params = { event, ...EVENTS[event]!.filter(s) };
    const store: IDataObject = {};
    const { node, webhookUrl } = await activate(w, params, store, `n8n-${event}`);
    const expected = EVENTS[event]!.fire(s);
    const [delivery] = await w.hook.waitFor(1, { url: webhookUrl });
    const { result } = await deliver(w, params, store, delivery!);
    expect(result.workflowData?.[0]).toEqual([{ json: expect.objectContaining(expected) }]);
    const { ctx } = context(w, { params, store, webhookUrl });
    expect(await call(node.webhookMethods.default.delete, ctx)).toBe(true);
    expect(store.dailybotSubscription).toBeUndefined();
    // the key went to the API only
    for (const r of w.sent) expect(r.url.startsWith(w.sandbox.apiUrl)).toBe(true);
  });

  it('the bearer is kept in static data and checked on every delivery: a forged or missing one starts nothing (401)', async () => {
    const w = world();
    const s = w.sandbox.state;
    const params = { event: 'checkin_response_completed', checkin: byId(s.demo.standup) };
    const store: IDataObject = {};
    const { node, webhookUrl } = await activate(w, params, store, 'n8n-completed');
    const stored = store.dailybotSubscription as IDataObject;
    expect(stored).toMatchObject({ hook_url: webhookUrl, trigger: 'checkin_response_completed', filters: { checkin: s.demo.standup } });
    expect(String(stored.bearer)).toMatch(/^[0-9a-f]{64}$/);

    completed(s);
    const [delivery] = await w.hook.waitFor(1, { url: webhookUrl });
    expect(delivery!.headers['x-bearer']).toBe(stored.bearer);
    const forged = await deliver(w, params, store, { headers: { ...delivery!.headers, 'x-bearer': 'f'.repeat(64) }, body: delivery!.body });
    expect(forged.result).toEqual({ noWebhookResponse: true });
    expect(forged.recorded.response?.status).toBe(401);
    const missing = await deliver(w, params, store, { headers: { 'content-type': 'application/json' }, body: delivery!.body });
    expect(missing.result.workflowData).toBeUndefined();
    const unsubscribed = await deliver(w, params, {}, delivery!);
    expect(unsubscribed.result.workflowData).toBeUndefined();

    const { ctx } = context(w, { params, store, webhookUrl });
    expect(await call(node.webhookMethods.default.delete, ctx)).toBe(true);
    w.hook.clear();
    completed(s);
    await s.idle();
    expect(w.hook.receivedAt(webhookUrl)).toEqual([]);
  });

  it('a delivery for another check-in than the chosen one starts nothing', async () => {
    const w = world();
    const s = w.sandbox.state;
    const other = [...s.checkins.values()].find((c) => c.id !== s.demo.standup)!;
    const params = { event: 'checkin_response_completed', checkin: byId(s.demo.standup) };
    const store: IDataObject = {};
    await activate(w, params, store, 'n8n-filter');
    const delivery = { headers: { 'x-bearer': String((store.dailybotSubscription as IDataObject).bearer) }, body: { event: 'followups.response.completed', body: { uuid: 'r-1', followup: { uuid: other.id, name: other.name } } } };
    expect((await deliver(w, params, store, delivery)).result).toEqual({});
  });

  it('changing the event re-subscribes: checkExists is false, create removes the old subscription first', async () => {
    const w = world();
    const s = w.sandbox.state;
    const store: IDataObject = {};
    await activate(w, { event: 'kudos_posted' }, store, 'n8n-first');
    const first = store.dailybotSubscription as IDataObject;
    await activate(w, { event: 'user_activated' }, store, 'n8n-second');
    expect(store.dailybotSubscription).toMatchObject({ trigger: 'user_activated' });
    s.postKudos({ giver: s.demo.owner, receivers: [s.demo.manager], content: 'Thanks!' });
    await s.idle();
    expect(w.hook.receivedAt(String(first.hook_url))).toEqual([]);
  });
});
