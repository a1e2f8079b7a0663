/**
 * Section 5: webhook handling with `checkin_response_completed` (the richest payload: answers joined
 * to their questions, HTML removed, flattened).
 *
 * - End to end: 500 check-in responses completed in the sandbox → DailyBot's delivery (one at a time
 *   per subscription, as the sandbox does) → the local catch hook → the trigger's `perform` through
 *   zapier-platform-core's runtime, each started as its delivery arrives. Events per second from the
 *   first response to the last `perform` done.
 * - Perform alone: the 500 real deliveries caught above, replayed 4 times (2,000 payloads) through
 *   `perform`, one after another, with no HTTP at all (checked: the sandbox sees no request).
 */
import type { CaughtDelivery, Harness } from '../sandbox/harness';
import type { Section } from './section';
import { count, ms, perSecond } from './stats';
import type { Row } from './table';

export interface WebhookRun {
  events: number;
  endToEndMs: number;
  /** Time until the last delivery reached the catch hook. */
  deliveredMs: number;
  /** Performs that gave exactly one item (should be all). */
  endToEndItems: number;
  payloads: number;
  performMs: number;
  performItems: number;
  /** Requests the sandbox received during the perform-alone run (should be 0). */
  performRequests: number;
}

const TRIGGER = 'checkin_response_completed';
const EVENTS = 500;
const PAYLOADS = 2_000;

const dayBefore = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

export const measureWebhooks = async (h: Harness, events = 500, payloads = 2_000): Promise<WebhookRun> => {
  const { state } = h.sandbox;
  const checkin = state.demo.standup;
  const participants = state.checkin(checkin).participants.filter((uuid) => state.users.get(uuid)?.is_active);
  if (participants.length === 0) throw new Error('The standup check-in has no active participant.');

  const sub = await h.subscribe(TRIGGER, { checkin }, 'bench-webhooks');
  const { targetUrl } = sub.output;
  await state.idle();
  h.hook.clear();

  // one response per participant per day, on days before the seeded week (so none answered yet)
  const today = state.today();
  const answers = Array.from({ length: events }, (_, i) => ({
    user: participants[i % participants.length]!,
    date: dayBefore(today, 30 + Math.floor(i / participants.length)),
    blocker: i % 5 === 0,
  }));

  const started = performance.now();
  for (const answer of answers) state.completeCheckinResponse(checkin, answer);
  const performing: Promise<number>[] = [];
  let deliveredMs = 0;
  for (let i = 1; i <= events; i += 1) {
    const got = await h.hook.waitFor(i, { url: targetUrl, timeoutMs: 30_000 });
    if (i === events) deliveredMs = performance.now() - started;
    performing.push(h.perform(sub.output, got[i - 1]!).then((run) => run.output.length));
  }
  const counts = await Promise.all(performing);
  const endToEndMs = performance.now() - started;

  // perform alone: the real deliveries again, one after another
  const deliveries: CaughtDelivery[] = h.hook.receivedAt(targetUrl);
  for (let i = 0; i < 50; i += 1) await h.perform(sub.output, deliveries[i % deliveries.length]!); // warm-up
  const mark = h.mark();
  let items = 0;
  const performStarted = performance.now();
  for (let i = 0; i < payloads; i += 1) items += (await h.perform(sub.output, deliveries[i % deliveries.length]!)).output.length;
  const performMs = performance.now() - performStarted;
  const performRequests = h.requestsSince(mark).length;

  await h.unsubscribe(sub.output);
  return {
    events,
    endToEndMs,
    deliveredMs,
    endToEndItems: counts.filter((n) => n === 1).length,
    payloads,
    performMs,
    performItems: items,
    performRequests,
  };
};

export const webhookRows = (w: WebhookRun): Row[] => [
  {
    measure: `perform alone, ${count(w.payloads)} payloads`,
    result: perSecond(w.payloads, w.performMs),
    goal: 'no goal set',
    why: `${ms(w.performMs / w.payloads)} each through core’s runtime; ${count(w.events)} real deliveries ×${Math.round(w.payloads / w.events)}; ${w.performRequests} HTTP requests; ${count(w.performItems)} items`,
  },
  {
    measure: `end to end, ${count(w.events)} events`,
    result: perSecond(w.events, w.endToEndMs),
    goal: 'no goal set',
    why: `sandbox → delivery → catch hook → perform: ${ms(w.endToEndMs)} in all, the last delivery in at ${ms(w.deliveredMs)}; ${w.endToEndItems} of ${w.events} gave their item`,
  },
];

export const webhooksSection: Section<Harness> = {
  progress: `webhooks (${EVENTS} events end to end, ${PAYLOADS} payloads through perform)`,
  run: async (h) => ({
    title: `Webhooks: ${TRIGGER} (answers joined to questions, HTML removed, flattened)`,
    rows: webhookRows(await measureWebhooks(h, EVENTS, PAYLOADS)),
  }),
  how: ['- Webhooks: real deliveries from the sandbox to a local catch hook; perform runs through core’s runtime.'],
};
