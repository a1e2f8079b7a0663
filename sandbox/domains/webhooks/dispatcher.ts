/**
 * Webhook delivery, like DailyBot's (dailybot-api-notes.md §1): when an event happens, every
 * subscription that lists the event receives `POST {event, event_timestamp, hook: {id, name}, body}`
 * as JSON, with `X-BEARER` when the subscription gave a bearer. A subscription with
 * `subscribed_objects` only hears about those check-ins and forms (events about other things, such as
 * kudos or team changes, are not filtered by it). A target that answers 410 Gone loses its subscription.
 *
 * Every delivery is logged, pending ones too, so nothing is lost silently. Deliveries to one
 * subscription go out one after another, in event order; different subscriptions are served in
 * parallel. DailyBot's retry policy is not documented, so the sandbox tries each delivery once.
 */
import http from 'node:http';
import https from 'node:https';

import type { EventName } from './events';

/**
 * Node's own `request` functions, kept before anything can replace them. The sandbox often runs in
 * the same process as the app (the demo, the end-to-end tests), and zapier-platform-core patches
 * `http.request` and `https.request` process-wide to log the app's traffic; its patch only knows the
 * `(options, callback)` form. DailyBot's deliveries are not the app's traffic, so they use these.
 */
const REQUEST = { 'http:': http.request, 'https:': https.request } as const;

export interface Subscription {
  id: string;
  hook_url: string;
  name: string;
  subscriptions: EventName[];
  /** Check-in or form UUIDs; empty means every object. */
  subscribed_objects: string[];
  bearer: string | null;
  created_at: Date;
}

export interface Envelope {
  event: EventName;
  /** Epoch seconds with a fraction, as in DailyBot's real samples. */
  event_timestamp: number;
  hook: { id: string; name: string };
  body: unknown;
}

export interface Delivery {
  id: number;
  event: EventName;
  hook_id: string;
  hook_url: string;
  /** A sample sent because the subscription asked for `immediate_sample_event`. */
  sample: boolean;
  outcome: 'pending' | 'delivered' | 'failed' | 'skipped';
  /** The target's HTTP status; null when it gave none (refused, reset, timed out) or was skipped. */
  status: number | null;
  error: string | null;
  /** True when a 410 answer removed the subscription. */
  subscription_dropped: boolean;
  headers: Record<string, string>;
  payload: Envelope;
  /** The start of the target's answer. */
  response_body: string | null;
  queued_at: string;
  finished_at: string | null;
  duration_ms: number | null;
}

const MAX_LOGGED = 10_000;

/** Epoch seconds with microseconds, like DailyBot's `1707154471.495433` (the clock gives milliseconds). */
const epochSeconds = (at: Date): number => {
  const micros = 1 + Math.floor((performance.now() % 1) * 999); // never a whole second: always a float
  return Number(((at.getTime() * 1000 + micros) / 1e6).toFixed(6));
};
const MAX_BODY_KEPT = 2_000;

export interface DispatcherOptions {
  now: () => Date;
  timeoutMs?: number;
  /** Called when a delivery ends (the CLI prints it). */
  onDelivered?: (delivery: Delivery) => void;
}

export class WebhookDispatcher {
  readonly subscriptions = new Map<string, Subscription>();
  private log: Delivery[] = [];
  private nextId = 1;
  private chains = new Map<string, Promise<void>>();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly options: DispatcherOptions) {}

  get deliveries(): readonly Delivery[] {
    return this.log;
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** The subscriptions that hear about `event` on `object` (a check-in or form UUID). */
  matching(event: EventName, object: string | undefined): Subscription[] {
    return [...this.subscriptions.values()].filter(
      (s) => s.subscriptions.includes(event) && (object === undefined || s.subscribed_objects.length === 0 || s.subscribed_objects.includes(object)),
    );
  }

  /** Sends `event` to every matching subscription (or only to `only`); returns the queued deliveries. */
  dispatch(event: EventName, object: string | undefined, body: unknown, only?: { subscription: Subscription; sample: boolean }): Delivery[] {
    const at = this.options.now();
    const targets = only ? [only.subscription] : this.matching(event, object);
    return targets.map((subscription) => this.enqueue(subscription, event, body, at, only?.sample ?? false));
  }

  private enqueue(subscription: Subscription, event: EventName, body: unknown, at: Date, sample: boolean): Delivery {
    const payload: Envelope = {
      event,
      event_timestamp: epochSeconds(at),
      hook: { id: subscription.id, name: subscription.name },
      body,
    };
    const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'DailyBot-Webhooks/1.0 (sandbox)' };
    if (subscription.bearer) headers['x-bearer'] = subscription.bearer;
    const delivery: Delivery = {
      id: this.nextId++,
      event,
      hook_id: subscription.id,
      hook_url: subscription.hook_url,
      sample,
      outcome: 'pending',
      status: null,
      error: null,
      subscription_dropped: false,
      headers,
      payload,
      response_body: null,
      queued_at: this.options.now().toISOString(),
      finished_at: null,
      duration_ms: null,
    };
    this.log.push(delivery);
    if (this.log.length > MAX_LOGGED) this.log.splice(0, this.log.length - MAX_LOGGED);

    const previous = this.chains.get(subscription.id) ?? Promise.resolve();
    const run = previous.then(() => this.deliver(subscription, delivery));
    this.chains.set(subscription.id, run);
    this.pending.add(run);
    void run.finally(() => {
      this.pending.delete(run);
      if (this.chains.get(subscription.id) === run) this.chains.delete(subscription.id);
    });
    return delivery;
  }

  private async deliver(subscription: Subscription, delivery: Delivery): Promise<void> {
    const started = Date.now();
    const finish = (fields: Partial<Delivery>) => {
      Object.assign(delivery, fields, { finished_at: this.options.now().toISOString(), duration_ms: Date.now() - started });
      this.options.onDelivered?.(delivery);
    };
    if (this.subscriptions.get(subscription.id) !== subscription) {
      finish({ outcome: 'skipped', error: 'The subscription was removed before this delivery went out.' });
      return;
    }
    try {
      const { status, body } = await post(subscription.hook_url, JSON.stringify(delivery.payload), delivery.headers, this.options.timeoutMs ?? 10_000);
      const dropped = status === 410 && this.subscriptions.get(subscription.id) === subscription;
      if (dropped) this.subscriptions.delete(subscription.id);
      finish({
        outcome: status >= 200 && status < 300 ? 'delivered' : 'failed',
        status,
        response_body: body.slice(0, MAX_BODY_KEPT),
        subscription_dropped: dropped,
      });
    } catch (error) {
      finish({ outcome: 'failed', error: (error as Error).message });
    }
  }

  /** Resolves once every queued delivery has ended (including ones queued while waiting). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Forgets subscriptions and the log (deliveries under way still finish). */
  reset(): void {
    this.subscriptions.clear();
    this.log = [];
    this.nextId = 1;
    this.chains = new Map();
  }
}

/** One POST; resolves with the status and body, rejects when no answer came. */
export const post = (url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    const request = target.protocol === 'https:' ? REQUEST['https:'] : REQUEST['http:'];
    // one options object (not `(url, options, callback)`): the form every wrapper of `request` understands
    const req = request(
      {
        protocol: target.protocol,
        hostname: target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port || undefined,
        path: `${target.pathname}${target.search}`,
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: false,
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_BODY_KEPT) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`No answer within ${timeoutMs} ms.`)));
    req.on('error', reject);
    req.end(body);
  });
