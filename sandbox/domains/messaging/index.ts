/** Messaging and conversations: send-message (threads, edits, buttons and their clicks), report channels, send-email, open-conversation. */
import type { Domain } from '../../core/domain';
import './model';
import { MESSAGING_CONTROL, messagingControl } from './control';
import { messagingRoutes } from './routes';
import { MessagingOperations } from './state';

export const messaging: Domain<MessagingOperations> = {
  name: 'messaging',
  seed: (ctx) => {
    ctx.data.botMessages = new Map();
    // fixed IDs (no random draw, so every other seeded ID stays the same); Slack's channel ID shape
    ctx.data.reportChannels = [
      { id: 'C0ENGSTANDUP', name: 'eng-standup', platform: 'slack', type: 'channel' },
      { id: 'C0RELEASES01', name: 'releases', platform: 'slack', type: 'channel' },
      { id: 'C0GENERAL001', name: 'general', platform: 'slack', type: 'channel' },
      { id: 'G0LEADERSHIP', name: 'leadership', platform: 'slack', type: 'private_channel' },
    ];
  },
  operations: MessagingOperations,
  routes: messagingRoutes,
  control: { index: MESSAGING_CONTROL, routes: messagingControl },
  showDemo: (state) => ({ reportChannels: state.data.reportChannels.map((c) => c.id) }),
};
