/**
 * DailyBot Trigger in a running n8n: one workflow per event (the trigger, then a catcher POSTing what
 * the workflow received to the local catch hook). Activation must subscribe (the sandbox's webhook
 * subscriptions), each event must start exactly its workflow with the output the Zapier trigger's
 * `perform` gives for the same event (a Zap subscribed beside it), a forged or missing bearer must
 * start nothing, and deactivation must unsubscribe so the next event goes nowhere.
 */
import { randomUUID } from 'node:crypto';


import { isDeepStrictEqual } from 'node:util';

import type { Delivery } from '../../sandbox';
import type { CaughtDelivery, HookSubscription, Harness } from '../../sandbox/harness';
import { check, expectEqual, expectThat, skipped } from './checks';
import { TRIGGER_CASES } from './cases-triggers';
import type { N8nInstance, Rest, Workflow } from './instance';
import { triggerParameters, type INodeProperties } from './parameters';
import { catcher, chain, credentialRef, TYPES } from './workflows';

type Json = Record<string, unknown>;

export interface TriggerWorkflow {
  key: string;
  workflow: Workflow;
  webhookId: string;
  catchUrl: string;
}

/** A workflow id n8n accepts (at most 21 characters). */
export const workflowId = (prefix: string, key: string): string => `${prefix}${key.replace(/[^a-z]/gi, '').slice(0, 21 - prefix.length)}`;

export const triggerWorkflows = (h: Harness, properties: readonly INodeProperties[]): TriggerWorkflow[] =>
  Object.entries(TRIGGER_CASES).map(([key, c]) => {
    const webhookId = randomUUID();
    const catchUrl = h.hook.url(`n8n-${key}`);
    const workflow = chain(workflowId('t', key), `DailyBot Trigger: ${key}`, [
      { name: 'DailyBot Trigger', type: TYPES.trigger, parameters: triggerParameters(properties, key, c.inputs(h.sandbox.state)), credentials: credentialRef, webhookId },
      catcher('Catch', catchUrl),
    ]);
    return { key, workflow, webhookId, catchUrl };
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Executions n8n recorded for a workflow. */
export const executionsOf = async (rest: Rest, id: string): Promise<Array<{ id: string; status: string; mode?: string }>> => {
  const data = await rest.call<{ results: Array<{ id: string; status: string; mode?: string }> }>('GET', `executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: id }))}`);
  return data.results;
};

/**
 * What the Zapier trigger's `perform` gives for the very deliveries n8n got (the Zap's bearer and hook
 * in place of n8n's: nothing else differs between two subscriptions to one event).
 */
const zapierItems = async (h: Harness, zap: HookSubscription, deliveries: readonly Delivery[]): Promise<Json[]> => {
  const items: Json[] = [];
  for (const d of deliveries) {
    const body = { ...d.payload, hook: { id: String(zap.subscribeData.id), name: 'Zapier' } };
    const delivery: CaughtDelivery = {
      seq: 0,
      method: 'POST',
      url: new URL(zap.targetUrl).pathname,
      headers: { 'content-type': 'application/json', 'x-bearer': String(zap.subscribeData.bearer) },
      text: JSON.stringify(body),
      body,
      receivedAt: Date.now(),
    };
    items.push(...(await h.perform<Json>(zap, delivery)).output);
  }
  return items;
};

export const runTriggers = async (n8n: N8nInstance, rest: Rest, h: Harness, workflows: readonly TriggerWorkflow[]): Promise<void> => {
  const { state } = h.sandbox;
  const ours = (w: TriggerWorkflow) => state.subscriptions.filter((s) => s.hook_url.includes(w.webhookId));
  const active: TriggerWorkflow[] = [];
  for (const w of workflows) {
    const ok = await check(`${w.key}: activating the workflow subscribes a DailyBot webhook`, async () => {
      await rest.activate(w.workflow.id);
      const subs = ours(w);
      expectEqual(subs.length, 1, 'subscriptions for the workflow’s webhook URL');
      expectThat((subs[0]!.bearer ?? "").length >= 16, 'the subscription has no bearer secret');
      return `${subs[0]!.subscriptions.join(', ')} → …/webhook/${w.webhookId.slice(0, 8)}…`;
    });
    if (ok) active.push(w);
  }

  // a Zap on each event beside the workflows, to compare outputs
  const zaps = new Map<string, HookSubscription>();
  for (const w of active) zaps.set(w.key, (await h.subscribe(w.key, TRIGGER_CASES[w.key]!.inputs(state), `zap-${w.key}`)).output);

  for (const w of active) {
    await check(`${w.key}: each DailyBot delivery starts the workflow with the Zapier trigger’s output for it`, async () => {
      const url = ours(w)[0]!.hook_url;
      const from = state.deliveries.filter((d) => d.hook_url === url).length;
      const about = TRIGGER_CASES[w.key]!.fire(state);
      await state.idle();
      const fresh = state.deliveries.filter((d) => d.hook_url === url).slice(from);
      expectThat(fresh.length > 0, 'DailyBot delivered nothing to n8n');
      expectEqual(fresh.map((d) => d.status), fresh.map(() => 200), 'n8n’s answers to the deliveries');
      const expected = await zapierItems(h, zaps.get(w.key)!, fresh);
      expectThat(expected.some((item) => JSON.stringify(item).includes(about)), `the Zap gives no item about ${about}`);
      const caught = () => h.hook.receivedAt(w.catchUrl).map((c) => c.body);
      const missing = () => expected.find((item) => !caught().some((c) => isDeepStrictEqual(c, item)));
      for (let i = 0; i < 150 && missing(); i += 1) await sleep(200);
      if (missing()) expectEqual(caught().at(-1), missing(), 'the workflow’s item vs the Zap’s');
      return `${fresh.length} deliveries, ${expected.length} items equal to the Zap’s (${Object.keys(expected[0]!).length} fields)`;
    });
  }

  const target = active.find((w) => w.key === 'kudos_posted') ?? active[0];
  if (target) {
    await check('a delivery with a forged or missing bearer starts no execution', async () => {
      const url = ours(target)[0]!.hook_url;
      const before = (await executionsOf(rest, target.workflow.id)).length;
      const caught = h.hook.receivedAt(target.catchUrl).length;
      const last = state.deliveries.filter((d) => d.hook_url === url).at(-1);
      const body = JSON.stringify(last?.payload ?? { event: 'kudos.posted', body: {} });
      const statuses: number[] = [];
      for (const headers of [{ 'x-bearer': 'forged-bearer-0123456789abcdef' }, {}] as Array<Record<string, string>>) {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
        statuses.push(res.status);
      }
      await sleep(1500);
      expectEqual((await executionsOf(rest, target.workflow.id)).length, before, 'executions after the forged deliveries');
      expectEqual(h.hook.receivedAt(target.catchUrl).length, caught, 'items caught after the forged deliveries');
      return `answered ${statuses.join(' and ')}`;
    });
  } else skipped('a delivery with a forged or missing bearer starts no execution', 'no trigger workflow is active');

  for (const w of active) {
    await check(`${w.key}: deactivating unsubscribes, and the next event goes nowhere`, async () => {
      const url = ours(w)[0]?.hook_url;
      await rest.deactivate(w.workflow.id);
      expectEqual(ours(w).length, 0, 'subscriptions left for the workflow');
      await h.unsubscribe(zaps.get(w.key)!);
      const deliveries = state.deliveries.filter((d) => d.hook_url === url).length;
      TRIGGER_CASES[w.key]!.fire(state);
      await state.idle();
      expectEqual(state.deliveries.filter((d) => d.hook_url === url).length, deliveries, 'deliveries to n8n after deactivation');
    });
  }
};
