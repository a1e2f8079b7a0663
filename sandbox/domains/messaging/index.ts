/** Messaging and conversations: send-message, send-email, open-conversation (all to the outbox). */
import type { Domain } from '../../core/domain';
import './model';
import { messagingRoutes } from './routes';
import { MessagingOperations } from './state';

export const messaging: Domain<MessagingOperations> = {
  name: 'messaging',
  seed: (ctx) => {
    ctx.data.botMessages = new Set();
  },
  operations: MessagingOperations,
  routes: messagingRoutes,
};
