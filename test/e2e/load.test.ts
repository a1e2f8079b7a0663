/**
 * Load: 500 events fired at once (through the sandbox's HTTP control routes) across 5 live
 * subscriptions, each with its own catch-hook URL. Every event is delivered exactly once, to the
 * right hook, and perform turns the 500 deliveries into 500 distinct items: none lost, none doubled.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { zapierRequest, type CaughtDelivery, type Harness, type HookSubscription } from '../../sandbox/harness';
import { useHarness } from './support';

jest.setTimeout(60_000);

// enough people for 100 distinct ones per kind of event
const harness = useHarness({ users: 300 });

const PER_SUBSCRIPTION = 100;

/** One request to a /_sandbox/ route; its JSON answer. */
const control = async (h: Harness, method: string, path: string, body?: unknown): Promise<any> => {
  const response = await fetch(`${h.sandbox.url}/_sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${await response.text()}`);
  return response.json();
};

type Item = Record<string, unknown>;

interface Lane {
  key: string;
  inputData: Record<string, unknown>;
  /** Fires event `i` through the sandbox's HTTP routes; gives the ID perform's item must carry. */
  fire: (h: Harness, i: number) => Promise<string>;
  /** The same ID, read from perform's item. */
  idOf: (item: Item) => string;
}

/**
 * The trigger's perform for every delivery, as Zapier hands each one over (the bundle of
 * `h.perform`), all inside one run of the app's runtime. One run per delivery would be 500 runs in
 * this test file, and zapier-platform-core ends its process after 250 runs once it holds more than
 * 450 MB (a Lambda safeguard): under jest, which runs every test file in one process here, the
 * memory of the files before this one would trip it. Each delivery through its own run is covered
 * by triggers.test.ts.
 */
const performAll = async (h: Harness, subscription: HookSubscription, deliveries: CaughtDelivery[]): Promise<Item[]> => {
  const perform = h.fn('triggers', subscription.key) as (z: ZObject, bundle: Bundle) => Promise<Item[]>;
  const run = await h.run<Item[][]>(async (z: ZObject, bundle: Bundle) =>
    Promise.all(
      deliveries.map((delivery) =>
        perform(z, { ...bundle, inputData: subscription.inputData, targetUrl: subscription.targetUrl, subscribeData: subscription.subscribeData, ...zapierRequest(delivery) } as Bundle),
      ),
    ),
  );
  expect(run.requests).toEqual([]);
  return run.output.map((items) => {
    expect(items).toHaveLength(1);
    return items[0]!;
  });
};

it('500 events at once across 5 subscriptions: 500 deliveries, 500 distinct items, none lost or doubled', async () => {
  const h = harness();
  const { state } = h.sandbox;
  const demo = state.demo;
  const people = [...state.users.values()].filter((u) => u.is_active && u.uuid !== demo.owner);
  const engineering = state.team(demo.engineeringTeam);
  const outsiders = people.filter((u) => !engineering.members.has(u.uuid)).slice(0, PER_SUBSCRIPTION);
  const leaving = people.filter((u) => !outsiders.includes(u)).slice(0, PER_SUBSCRIPTION);
  const answering = state.checkin(demo.standup).participants[0]!;
  expect(outsiders).toHaveLength(PER_SUBSCRIPTION);
  expect(leaving).toHaveLength(PER_SUBSCRIPTION);

  const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const lanes: Lane[] = [
    {
      key: 'kudos_posted',
      inputData: {},
      fire: async (hh, i) => (await control(hh, 'POST', '/kudos', { receivers: [demo.manager], content: `Thanks #${i}` })).uuid,
      idOf: (item) => String(item.id),
    },
    {
      key: 'form_response_created',
      inputData: { form: demo.vacationForm },
      fire: async (hh, i) => (await control(hh, 'POST', `/forms/${demo.vacationForm}/responses`, { answers: [day(i), day(i + 1), `Trip #${i}`] })).uuid,
      idOf: (item) => String(item.response_uuid),
    },
    {
      key: 'checkin_response_completed',
      inputData: { checkin: demo.standup },
      // one person, a different day each time (one response per person and day)
      fire: async (hh, i) => (await control(hh, 'POST', `/checkins/${demo.standup}/responses`, { user: answering, date: day(i), blocker: false })).uuid,
      idOf: (item) => String(item.response_uuid),
    },
    {
      key: 'team_member_added',
      inputData: { team: demo.engineeringTeam },
      fire: async (hh, i) => {
        await control(hh, 'POST', `/teams/${demo.engineeringTeam}/members`, { user: outsiders[i]!.uuid });
        return outsiders[i]!.uuid;
      },
      idOf: (item) => String(item.user_uuid),
    },
    {
      key: 'user_deactivated',
      inputData: {},
      fire: async (hh, i) => (await control(hh, 'POST', `/users/${leaving[i]!.uuid}/deactivate`)).user.uuid,
      idOf: (item) => String(item.user_uuid),
    },
  ];

  const subscriptions: HookSubscription[] = [];
  for (const lane of lanes) subscriptions.push((await h.subscribe(lane.key, lane.inputData, `load-${lane.key}`)).output);
  expect(new Set(subscriptions.map((s) => s.targetUrl)).size).toBe(5);

  // all 500 at once, the kinds interleaved
  const fired = await Promise.all(lanes.flatMap((lane) => Array.from({ length: PER_SUBSCRIPTION }, (_, i) => lane.fire(h, i))));
  const expected = lanes.map((_, n) => fired.slice(n * PER_SUBSCRIPTION, (n + 1) * PER_SUBSCRIPTION));

  // exactly 100 deliveries at each hook, 500 in all, every one delivered once
  const delivered = await Promise.all(subscriptions.map((s) => h.hook.waitFor(PER_SUBSCRIPTION, { url: s.targetUrl, timeoutMs: 30_000 })));
  await state.idle();
  expect(h.hook.received).toHaveLength(5 * PER_SUBSCRIPTION);
  delivered.forEach((list) => expect(list).toHaveLength(PER_SUBSCRIPTION));
  expect(state.deliveries).toHaveLength(5 * PER_SUBSCRIPTION);
  expect(state.deliveries.filter((d) => d.outcome === 'delivered' && d.status === 200)).toHaveLength(5 * PER_SUBSCRIPTION);

  // perform: one item per delivery, the event it came from, nothing twice
  const ids: string[] = [];
  for (const [n, lane] of lanes.entries()) {
    const items = await performAll(h, subscriptions[n]!, delivered[n]!);
    expect(items.map(lane.idOf).sort()).toEqual([...expected[n]!].sort());
    ids.push(...items.map((item) => String(item.id)));
  }
  expect(ids).toHaveLength(5 * PER_SUBSCRIPTION);
  expect(new Set(ids).size).toBe(5 * PER_SUBSCRIPTION);
});
