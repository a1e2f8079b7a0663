/** Open Group Conversation: `POST /open-conversation/` (Slack only) → the new conversation's channel ID. */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { groupChatTarget } from './shared/message';
import { PersonOutput, peopleOutputFields, personOutput, samplePerson } from './shared/people';
import { parseActionAnswer, sendAction } from './shared/request';
import { peopleField } from '../inputs/fields';
import { parseInputs } from '../inputs/parse';
import { resolveUsers } from '../people';
import { schema, type Infer } from '../schemas/lazy';
import { list } from '../inputs/rules';
import { UUID_PATTERN } from '../schemas/patterns';

const PEOPLE = 'People';

const inputFields = defineInputFields([
  peopleField('users', PEOPLE, true, 'The people in the new private group conversation (Slack only).'),
]);

const Inputs = schema((zod) => zod.object({ users: list(zod).refine((users) => users.length > 0, 'is required: name at least one person') }));

/** The body of `POST /open-conversation/`. */
export const request = schema((zod) => zod.strictObject({ users_uuids: zod.array(zod.string().regex(UUID_PATTERN)).min(1).max(500) }));

export const output = schema((zod) =>
  zod.object({ channel: zod.string(), group_chat: zod.string(), users_uuids: zod.array(zod.string()), users: zod.array(PersonOutput.get()) }),
);

/** The docs show `{channel}`; an older page shows `{…, body: {channel}}`. */
const Answer = schema((zod) => {
  const channel = zod.union([zod.string().min(1), zod.number()]).transform(String);
  return zod.union([
    zod.looseObject({ channel }).transform((a) => a.channel),
    zod.looseObject({ body: zod.looseObject({ channel }) }).transform((a) => a.body.channel),
  ]);
});

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const users = await resolveUsers(z, bundle, inputs.users, PEOPLE);
  const usersUuids = users.map((user) => user.uuid);
  const response = await sendAction(z, bundle, { method: 'POST', path: '/open-conversation/', body: { users_uuids: usersUuids }, peopleField: PEOPLE });
  const channel = parseActionAnswer(z, Answer, response, 'the new conversation');
  // `group_chat` is the channel as the message steps take it: DailyBot wants a group sent as {id, channel_type: "group_chat"}
  return { channel, group_chat: groupChatTarget(channel), users_uuids: usersUuids, users: users.map(personOutput) };
};

export default defineCreate({
  key: 'open_conversation',
  noun: 'Conversation',
  display: {
    label: 'Open Group Conversation',
    description: 'Opens a private group conversation in Slack between people, and gives its channel ID.',
  },
  operation: {
    inputFields,
    perform,
    sample: { channel: 'C0123456789', group_chat: 'group_chat:C0123456789', users_uuids: [samplePerson.uuid], users: [samplePerson] },
    outputFields: [
      { key: 'channel', label: 'Channel ID' },
      { key: 'group_chat', label: 'Group Conversation for Messages' },
      { key: 'users_uuids', label: 'User IDs', list: true },
      ...peopleOutputFields('users', 'User'),
    ],
  },
});
