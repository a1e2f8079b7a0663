/**
 * Load: 500 events fired at once (through the sandbox's HTTP control routes) across 5 live
 * subscriptions, each with its own catch-hook URL. Every event is delivered exactly once, to the
 * right hook, and perform turns the 500 deliveries into 500 distinct items: none lost, none doubled.
 */
import type { Harness, HookSubscription } from '../../sandbox/harness';
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

interface Lane {
  key: string;
  inputData: Record<string, unknown>;
  /** Fires event `i` through the sandbox's HTTP routes; gives the ID perform's item must carry. */
  fire: (h: Harness, i: number) => Promise<string>;
  /** The same ID, read from perform's item. */
  idOf: (item: Record<string, unknown>) => string;
}

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
    const subscription = subscriptions[n]!;
    const items: Array<Record<string, unknown>> = [];
    for (let at = 0; at < delivered[n]!.length; at += 25) {
      const batch = delivered[n]!.slice(at, at + 25);
      const runs = await Promise.all(batch.map((delivery) => h.perform(subscription, delivery)));
      for (const run of runs) {
        expect(run.output).toHaveLength(1);
        items.push(run.output[0]!);
      }
    }
    expect(items.map(lane.idOf).sort()).toEqual([...expected[n]!].sort());
    ids.push(...items.map((item) => String(item.id)));
  }
  expect(ids).toHaveLength(5 * PER_SUBSCRIPTION);
  expect(new Set(ids).size).toBe(5 * PER_SUBSCRIPTION);
});
