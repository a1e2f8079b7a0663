/** Sending and editing messages, their buttons' clicks, emails and conversations (the outbox), merged into the state. */
import { badRequest, notFound } from '../../core/errors';
import type { SandboxState } from '..';
import { isOnTimeOff } from '../people/model';
import { post } from '../webhooks/dispatcher';
import { callbackHeaders } from './buttons';
import type { ReportChannel } from './model';

/** DailyBot edits a message for 72 hours after sending it (official CLI's chat SKILL). */
export const EDIT_WINDOW_MS = 72 * 3_600_000;

export interface MessageInput {
  message?: string | null;
  messages?: unknown;
  target_users?: string[];
  target_teams?: string[];
  target_channels?: unknown[];
  image_url?: string | null;
  buttons?: Record<string, unknown>[];
  bot_message_id?: string | null;
  skip_users_on_time_off?: boolean;
  thread_responses?: string[];
}

export interface Click {
  /** The button: its label, or its number (1 = the first). */
  button: string | number;
  /** Who clicks (UUID or email); default the first user the message went to, else the key's owner. */
  user?: string;
}

export class MessagingOperations {
  readonly #s: SandboxState;

  constructor(s: SandboxState) {
    this.#s = s;
  }

  /**
   * `POST /send-message/`: targets are checked by the caller; answers the message's id and its thread
   * replies' ids. A known `bot_message_id` edits that message (within 72 hours); its buttons stay
   * unless new ones are given.
   */
  sendMessage(input: MessageInput): { bot_message_id: string; thread_responses: string[] } {
    // the official CLI sends chat-platform user IDs as they are (dailybot-api-more.md §8.2): each is its user's UUID here
    const byChatId = new Map([...this.#s.users.values()].map((u) => [u.external_id, u.uuid]));
    const users = this.#s.usersByUuid((input.target_users ?? []).map((id) => byChatId.get(id) ?? id));
    const teams = this.#s.teamsByUuid(input.target_teams ?? []);
    const inactive = users.find((u) => !u.is_active);
    if (inactive) throw badRequest('target_user_inactive', `${inactive.full_name} is not active in this organization.`);
    let recipients = [...new Set([...users.map((u) => u.uuid), ...this.#s.membersOf(teams)])];
    const today = this.#s.today();
    const skipped = input.skip_users_on_time_off ? recipients.filter((uuid) => isOnTimeOff(this.#s.data.users.get(uuid)!, today)) : [];
    recipients = recipients.filter((uuid) => !skipped.includes(uuid));
    const given = input.bot_message_id ?? null;
    const earlier = given === null ? undefined : this.#s.data.botMessages.get(given);
    const now = this.#s.now().getTime();
    if (earlier && now - earlier.sent_at > EDIT_WINDOW_MS) {
      // DailyBot's code for this is not documented: this one is the sandbox's (sandbox/README.md)
      throw badRequest('message_edit_window_expired', 'This message was sent more than 72 hours ago and can no longer be edited.');
    }
    const botMessageId = given ?? `$db/${this.#s.rng.uuid()}`;
    const buttons = input.buttons && input.buttons.length > 0 ? input.buttons : (earlier?.buttons ?? []);
    const targets = { target_users: users.map((u) => u.uuid), target_teams: teams.map((t) => t.uuid), target_channels: input.target_channels ?? [] };
    this.#s.data.botMessages.set(botMessageId, { bot_message_id: botMessageId, sent_at: earlier?.sent_at ?? now, parent: earlier?.parent ?? null, ...targets, buttons });
    // replies inherit the parent's targets, and are messages of their own (an edit can name one)
    const replies = (input.thread_responses ?? []).map((message) => {
      const id = `$db/${this.#s.rng.uuid()}`;
      this.#s.data.botMessages.set(id, { bot_message_id: id, sent_at: now, parent: botMessageId, ...targets, buttons: [] });
      return { bot_message_id: id, message };
    });
    this.#s.send({
      kind: 'message',
      bot_message_id: botMessageId,
      edited: earlier !== undefined,
      message: input.message ?? null,
      messages: input.messages ?? null,
      recipients,
      skipped_on_time_off: skipped,
      ...targets,
      image_url: input.image_url ?? null,
      buttons,
      thread_responses: replies,
    });
    return { bot_message_id: botMessageId, thread_responses: replies.map((r) => r.bot_message_id) };
  }

  /** Moves a sent message's time `hours` back, as if the clock had run on (for the 72-hour edit window). */
  ageMessage(botMessageId: string, hours: number): void {
    const sent = this.#s.data.botMessages.get(botMessageId);
    if (!sent) throw notFound();
    sent.sent_at -= hours * 3_600_000;
  }

  /**
   * Someone clicks a button of a sent message. A button with a `callback_url` makes DailyBot POST
   * `{bot_message_id, value, label, user: {uuid, full_name, email}, clicked_at}` there, with the
   * button's `callback_auth` (the shape is the sandbox's: DailyBot documents none; sandbox/README.md).
   */
  async clickButton(botMessageId: string, click: Click): Promise<{ callback_status: number | null; body: unknown }> {
    const sent = this.#s.data.botMessages.get(botMessageId);
    if (!sent) throw notFound();
    const button =
      typeof click.button === 'number' ? sent.buttons[click.button - 1] : sent.buttons.find((b) => b.label === click.button);
    if (!button) throw badRequest('button_not_found', `The message has no button ${JSON.stringify(click.button)}.`);
    const user = click.user ? this.#s.requireUser(click.user) : (this.#s.usersByUuid(sent.target_users)[0] ?? this.#s.requireUser(this.#s.demo.owner));
    const value = typeof button.value === 'string' ? button.value : null;
    const url = typeof button.callback_url === 'string' ? button.callback_url : null;
    const body = {
      bot_message_id: sent.parent ?? sent.bot_message_id,
      value,
      label: button.label,
      user: { uuid: user.uuid, full_name: user.full_name, email: user.email },
      clicked_at: this.#s.now().toISOString(),
    };
    let status: number | null = null;
    if (url) {
      const headers = { 'content-type': 'application/json', 'user-agent': 'DailyBot-Sandbox', ...callbackHeaders(button.callback_auth) };
      status = await post(url, JSON.stringify(body), headers, 10_000).then(
        (answer) => answer.status,
        () => null,
      );
    }
    this.#s.send({ kind: 'click', bot_message_id: body.bot_message_id, label: String(button.label), value, user: user.uuid, callback_url: url, callback_status: status });
    return { callback_status: status, body };
  }

  /** `GET /report-channels/`: the reporting channels, those whose name starts with `name` when given. */
  reportChannels(name?: string): ReportChannel[] {
    const prefix = name?.trim().replace(/^#/, '').toLowerCase() ?? '';
    return this.#s.data.reportChannels.filter((c) => c.name.toLowerCase().startsWith(prefix));
  }

  sendEmail(uuids: string[], subject: string, content: string): void {
    const users = this.#s.usersByUuid(uuids);
    this.#s.send({ kind: 'email', recipients: [...new Set(users.map((u) => u.uuid))], email_subject: subject, email_content: content });
  }

  /** `POST /open-conversation/`: a Slack group DM; the same people get the same channel. */
  openConversation(uuids: string[]): string {
    const users = this.#s.usersByUuid(uuids);
    const members = [...new Set(users.map((u) => u.uuid))].sort();
    const existing = this.#s.outbox.find((e) => e.kind === 'conversation' && e.users.join() === members.join());
    const channel = existing?.kind === 'conversation' ? existing.channel : `G${this.#s.rng.chars(10)}`;
    this.#s.send({ kind: 'conversation', channel, users: members });
    return channel;
  }
}
