/**
 * Webhook subscriptions and their deliveries, merged into the state: `state.webhooks` is the
 * dispatcher every domain fires its events through; `state.idle()` waits for the deliveries.
 */
import { notFound } from '../../core/errors';
import type { SandboxState } from '..';
import { WebhookDispatcher, type Delivery, type Subscription } from './dispatcher';
import type { EventName } from './events';

export interface SubscriptionInput {
  hook_url: string;
  name?: string | null;
  subscriptions: EventName[];
  subscribed_objects?: string[];
  bearer?: string | null;
  immediate_sample_event?: boolean;
}

export class WebhookOperations {
  readonly #s: SandboxState;

  constructor(s: SandboxState) {
    this.#s = s;
    this.webhooks = new WebhookDispatcher({ now: () => s.now(), timeoutMs: s.options.webhookTimeoutMs, onDelivered: s.options.onDelivered });
  }

  /** The dispatcher every domain fires its events through; it outlives `reset()`. */
  readonly webhooks: WebhookDispatcher;

  get subscriptions(): Subscription[] {
    return [...this.webhooks.subscriptions.values()];
  }
  get deliveries(): readonly Delivery[] {
    return this.webhooks.deliveries;
  }
  /** Resolves when every webhook delivery under way has finished. */
  idle(): Promise<void> {
    return this.webhooks.idle();
  }

  subscribe(input: SubscriptionInput): Subscription {
    const subscription: Subscription = {
      id: this.#s.rng.uuid(),
      hook_url: input.hook_url,
      name: input.name ?? `Webhook ${this.webhooks.subscriptions.size + 1}`,
      subscriptions: [...new Set(input.subscriptions)],
      subscribed_objects: [...new Set((input.subscribed_objects ?? []).map((o) => o.toLowerCase()))],
      bearer: input.bearer ?? null,
      created_at: this.#s.now(),
    };
    this.webhooks.subscriptions.set(subscription.id, subscription);
    if (input.immediate_sample_event) {
      for (const event of subscription.subscriptions) {
        this.webhooks.dispatch(event, undefined, this.sampleBody(event, subscription.subscribed_objects), { subscription, sample: true });
      }
    }
    return subscription;
  }

  /** Removes the subscription named by id and/or URL; 404 when none matches. */
  unsubscribe(hookId: string | undefined, hookUrl: string | undefined): Subscription {
    const found = [...this.webhooks.subscriptions.values()].find(
      (x) => (hookId === undefined || x.id === hookId.toLowerCase()) && (hookUrl === undefined || x.hook_url === hookUrl),
    );
    if (!found) throw notFound();
    this.webhooks.subscriptions.delete(found.id);
    return found;
  }

  /** A realistic body for `event`, from the organization's own data (each domain knows its events'). */
  sampleBody(event: EventName, objects: readonly string[] = []): unknown {
    for (const domain of this.#s.domains) {
      const sample = domain.samples?.[event];
      if (sample) return sample(this.#s, objects);
    }
    return {};
  }
}
