/**
 * Log Activity: POSTs `{custom_type, message, link?, user_email | user_uuid}` to the organization's
 * Activity Hook URL (kept in the connection). The hook is DailyBot's, but not its API: the API key
 * is not sent to it, and neither its URL nor the key appears in any message or output.
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { uuidsAndEmails } from './shared/people';
import { personField } from '../inputs/fields';
import { send } from '../http/client';
import { hookUrlProblem, hookUrlProblemText } from '../http/hosts';
import { hookRefusal } from './shared/hook';
import { parseInputs } from '../inputs/parse';

import { schema, type Infer } from '../schemas/lazy';
import { httpsUrl, person, text } from '../inputs/rules';
import { EMAIL_PATTERN, UUID_PATTERN } from '../schemas/patterns';
import { namePartFields, namePartsOf, personShape } from '../names';

const USER = 'User';
const WHERE = "DailyBot's Activity Hook URL";
const WHERE_TO_FIND = 'DailyBot → Organization Settings → Integrations → Activity API';

const inputFields = defineInputFields([
  {
    key: 'custom_type',
    label: 'Activity Type',
    type: 'string',
    required: true,
    helpText: 'A short name that groups activities in reports, such as `deployment` or `ticket_resolved` (at most 128 characters).',
  },
  { key: 'message', label: 'Message', type: 'text', required: true, helpText: 'What happened, as the check-in report shows it.' },
  personField('user', USER, true, 'The DailyBot user who did it.'),
  { key: 'link', label: 'Link', type: 'string', required: false, helpText: 'An `https://` link the report makes clickable, such as the release or the ticket.' },
]);

const Inputs = schema((zod) =>
  zod.object({ custom_type: text(zod, 128), message: text(zod, 10_000), user: person(zod), link: httpsUrl(zod) }),
);

/** The body the Activity Hook URL accepts: one of `user_email` and `user_uuid`. */
export const request = schema((zod) =>
  zod
    .strictObject({
      custom_type: zod.string().min(1).max(128),
      message: zod.string().min(1).max(10_000),
      link: zod.string().startsWith('https://').optional(),
      user_email: zod.string().regex(EMAIL_PATTERN).optional(),
      user_uuid: zod.string().regex(UUID_PATTERN).optional(),
    })
    .refine((body) => (body.user_email === undefined) !== (body.user_uuid === undefined), 'needs exactly one of user_email and user_uuid'),
);

export const output = schema((zod) =>
  zod.object({
    custom_type: zod.string(),
    message: zod.string(),
    link: zod.string().nullable(),
    user: zod.string(),
    ...personShape(zod, 'user_'),
  }),
);

/** The connection's Activity Hook URL, or an error that says where to add it. */
const hookUrlOf = (z: ZObject, bundle: Bundle): string => {
  const url = bundle.authData?.activity_hook_url?.trim();
  if (!url) {
    throw new z.errors.Error(
      'Log Activity needs your organization’s Activity Hook URL, and this DailyBot connection has none. ' +
        `Copy it from ${WHERE_TO_FIND}, then edit this connection (or reconnect DailyBot) and paste it into “Activity Hook URL”.`,
      'missing_activity_hook_url',
    );
  }
  const problem = hookUrlProblem(url);
  if (problem) {
    throw new z.errors.Error(
      `${hookUrlProblemText(problem, true)} ` +
        `Copy it again from ${WHERE_TO_FIND}, then edit this connection (or reconnect DailyBot) and paste it into “Activity Hook URL”.`,
      'invalid_activity_hook_url',
    );
  }
  return url;
};

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const url = hookUrlOf(z, bundle);
  // an email or a UUID goes as it is; a full name is looked up
  const { uuids, emails, resolved } = await uuidsAndEmails(z, bundle, [inputs.user], USER);
  const [who] = resolved;
  const userUuid = uuids[0] ?? null;
  const userEmail = userUuid ? null : (emails[0] ?? null);
  const body = {
    custom_type: inputs.custom_type,
    message: inputs.message,
    ...(inputs.link ? { link: inputs.link } : {}),
    ...(userUuid ? { user_uuid: userUuid } : { user_email: userEmail }),
  };
  const response = await send(z, bundle, { method: 'POST', url, body, allowStatuses: [401, 403, 404], where: WHERE });
  if (response.status === 404) {
    throw new z.errors.Error(
      `DailyBot found no user “${inputs.user}” (from “${USER}”) in your organization, so the activity was not logged. ` +
        `Use the email address or the ID of an active DailyBot user in “${USER}”.`,
      'activity_user_not_found',
      404,
    );
  }
  if (response.status === 401 || response.status === 403) {
    throw hookRefusal(
      z,
      bundle,
      response,
      WHERE,
      `DailyBot did not accept the Activity Hook URL (HTTP ${response.status}): it may have been replaced. ` +
        `Copy it again from ${WHERE_TO_FIND}, then edit this connection (or reconnect DailyBot) and paste it into “Activity Hook URL”.`,
      'activity_hook_rejected',
    );
  }
  return {
    custom_type: inputs.custom_type,
    message: inputs.message,
    link: inputs.link ?? null,
    user: inputs.user,
    user_uuid: userUuid,
    user_email: userEmail ?? who?.email ?? null,
    user_full_name: who?.full_name ?? null,
    ...namePartsOf('user_', who?.full_name),
  };
};

export default defineCreate({
  key: 'push_activity',
  noun: 'Activity',
  display: {
    label: 'Log Activity',
    description:
      'Logs work done in another tool as an activity, shown in check-in reports. Needs the Activity Hook URL in the connection.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      custom_type: 'deployment',
      message: 'Deployed v2.1.0 to production',
      link: 'https://github.com/org/repo/releases/tag/v2.1.0',
      user: 'John Wick',
      user_uuid: '5945bf02-66f5-4b29-bbd6-07421dfa0a87',
      user_email: 'john@example.com',
      user_full_name: 'John Wick',
      user_first_name: 'John',
      user_last_name: 'Wick',
    },
    outputFields: [
      { key: 'custom_type', label: 'Activity Type' },
      { key: 'message', label: 'Message' },
      { key: 'link', label: 'Link' },
      { key: 'user', label: 'User as Given' },
      { key: 'user_uuid', label: 'User ID' },
      { key: 'user_email', label: 'User Email' },
      { key: 'user_full_name', label: 'User Full Name' },
      ...namePartFields('user_', 'User'),
    ],
  },
});
