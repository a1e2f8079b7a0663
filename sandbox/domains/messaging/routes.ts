/** `POST /send-message/`, `/send-email/` and `/open-conversation/` (seed 003, dailybot-api-notes.md §2). */
import type { FastifyInstance } from 'fastify';

import { BodyCheck, isPlainObject } from '../../core/checks';
import { badRequest } from '../../core/errors';
import type { SandboxState } from '..';
import { checkButtons } from './buttons';

const MESSAGE_FIELDS = [
  'exchange_token',
  'message',
  'messages',
  'target_users',
  'target_teams',
  'target_channels',
  'image_url',
  'buttons',
  'bot_message_id',
  'platform_settings',
  'metadata',
  'skip_users_on_time_off',
  'thread_responses',
] as const;

const CHANNEL_TYPES = ['channel', 'private_channel', 'group_chat', 'direct_message'] as const;

export const messagingRoutes = (app: FastifyInstance, state: SandboxState): void => {
  app.post('/send-message/', async (req) => {
    const check = new BodyCheck(req.body, MESSAGE_FIELDS);
    const message = check.string('message', { nullable: true });
    const messages = check.list('messages', { nullable: true });
    const users = check.strings('target_users', { nullable: true }) ?? [];
    const teams = check.strings('target_teams', { nullable: true }) ?? [];
    const channels = check.list('target_channels', { nullable: true }) ?? [];
    const imageUrl = check.url('image_url', { nullable: true });
    const buttons = check.list('buttons', { nullable: true }) ?? [];
    const botMessageId = check.string('bot_message_id', { nullable: true, maxLength: 255 });
    const skip = check.boolean('skip_users_on_time_off') ?? false;
    check.object('platform_settings', { nullable: true });
    check.object('metadata', { nullable: true });
    check.string('exchange_token', { nullable: true });
    const replies = check.list('thread_responses', { nullable: true }) ?? [];
    if (!message && !(messages && messages.length > 0) && !check.errors.message) {
      check.fail('message', 'This field is required when "messages" is not given.');
    }
    if (channels.some((c) => !isPlainObject(c) || typeof c.id !== 'string' || c.id.trim() === '')) {
      check.fail('target_channels', 'Each channel is an object with an "id" (and "is_channel_message").');
    }
    // {id, channel_type} with one of the official CLI's CHANNEL_TYPES (dailybot-api-more.md §8.2)
    if (channels.some((c) => isPlainObject(c) && c.channel_type !== undefined && !CHANNEL_TYPES.includes(c.channel_type as never))) {
      check.fail('target_channels', `"channel_type" is one of ${CHANNEL_TYPES.join(', ')}.`);
    }
    check.done('send_message_validation_error');
    // ≤ 10 replies, each {message} (official CLI's chat SKILL; its code for a broken list)
    if (replies.length > 10 || replies.some((r) => !isPlainObject(r) || typeof r.message !== 'string' || r.message.trim() === '')) {
      throw badRequest('invalid_thread_responses', 'thread_responses takes at most 10 replies, each {"message": "…"}.');
    }
    const checkedButtons = checkButtons(buttons, state);
    if (users.length === 0 && teams.length === 0 && channels.length === 0) {
      throw badRequest('send_message_validation_error', 'At least one of target_users, target_channels, or target_teams must be provided.');
    }
    const sent = state.sendMessage({
      message,
      messages,
      target_users: users,
      target_teams: teams,
      target_channels: channels,
      image_url: imageUrl,
      buttons: checkedButtons,
      bot_message_id: botMessageId,
      skip_users_on_time_off: skip,
      thread_responses: replies.map((r) => String((r as { message: string }).message)),
    });
    return replies.length > 0 ? sent : { bot_message_id: sent.bot_message_id };
  });

  // the live answer the official CLI reads (api_client.py list_report_channels): not paged
  app.get<{ Querystring: { name?: string } }>('/report-channels/', async (req) => {
    const channels = state.reportChannels(req.query.name);
    return { channels, total: channels.length };
  });

  app.post('/send-email/', async (req) => {
    const check = new BodyCheck(req.body, ['users_uuids', 'email_subject', 'email_content', 'exchange_token']);
    const uuids = check.strings('users_uuids', { required: true, allowEmpty: false });
    const subject = check.string('email_subject', { required: true, maxLength: 255 });
    const content = check.string('email_content', { required: true });
    check.string('exchange_token', { nullable: true });
    check.done();
    state.sendEmail(uuids!, subject!, content!);
    return { detail: 'Emails sent successfully.' };
  });

  app.post('/open-conversation/', async (req) => {
    const check = new BodyCheck(req.body, ['users_uuids', 'exchange_token']);
    const uuids = check.strings('users_uuids', { required: true, allowEmpty: false });
    check.string('exchange_token', { nullable: true });
    check.done();
    return { channel: state.openConversation(uuids!) };
  });
};
