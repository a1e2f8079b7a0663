/** Sending messages and emails and opening conversations (the outbox), merged into the state. */
import { badRequest } from '../../core/errors';
import type { SandboxState } from '..';
import { isOnTimeOff } from '../people/model';

export interface MessageInput {
  message?: string | null;
  messages?: unknown;
  target_users?: string[];
  target_teams?: string[];
  target_channels?: unknown[];
  image_url?: string | null;
  buttons?: unknown[];
  bot_message_id?: string | null;
  skip_users_on_time_off?: boolean;
}

export class MessagingOperations {
  readonly #s: SandboxState;

  constructor(s: SandboxState) {
    this.#s = s;
  }

  /** `POST /send-message/`: targets are checked by the caller; answers the message id. */
  sendMessage(input: MessageInput): string {
    const users = this.#s.usersByUuid(input.target_users ?? []);
    const teams = this.#s.teamsByUuid(input.target_teams ?? []);
    const inactive = users.find((u) => !u.is_active);
    if (inactive) throw badRequest('target_user_inactive', `${inactive.full_name} is not active in this organization.`);
    let recipients = [...new Set([...users.map((u) => u.uuid), ...this.#s.membersOf(teams)])];
    const today = this.#s.today();
    const skipped = input.skip_users_on_time_off ? recipients.filter((uuid) => isOnTimeOff(this.#s.data.users.get(uuid)!, today)) : [];
    recipients = recipients.filter((uuid) => !skipped.includes(uuid));
    const given = input.bot_message_id ?? null;
    const botMessageId = given ?? `$db/${this.#s.rng.uuid()}`;
    const edited = given !== null && this.#s.data.botMessages.has(given);
    this.#s.data.botMessages.add(botMessageId);
    this.#s.send({
      kind: 'message',
      bot_message_id: botMessageId,
      edited,
      message: input.message ?? null,
      messages: input.messages ?? null,
      recipients,
      skipped_on_time_off: skipped,
      target_users: users.map((u) => u.uuid),
      target_teams: teams.map((t) => t.uuid),
      target_channels: input.target_channels ?? [],
      image_url: input.image_url ?? null,
      buttons: input.buttons ?? [],
    });
    return botMessageId;
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
