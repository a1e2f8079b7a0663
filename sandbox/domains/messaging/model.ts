/** What messaging sends (outbox entries) and remembers (the messages it sent, so a resend edits, and the report channels). */

/** A message (or one of its thread replies) DailyBot sent: what an edit and a click need. */
export interface SentMessage {
  bot_message_id: string;
  /** The sandbox clock's time (ms) it was sent: edits are allowed for 72 hours after it. */
  sent_at: number;
  /** The parent's ID when this is a thread reply. */
  parent: string | null;
  target_users: string[];
  target_teams: string[];
  target_channels: unknown[];
  buttons: Record<string, unknown>[];
}

/** A reporting channel (`GET /report-channels/`), in the live shape the official CLI reads. */
export interface ReportChannel {
  id: string;
  name: string;
  platform: string;
  type: string;
}

declare module '../../core/organization' {
  interface OrganizationData {
    /** Every message sent so far, by `bot_message_id`: sending one again edits it. */
    botMessages: Map<string, SentMessage>;
    reportChannels: ReportChannel[];
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
      /** The IDs of the replies posted in the message's thread (`thread_responses`). */
      thread_responses: { bot_message_id: string; message: string }[];
    };
    email: { recipients: string[]; email_subject: string; email_content: string };
    conversation: { channel: string; users: string[] };
    /** A button click (`POST /_sandbox/messages/click`), and what its `callback_url` answered. */
    click: {
      bot_message_id: string;
      label: string;
      value: string | null;
      user: string;
      callback_url: string | null;
      /** The callback's HTTP status, or null when it got no answer (or the button has no callback_url). */
      callback_status: number | null;
    };
  }
}

export {};
