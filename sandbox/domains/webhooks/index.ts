/** Webhooks: subscriptions (`/webhook-subscription/`) and the delivery of every domain's events. */
import type { Domain } from '../../core/domain';
import { WEBHOOKS_CONTROL, webhookRoutes, webhooksControl } from './routes';
import { WebhookOperations } from './state';

export const webhooks: Domain<WebhookOperations> = {
  name: 'webhooks',
  operations: WebhookOperations,
  // subscriptions and the delivery log are not seeded: forget them (deliveries under way still finish)
  reset: (state) => state.webhooks.reset(),
  routes: webhookRoutes,
  control: { index: WEBHOOKS_CONTROL, routes: webhooksControl },
};
