/**
 * Send Message: `POST /send-message/` to people, teams and channels, with an optional image, buttons
 * and replies in the message's thread. DailyBot answers `{bot_message_id, thread_responses}`, or
 * nothing at all on older deployments. Editing a sent message is Update Message's job; the version 1
 * input “Edit Message ID” stays (input keys are public) and does the same.
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { buttonsField } from './shared/buttons';
import {
  channelsField,
  hasTarget,
  imageField,
  messageBodyShape,
  MESSAGE_ID,
  messageId,
  MessageOutput,
  messageOutput,
  messageOutputFields,
  messageRules,
  messageSample,
  postMessage,
  resolveTargets,
  targetsBody,
  teamsTargetField,
  usersField,
} from './shared/message';
import { atLeastOneOf } from '../inputs/fields';
import { haltWhenGroupEmpty, parseInputs } from '../inputs/parse';
import { blankToUndefined, bool, text } from '../inputs/rules';
import { schema, type Infer } from '../schemas/lazy';

const MAX_THREAD_RESPONSES = 10;
const ONE_OF = '“Users”, “Teams” or “Channels”';
const MORE = 'more';
/** The "at least one of" group of the message's targets. */
const RECIPIENTS = 'recipients';

/** Replies as Zapier hands them: a list (one reply an item; a reply may hold commas and lines), or one text. */
const replies = (value: unknown): unknown => {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.filter((item) => !(item === undefined || item === null || (typeof item === 'string' && item.trim() === '')));
};

const inputFields = defineInputFields([
  { key: 'message', label: 'Message', type: 'text', required: true, helpText: 'The text to send. Chat formatting (bold, links) works as in your chat app.' },
  ...atLeastOneOf(RECIPIENTS, [usersField(), teamsTargetField(), channelsField()]),
  {
    key: 'thread_responses',
    label: 'Thread Replies',
    type: 'text',
    list: true,
    required: false,
    group: MORE,
    helpText: `Up to ${MAX_THREAD_RESPONSES} replies posted under the message, in its thread, one per item: the message stays short and the details sit in its thread.`,
  },
  imageField(MORE),
  buttonsField(MORE),
  {
    // kept from version 1 (a public input key): it edits the message with that ID instead of sending one
    key: 'bot_message_id',
    label: 'Edit Message ID',
    type: 'string',
    required: false,
    group: MORE,
    helpText:
      'Leave empty to send a new message. To edit a message sent earlier, use the **Update Message** action; ' +
      'a “Message ID” mapped here from an earlier Send Message step (DailyBot’s own ID, such as `$db/ae007b43-…`) edits that message instead ' +
      '(within 72 hours of sending). Do not type an ID of your own: DailyBot makes them.',
  },
  {
    key: 'skip_users_on_time_off',
    label: 'Skip People on Time Off',
    type: 'boolean',
    required: false,
    group: MORE,
    helpText: 'Yes leaves out people who are on time off in DailyBot today.',
  },
]);

const Inputs = schema((zod) =>
  zod
    .object({
      message: text(zod),
      ...messageRules(zod),
      thread_responses: zod.preprocess(
        replies,
        zod.array(text(zod)).max(MAX_THREAD_RESPONSES, `must have at most ${MAX_THREAD_RESPONSES} replies`),
      ),
      bot_message_id: zod.preprocess(blankToUndefined, messageId(zod).optional()),
      skip_users_on_time_off: bool(zod),
    })
    .refine(hasTarget, { message: `name at least one recipient in ${ONE_OF}` }),
);

/** The body of `POST /send-message/`. */
export const request = schema((zod) =>
  zod
    .strictObject({
      ...messageBodyShape(zod),
      thread_responses: zod.array(zod.strictObject({ message: zod.string().min(1).max(10_000) })).min(1).max(MAX_THREAD_RESPONSES).optional(),
      bot_message_id: zod.string().regex(MESSAGE_ID).optional(),
      skip_users_on_time_off: zod.boolean().optional(),
    })
    .refine((body) => body.target_users || body.target_teams || body.target_channels, 'has no recipient'),
);

export const output = MessageOutput;

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  haltWhenGroupEmpty(z, bundle, inputFields, RECIPIENTS, 'No message was sent');
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const targets = await resolveTargets(z, bundle, inputs);
  const sent = await postMessage(z, bundle, {
    message: inputs.message,
    ...targetsBody(targets),
    ...(inputs.image_url ? { image_url: inputs.image_url } : {}),
    ...(inputs.buttons.length > 0 ? { buttons: inputs.buttons } : {}),
    ...(inputs.thread_responses.length > 0 ? { thread_responses: inputs.thread_responses.map((message) => ({ message })) } : {}),
    ...(inputs.bot_message_id ? { bot_message_id: inputs.bot_message_id } : {}),
    ...(inputs.skip_users_on_time_off !== undefined ? { skip_users_on_time_off: inputs.skip_users_on_time_off } : {}),
  });
  // an edit may be answered with no body: the message keeps the ID it was given
  return messageOutput(inputs.message, { ...sent, bot_message_id: sent.bot_message_id ?? inputs.bot_message_id ?? null }, targets);
};

export default defineCreate({
  key: 'send_message',
  noun: 'Message',
  display: {
    label: 'Send Message',
    description: 'Sends a chat message to people, teams or channels, with an optional image, buttons and thread replies.',
  },
  operation: {
    inputFields,
    inputFieldGroups: [{ key: MORE, label: 'More Options' }],
    perform,
    sample: messageSample,
    outputFields: messageOutputFields,
  },
});
