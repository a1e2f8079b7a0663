/** Send Email: `POST /send-email/` to DailyBot users, named by UUID, email or full name. */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { PersonOutput, peopleOutputFields, personOutput, samplePerson } from './shared/people';
import { answerOf, sendAction } from './shared/request';
import { peopleField } from '../inputs/fields';
import { parseInputs } from '../inputs/parse';
import { resolveUsers } from '../people';
import { schema, type Infer } from '../schemas/lazy';
import { list, text } from '../inputs/rules';
import { UUID_PATTERN } from '../schemas/patterns';

const RECIPIENTS = 'Recipients';

const inputFields = defineInputFields([
  peopleField('users', RECIPIENTS, true, 'The DailyBot users who get the email.'),
  { key: 'email_subject', label: 'Subject', type: 'string', required: true },
  { key: 'email_content', label: 'Content', type: 'text', required: true, helpText: 'The body of the email: plain text or HTML.' },
]);

const Inputs = schema((zod) =>
  zod.object({
    users: list(zod).refine((users) => users.length > 0, 'is required: name at least one person'),
    email_subject: text(zod, 255),
    email_content: text(zod, 50_000),
  }),
);

/** The body of `POST /send-email/`. */
export const request = schema((zod) =>
  zod.strictObject({
    users_uuids: zod.array(zod.string().regex(UUID_PATTERN)).min(1).max(500),
    email_subject: zod.string().min(1).max(255),
    email_content: zod.string().min(1).max(50_000),
  }),
);

export const output = schema((zod) =>
  zod.object({
    detail: zod.string().nullable(),
    email_subject: zod.string(),
    users_uuids: zod.array(zod.string()),
    users: zod.array(PersonOutput.get()),
  }),
);

const Answer = schema((zod) => zod.looseObject({ detail: zod.string() }));

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const users = await resolveUsers(z, bundle, inputs.users, RECIPIENTS);
  const usersUuids = users.map((user) => user.uuid);
  const response = await sendAction(z, bundle, {
    method: 'POST',
    path: '/send-email/',
    body: { users_uuids: usersUuids, email_subject: inputs.email_subject, email_content: inputs.email_content },
    peopleField: RECIPIENTS,
  });
  const answer = Answer.safeParse(answerOf(response));
  return {
    detail: answer.success ? answer.data.detail : null,
    email_subject: inputs.email_subject,
    users_uuids: usersUuids,
    users: users.map(personOutput),
  };
};

export default defineCreate({
  key: 'send_email',
  noun: 'Email',
  display: {
    label: 'Send Email',
    description: 'Sends an email to people in your organization.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      detail: 'Emails sent successfully.',
      email_subject: 'Weekly Report Ready',
      users_uuids: [samplePerson.uuid],
      users: [samplePerson],
    },
    outputFields: [
      { key: 'detail', label: 'DailyBot Answer' },
      { key: 'email_subject', label: 'Subject' },
      { key: 'users_uuids', label: 'Recipient IDs', list: true },
      ...peopleOutputFields('users', 'Recipient'),
    ],
  },
});
