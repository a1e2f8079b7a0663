/** What messaging sends (outbox entries) and remembers (the messages it sent, so a resend edits). */

declare module '../../core/organization' {
  interface OrganizationData {
    /** Every `bot_message_id` sent so far: sending one again edits that message. */
    botMessages: Set<string>;
  }
}

declare module '../../core/outbox' {
  interface OutboxKinds {
    message: {
      bot_message_id: string;
      /** True when `bot_message_id` named an earlier message: DailyBot edits it. */
      edited: boolean;
      message: string | null;
      messages: unknown;
      /** Every user the message reached (target users and the members of target teams). */
      recipients: string[];
      /** Users left out because they are on time off (`skip_users_on_time_off`). */
      skipped_on_time_off: string[];
      target_users: string[];
      target_teams: string[];
      target_channels: unknown[];
      image_url: string | null;
      buttons: unknown[];
    };
    email: { recipients: string[]; email_subject: string; email_content: string };
    conversation: { channel: string; users: string[] };
  }
}

export {};
