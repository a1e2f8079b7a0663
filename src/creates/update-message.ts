/**
 * Update Message: edits a message Send Message sent, with the same `POST /send-message/` carrying the
 * message's `bot_message_id` and the targets it went to. DailyBot edits a message (or one of its
 * thread replies: a reply's ID is a message ID too) for 72 hours after sending; the platform keeps
 * the original bot name and picture, and buttons stay unless new ones are given (official CLI's chat
 * SKILL, `../shared/reference/dailybot-api-beyond.md` §5c).
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { buttonsField } from './shared/buttons';
import {
  MESSAGE_ID,
  messageId,
  channelsField,
  hasTarget,
  imageField,
  messageBodyShape,
  EditedMessageOutput,
  editedMessageOutputFields,
  messageOutput,
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
import { text } from '../inputs/rules';
import { schema, type Infer } from '../schemas/lazy';

const ONE_OF = '“Users”, “Teams” or “Channels”, as the message was sent';
/** The "at least one of" group of the message's targets. */
const RECIPIENTS = 'recipients';
const SAME = 'Map the same field from the Send Message step that sent the message.';

const inputFields = defineInputFields([
  {
    key: 'bot_message_id',
    label: 'Message ID',
    type: 'string',
    required: true,
    helpText:
      'The message to edit: map “Message ID” (or one of the “Thread Reply IDs”) from the Send Message step that sent it. ' +
      'It is DailyBot’s own ID, such as `$db/ae007b43-…`. DailyBot edits messages for 72 hours after they are sent.',
  },
  { key: 'message', label: 'Message', type: 'text', required: true, helpText: 'The new text of the message. It replaces the old text.' },
  ...atLeastOneOf(RECIPIENTS, [
    usersField(`The people the message was sent to. ${SAME}`),
    teamsTargetField(),
    channelsField(`The channels the message was posted in. ${SAME}`),
  ]),
  imageField(),
  buttonsField(),
]);

const Inputs = schema((zod) =>
  zod
    .object({
      bot_message_id: messageId(zod),
      message: text(zod),
      ...messageRules(zod),
    })
    .refine(hasTarget, { message: `name at least one recipient in ${ONE_OF}` }),
);

/** The body of `POST /send-message/` that edits a message. */
export const request = schema((zod) =>
  zod
    .strictObject({ ...messageBodyShape(zod), bot_message_id: zod.string().regex(MESSAGE_ID) })
    .refine((body) => body.target_users || body.target_teams || body.target_channels, 'has no recipient'),
);

export const output = EditedMessageOutput;

/**
 * DailyBot's words for "this message can no longer be edited" are not documented: any 404, and any 400
 * whose code speaks of the edit, its window or the message (not of people or teams), get this step's explanation.
 */
const EDIT_CODES = /edit|window|expired|too_old|bot_message|^message_not_found$|^not_found$/i;

const explain =
  (id: string) =>
  (status: number, code: string | undefined, detail: string): string | undefined => {
    if (code && /user|team/i.test(code)) return undefined;
    if (!(status === 404 || (code !== undefined && EDIT_CODES.test(code)))) return undefined;
    const says = detail && detail !== code ? ` DailyBot says: ${detail.replace(/\.?$/, '.')}` : '';
    return (
      `DailyBot could not edit the message “${id}”${code ? ` (DailyBot code: ${code})` : ''}.${says} ` +
      'A message can be edited only within 72 hours of being sent, with the Message ID and the same recipients Send Message gave. ' +
      'After that, send a new message with Send Message instead.'
    );
  };

const { thread_response_ids: _replies, ...editedSample } = messageSample;

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  haltWhenGroupEmpty(z, bundle, inputFields, RECIPIENTS, 'The message was not edited');
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const targets = await resolveTargets(z, bundle, inputs);
  const sent = await postMessage(
    z,
    bundle,
    {
      message: inputs.message,
      ...targetsBody(targets),
      ...(inputs.image_url ? { image_url: inputs.image_url } : {}),
      ...(inputs.buttons.length > 0 ? { buttons: inputs.buttons } : {}),
      bot_message_id: inputs.bot_message_id,
    },
    explain(inputs.bot_message_id),
  );
  // DailyBot may answer an edit with no body: the message keeps its ID
  const { thread_response_ids: _none, ...edited } = messageOutput(inputs.message, { ...sent, bot_message_id: sent.bot_message_id ?? inputs.bot_message_id }, targets);
  return edited;
};

export default defineCreate({
  key: 'update_message',
  noun: 'Message',
  display: {
    label: 'Update Message',
    description: 'Edits the text, image or buttons of a chat message sent with Send Message, within 72 hours of sending it.',
  },
  operation: {
    inputFields,
    perform,
    sample: { ...editedSample, message: 'Deployment completed successfully! ✅ (rolled out to 100%)' },
    outputFields: editedMessageOutputFields,
  },
});
