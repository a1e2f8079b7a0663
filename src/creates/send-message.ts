/**
 * Send Message: `POST /send-message/` to people, teams and channels, with an optional image and
 * buttons. DailyBot answers `{bot_message_id}`, or nothing at all on older deployments.
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { PersonOutput, peopleOutputFields, personOutput, samplePerson } from './shared/people';
import { answerOf, sendAction } from './shared/request';
import { peopleField, teamsField } from '../inputs/fields';
import { parseInputs } from '../inputs/parse';
import { resolveUsers } from '../people';
import { schema, type Infer, type ZodModule } from '../schemas/lazy';
import { bool, httpsUrl, idList, list, oneOf, optionalText, splitList, text } from '../inputs/rules';
import { DAILYBOT_ID_PATTERN, UUID_PATTERN } from '../schemas/patterns';

const USERS = 'Users';
const MAX_BUTTONS = 25;
const BUTTON_TYPES = ['Command'] as const;
/** Slack (C0123456789), Microsoft Teams (19:…@thread.tacv2), Google Chat (spaces/AAAA…) channel IDs. */
const CHANNEL_ID = /^[A-Za-z0-9_.:@/#=+-]{1,255}$/;

const inputFields = defineInputFields([
  { key: 'message', label: 'Message', type: 'text', required: true, helpText: 'The text to send. Chat formatting (bold, links) works as in your chat app.' },
  peopleField('target_users', USERS, false, 'People who get the message privately.'),
  teamsField('target_teams', 'Teams', 'Every member of these teams gets the message.'),
  {
    key: 'target_channels',
    label: 'Channels',
    type: 'string',
    list: true,
    required: false,
    helpText: 'IDs of chat channels to post in, such as `C0123456789` in Slack (open the channel’s details to find it).',
  },
  { key: 'image_url', label: 'Image URL', type: 'string', required: false, helpText: 'A public https:// link to an image to attach.' },
  {
    key: 'buttons',
    label: 'Buttons',
    required: false,
    // a field with children may not have help text: the children say it
    children: [
      { key: 'label', label: 'Label', type: 'string', required: false, helpText: `The text on the button (up to ${MAX_BUTTONS} buttons; each needs a Label and a Value).` },
      { key: 'value', label: 'Value', type: 'string', required: false, helpText: 'The DailyBot command a click on the button runs.' },
      { key: 'label_after_click', label: 'Label After Click', type: 'string', required: false, helpText: 'What the button says once clicked.' },
      {
        key: 'button_type',
        label: 'Button Type',
        type: 'string',
        required: false,
        default: 'Command',
        choices: [{ value: 'Command', label: 'Command', sample: 'Command' }],
      },
    ],
  },
  {
    key: 'bot_message_id',
    label: 'Message ID',
    type: 'string',
    required: false,
    helpText: 'Your own ID for this message, to track it. Sending an ID DailyBot already knows edits that message instead of sending a new one.',
  },
  { key: 'skip_users_on_time_off', label: 'Skip People on Time Off', type: 'boolean', required: false },
]);

/** Drops the empty rows Zapier may send for line items, and takes one button given alone. */
const buttonRows = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return [];
  const rows = Array.isArray(value) ? value : [value];
  return rows.filter(
    (row) => !(row && typeof row === 'object' && !Array.isArray(row) && Object.values(row).every((v) => v === undefined || v === null || String(v).trim() === '')),
  );
};

const Button = (zod: ZodModule) =>
  zod.object(
    {
      label: text(zod, 75),
      value: text(zod, 2000),
      label_after_click: optionalText(zod, 150),
      button_type: oneOf(zod, BUTTON_TYPES).transform((type) => type ?? 'Command'),
    },
    { error: 'must be a button with a Label and a Value' },
  );

const Inputs = schema((zod) =>
  zod
    .object({
      message: text(zod),
      target_users: list(zod),
      target_teams: idList(zod),
      target_channels: zod.preprocess(
        (value) => [...new Set(splitList(value))],
        zod.array(zod.string().regex(CHANNEL_ID, 'must list channel IDs such as C0123456789')).max(100, 'must name at most 100 channels'),
      ),
      image_url: httpsUrl(zod),
      buttons: zod.preprocess(buttonRows, zod.array(Button(zod)).max(MAX_BUTTONS, `must have at most ${MAX_BUTTONS} buttons`)),
      bot_message_id: optionalText(zod, 255),
      skip_users_on_time_off: bool(zod),
    })
    .refine((v) => v.target_users.length + v.target_teams.length + v.target_channels.length > 0, {
      message: 'name at least one recipient in “Users”, “Teams” or “Channels”',
    }),
);

/** The body of `POST /send-message/`. */
export const request = schema((zod) =>
  zod
    .strictObject({
      message: zod.string().min(1).max(10_000),
      target_users: zod.array(zod.string().regex(UUID_PATTERN)).min(1).optional(),
      target_teams: zod.array(zod.string().regex(DAILYBOT_ID_PATTERN)).min(1).optional(),
      target_channels: zod.array(zod.strictObject({ id: zod.string().regex(CHANNEL_ID), is_channel_message: zod.literal(true) })).min(1).optional(),
      image_url: zod.string().startsWith('https://').optional(),
      buttons: zod
        .array(
          zod.strictObject({
            label: zod.string().min(1).max(75),
            value: zod.string().min(1).max(2000),
            label_after_click: zod.string().min(1).max(150).optional(),
            button_type: zod.enum(BUTTON_TYPES),
          }),
        )
        .min(1)
        .max(MAX_BUTTONS)
        .optional(),
      bot_message_id: zod.string().min(1).max(255).optional(),
      skip_users_on_time_off: zod.boolean().optional(),
    })
    .refine((body) => body.target_users || body.target_teams || body.target_channels, 'has no recipient'),
);

export const output = schema((zod) =>
  zod.object({
    bot_message_id: zod.string().nullable(),
    message: zod.string(),
    target_users: zod.array(zod.string()),
    target_teams: zod.array(zod.string()),
    target_channels: zod.array(zod.string()),
    users: zod.array(PersonOutput.get()),
  }),
);

const Answer = schema((zod) => zod.looseObject({ bot_message_id: zod.string() }));

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const users = inputs.target_users.length > 0 ? await resolveUsers(z, bundle, inputs.target_users, USERS) : [];
  const targetUsers = users.map((user) => user.uuid);
  const response = await sendAction(z, bundle, {
    method: 'POST',
    path: '/send-message/',
    body: {
      message: inputs.message,
      ...(targetUsers.length > 0 ? { target_users: targetUsers } : {}),
      ...(inputs.target_teams.length > 0 ? { target_teams: inputs.target_teams } : {}),
      ...(inputs.target_channels.length > 0 ? { target_channels: inputs.target_channels.map((id) => ({ id, is_channel_message: true })) } : {}),
      ...(inputs.image_url ? { image_url: inputs.image_url } : {}),
      ...(inputs.buttons.length > 0 ? { buttons: inputs.buttons } : {}),
      ...(inputs.bot_message_id ? { bot_message_id: inputs.bot_message_id } : {}),
      ...(inputs.skip_users_on_time_off !== undefined ? { skip_users_on_time_off: inputs.skip_users_on_time_off } : {}),
    },
    peopleField: USERS,
  });
  // the message went out: an answer without an ID is not an error
  const answer = Answer.safeParse(answerOf(response));
  return {
    bot_message_id: answer.success ? answer.data.bot_message_id : (inputs.bot_message_id ?? null),
    message: inputs.message,
    target_users: targetUsers,
    target_teams: inputs.target_teams,
    target_channels: inputs.target_channels,
    users: users.map(personOutput),
  };
};

export default defineCreate({
  key: 'send_message',
  noun: 'Message',
  display: {
    label: 'Send Message',
    description: 'Sends a chat message to people, teams or channels, with an optional image and buttons.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      bot_message_id: '$db/ae007b43-dde2-4fa9-bce3-71fb0975a249',
      message: 'Deployment completed successfully! ✅',
      target_users: [samplePerson.uuid],
      target_teams: ['13883b5b-7066-47aa-ad0c-63bbc89eb986'],
      target_channels: ['C0123456789'],
      users: [samplePerson],
    },
    outputFields: [
      { key: 'bot_message_id', label: 'Message ID' },
      { key: 'message', label: 'Message' },
      { key: 'target_users', label: 'User IDs', list: true },
      { key: 'target_teams', label: 'Team IDs', list: true },
      { key: 'target_channels', label: 'Channel IDs', list: true },
      ...peopleOutputFields('users', 'User'),
    ],
  },
});
