/**
 * What the chat actions share (Send Message, Update Message, Ask in Chat): who gets the message
 * (people resolved by UUID, email or name; teams; channels), the image, the buttons, one
 * `POST /send-message/`, and the message they output.
 *
 * Facts: `../shared/reference/dailybot-api-beyond.md` §5 (DailyBot's official CLI `chat.py` and its
 * chat SKILL, the developer docs' messaging page).
 */
import { defineInputField, type Bundle, type ZObject } from 'zapier-platform-core';

import { Button, buttonsBodyShape, MAX_BUTTONS } from './buttons';
import { PersonOutput, peopleOutputFields, personOutput, samplePerson } from './people';
import { answerOf, sendAction, type ActionRequest } from './request';
import { peopleField, teamsField } from '../../inputs/fields';
import { httpsUrl, idList, list, splitList, text } from '../../inputs/rules';
import { resolveUsers, type ResolvedUser } from '../../people';
import { schema, type Infer, type ZodModule } from '../../schemas/lazy';
import { CHAT_USER_ID_PATTERN, DAILYBOT_ID_PATTERN, UUID_PATTERN } from '../../schemas/patterns';

export const USERS = 'Users';
/** Slack (C0123456789), Microsoft Teams (19:…@thread.tacv2), Google Chat (spaces/AAAA…) channel IDs. */
export const CHANNEL_ID = /^[A-Za-z0-9_.:@/#=+-]{1,255}$/;
/**
 * A group conversation from Open Group Conversation, as it outputs it for the message steps (`group_chat:G0123`):
 * DailyBot wants such a channel as `{id, channel_type: "group_chat"}`, not as a regular channel
 * (dailybot-api-more.md §8.2, the official CLI after `/v1/open-conversation/`). A plain ID stays a channel.
 */
export const GROUP_CHAT_PREFIX = 'group_chat:';
export const groupChatTarget = (channel: string): string => `${GROUP_CHAT_PREFIX}${channel}`;

/** One entry of `target_channels` as DailyBot takes it. */
const channelTarget = (entry: string) =>
  entry.toLowerCase().startsWith(GROUP_CHAT_PREFIX)
    ? { id: entry.slice(GROUP_CHAT_PREFIX.length), channel_type: 'group_chat' as const }
    : { id: entry, is_channel_message: true as const };

// ── Input fields ────────────────────────────────────────────────────────────────────────────────

// the steps put their target fields in an "at least one of" group (`atLeastOneOf`, src/inputs/fields.ts), which says so in their help

export const usersField = (helpText = 'People who get the message privately.') =>
  peopleField('target_users', USERS, false, `${helpText} A chat-platform user ID (such as the Slack member ID U02ABCDEF12) is sent as it is.`);

export const teamsTargetField = () => teamsField('target_teams', 'Teams', 'Every member of these teams gets the message.');

export const channelsField = (helpText = 'Chat channels to post in.') =>
  defineInputField({
    key: 'target_channels',
    label: 'Channels',
    type: 'string',
    list: true,
    required: false,
    dynamic: 'list_channels.id.name',
    helpText:
      `${helpText} Pick them from the list (DailyBot’s reporting channels), or type a channel’s ID, such as ` +
      '`C0123456789` in Slack (open the channel’s details to find it). For a group conversation opened by Open Group ' +
      'Conversation, map its “Group Conversation for Messages” (it starts with `group_chat:`).',
  });

export const imageField = (group?: string) =>
  defineInputField({
    key: 'image_url',
    label: 'Image URL',
    type: 'string',
    required: false,
    helpText: 'A public `https://` link to an image to attach.',
    ...(group ? { group } : {}),
  });

// ── Input rules ─────────────────────────────────────────────────────────────────────────────────

/** Nothing in a line item's field: absent, null or blank text (an object or a number is something, for the rules to judge). */
const blankCell = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Drops the empty rows Zapier may send for line items, and takes one row given alone. */
export const lineItems = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return [];
  const rows = Array.isArray(value) ? value : [value];
  return rows.filter((row) => !(row && typeof row === 'object' && !Array.isArray(row) && Object.values(row).every(blankCell)));
};

/** The rules of the shared fields, to spread into a step's `zod.object({...})`. */
export const messageRules = (zod: ZodModule) => ({
  target_users: list(zod),
  target_teams: idList(zod),
  target_channels: zod.preprocess(
    (value) => [...new Set(splitList(value))],
    zod
      .array(
        zod
          .string()
          .regex(CHANNEL_ID, 'must list channel IDs such as C0123456789')
          .refine((v) => v.toLowerCase() !== GROUP_CHAT_PREFIX, 'must name the group conversation after “group_chat:”'),
      )
      .max(100, 'must name at most 100 channels'),
  ),
  image_url: httpsUrl(zod),
  buttons: zod.preprocess(lineItems, zod.array(Button(zod)).max(MAX_BUTTONS, `must have at most ${MAX_BUTTONS} buttons`)),
});

export interface Targets {
  target_users: string[];
  target_teams: string[];
  target_channels: string[];
}

export const hasTarget = (v: Targets): boolean => v.target_users.length + v.target_teams.length + v.target_channels.length > 0;

// ── The request ─────────────────────────────────────────────────────────────────────────────────

/** The parts of `POST /send-message/`'s body every chat action may send (zod, for the request schemas). */
/** DailyBot's message IDs (`$db/<uuid>`), and the IDs version 1 let a Zap give its messages. */
export const MESSAGE_ID = /^\S{1,255}$/;

/** A message ID mapped from Send Message (or one of its thread replies). */
export const messageId = (zod: ZodModule) =>
  text(zod, 255).regex(MESSAGE_ID, 'must be the Message ID from Send Message, such as $db/ae007b43-…');

export const messageBodyShape = (zod: ZodModule) => ({
  message: zod.string().min(1).max(10_000),
  target_users: zod.array(zod.string().refine((v) => UUID_PATTERN.test(v) || CHAT_USER_ID_PATTERN.test(v))).min(1).optional(),
  target_teams: zod.array(zod.string().regex(DAILYBOT_ID_PATTERN)).min(1).optional(),
  // the channel object of DailyBot's help center (`is_channel_message`), which its API still takes
  target_channels: zod
    .array(
      zod.union([
        zod.strictObject({ id: zod.string().regex(CHANNEL_ID), is_channel_message: zod.literal(true) }),
        zod.strictObject({ id: zod.string().regex(CHANNEL_ID).min(1), channel_type: zod.literal('group_chat') }),
      ]),
    )
    .min(1)
    .optional(),
  image_url: zod.string().startsWith('https://').optional(),
  buttons: buttonsBodyShape(zod).optional(),
});

export interface SentTargets extends Targets {
  /** The people of `target_users`, as the output lists them. */
  users: ResolvedUser[];
}

/** Resolves the people (one listing for all of them) and gives the targets as sent. */
export const resolveTargets = async (z: ZObject, bundle: Bundle, inputs: Targets): Promise<SentTargets> => {
  // DailyBot's CLI sends chat-platform user IDs (`U02ABCDEF12`) as recipients as they are: so does this app
  const users = inputs.target_users.length > 0 ? await resolveUsers(z, bundle, inputs.target_users, USERS, { chatIds: true }) : [];
  return { users, target_users: users.map((u) => u.uuid), target_teams: inputs.target_teams, target_channels: inputs.target_channels };
};

/** The targets in the body: only those given. */
export const targetsBody = (t: Targets) => ({
  ...(t.target_users.length > 0 ? { target_users: t.target_users } : {}),
  ...(t.target_teams.length > 0 ? { target_teams: t.target_teams } : {}),
  ...(t.target_channels.length > 0 ? { target_channels: t.target_channels.map(channelTarget) } : {}),
});

/**
 * DailyBot's answer: `{bot_message_id, thread_responses: ["$db/…"]}` (official CLI's chat SKILL); older
 * deployments answer 204 with no body (developer docs), so every part is optional.
 */
const Answer = schema((zod) =>
  zod.looseObject({
    bot_message_id: zod.string().optional(),
    thread_responses: zod
      .array(zod.union([zod.string(), zod.looseObject({ bot_message_id: zod.string() }).transform((r) => r.bot_message_id)]))
      .optional()
      .catch(undefined),
  }),
);

export interface Sent {
  bot_message_id: string | null;
  thread_response_ids: string[];
}

/** Sends one `POST /send-message/`; `explain` words the answers the step knows better. */
export const postMessage = async (z: ZObject, bundle: Bundle, body: Record<string, unknown>, explain?: ActionRequest['explain']): Promise<Sent> => {
  const response = await sendAction(z, bundle, { method: 'POST', path: '/send-message/', body, peopleField: USERS, explain });
  // the message went out: an answer without an ID is not an error
  const answer = Answer.safeParse(answerOf(response));
  return {
    bot_message_id: answer.success ? (answer.data.bot_message_id ?? null) : null,
    thread_response_ids: answer.success ? (answer.data.thread_responses ?? []) : [],
  };
};

// ── The output ──────────────────────────────────────────────────────────────────────────────────

export const MessageOutput = schema((zod) =>
  zod.object({
    bot_message_id: zod.string().nullable(),
    thread_response_ids: zod.array(zod.string()),
    message: zod.string(),
    target_users: zod.array(zod.string()),
    target_teams: zod.array(zod.string()),
    target_channels: zod.array(zod.string()),
    users: zod.array(PersonOutput.get()),
  }),
);
export type MessageOutput = Infer<typeof MessageOutput>;

/** An edited message (Update Message): an edit sends no thread replies, so it has none to give. */
export const EditedMessageOutput = schema((zod) => MessageOutput.get().omit({ thread_response_ids: true }));
export type EditedMessageOutput = Infer<typeof EditedMessageOutput>;

export const messageOutput = (message: string, sent: Sent, targets: SentTargets): MessageOutput => ({
  bot_message_id: sent.bot_message_id,
  thread_response_ids: sent.thread_response_ids,
  message,
  target_users: targets.target_users,
  target_teams: targets.target_teams,
  target_channels: targets.target_channels,
  users: targets.users.map(personOutput),
});

export const messageSample: MessageOutput = {
  bot_message_id: '$db/ae007b43-dde2-4fa9-bce3-71fb0975a249',
  thread_response_ids: ['$db/22aca052-5b1e-4c4e-9a0b-3f1d2e4c5a6b'],
  message: 'Deployment completed successfully! ✅',
  target_users: [samplePerson.uuid],
  target_teams: ['13883b5b-7066-47aa-ad0c-63bbc89eb986'],
  target_channels: ['C0123456789'],
  users: [samplePerson],
};

export const messageOutputFields = [
  { key: 'bot_message_id', label: 'Message ID' },
  { key: 'thread_response_ids', label: 'Thread Reply IDs', list: true },
  { key: 'message', label: 'Message' },
  { key: 'target_users', label: 'User IDs', list: true },
  { key: 'target_teams', label: 'Team IDs', list: true },
  { key: 'target_channels', label: 'Channel IDs', list: true },
  ...peopleOutputFields('users', 'User'),
];

export const editedMessageOutputFields = messageOutputFields.filter((field) => field.key !== 'thread_response_ids');
