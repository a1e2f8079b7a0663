/**
 * Invite User: `POST /invite-user/` (DailyBot's developer docs, invitations; dailybot-api-beyond.md
 * §6). Body: `users_identifiers` (≤ 100; an identifier with "@" is an email), `is_guest_account_invite`,
 * `joinable_team_uuids`, `joinable_followup_uuids` (check-ins). One request.
 *
 * The answer is read as the docs show it, `{dailybot_members: {count, members}, users_invited:
 * {count, members}}` (the rest of the body is unread there). What a member item is, the docs do not
 * show: an email or identifier as text, or a user object (`email`, `uuid`, `full_name`) are all read.
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { answerOf, sendAction } from './shared/request';
import { checkinsField, teamsField } from '../inputs/fields';
import { parseInputs } from '../inputs/parse';
import { bool, email, idList, splitList } from '../inputs/rules';
import { schema, type Infer } from '../schemas/lazy';
import { CHAT_USER_ID_PATTERN, EMAIL_PATTERN } from '../schemas/patterns';

export const MAX_INVITES = 100;

const inputFields = defineInputFields([
  {
    key: 'users',
    label: 'Emails',
    type: 'string',
    list: true,
    required: true,
    helpText:
      `The email addresses of the people to invite, at most ${MAX_INVITES} (one per line, or several separated by commas). ` +
      'Members may also be named by their chat-platform user ID (such as the Slack member ID U02ABCDEF12); guests only by email. People already in DailyBot are not invited again.',
  },
  teamsField('teams', 'Teams', 'Teams the invited people join.'),
  checkinsField('checkins', 'Check-ins', 'Check-ins the invited people take part in.'),
  {
    key: 'is_guest_account_invite',
    label: 'Guest Accounts',
    type: 'boolean',
    required: false,
    helpText: 'Yes invites them as guests (people outside your chat workspace), not as members.',
  },
]);

/** The emails given, each once whatever its letter case; linear, so a mapped list of 50,000 items costs nothing. */
const uniqueEmails = (value: unknown): string[] => {
  const seen = new Set<string>();
  return splitList(value).filter((email) => {
    const key = email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const Inputs = schema((zod) =>
  zod.object({
    users: zod.preprocess(
      uniqueEmails,
      zod
        // an identifier with "@" is an email, anything else a chat-platform user ID (dailybot-api-more.md §6)
        .array(zod.union([email(zod, 'x'), zod.string().trim().regex(CHAT_USER_ID_PATTERN)], { error: 'must hold email addresses only (such as ann@example.com), or for members their chat-platform user IDs (such as U02ABCDEF12)' }))
        .min(1, 'is required')
        .max(MAX_INVITES, `must name at most ${MAX_INVITES} people: split them over several runs`),
    ),
    teams: idList(zod),
    checkins: idList(zod),
    is_guest_account_invite: bool(zod),
  }).superRefine((v, ctx) => {
    const chatIds = v.is_guest_account_invite ? v.users.filter((u) => !u.includes('@')) : [];
    if (chatIds.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['users'], message: `must hold email addresses only for guest invitations (DailyBot invites guests by email): ${chatIds.slice(0, 3).join(', ')} is not one` });
    }
  }),
);

/** The body of `POST /invite-user/`. */
export const request = schema((zod) =>
  zod.strictObject({
    users_identifiers: zod.array(zod.string().refine((v) => EMAIL_PATTERN.test(v) || CHAT_USER_ID_PATTERN.test(v))).min(1).max(MAX_INVITES),
    is_guest_account_invite: zod.boolean(),
    joinable_team_uuids: zod.array(zod.string()),
    joinable_followup_uuids: zod.array(zod.string()),
  }),
);

export const output = schema((zod) =>
  zod.object({
    id: zod.string(),
    invited_count: zod.number(),
    invited_emails: zod.array(zod.string()),
    already_members_count: zod.number(),
    already_members_emails: zod.array(zod.string()),
    teams: zod.array(zod.string()),
    checkins: zod.array(zod.string()),
    is_guest_account_invite: zod.boolean(),
  }),
);

const Member = schema((zod) =>
  zod.union([
    zod.string(),
    zod.looseObject({ email: zod.string().nullish(), identifier: zod.string().nullish(), user_identifier: zod.string().nullish(), uuid: zod.string().nullish(), full_name: zod.string().nullish() }),
  ]),
);
const Group = schema((zod) => zod.looseObject({ count: zod.number().nullish(), members: zod.array(Member.get()).nullish() }).nullish().catch(undefined));
const Answer = schema((zod) => zod.looseObject({ dailybot_members: Group.get(), users_invited: Group.get() }));

const emailsOf = (group: Infer<typeof Group>): string[] =>
  (group?.members ?? [])
    .map((m) => (typeof m === 'string' ? m : (m.email ?? m.identifier ?? m.user_identifier ?? m.full_name ?? m.uuid ?? '')))
    .filter((e) => e !== '');

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const guests = inputs.is_guest_account_invite ?? false;
  const response = await sendAction(z, bundle, {
    method: 'POST',
    path: '/invite-user/',
    body: { users_identifiers: inputs.users, is_guest_account_invite: guests, joinable_team_uuids: inputs.teams, joinable_followup_uuids: inputs.checkins },
    notFound: 'DailyBot could not find a team or check-in picked in this step (HTTP 404). Pick them again from the lists.',
  });
  const parsed = Answer.safeParse(answerOf(response));
  const answer = parsed.success ? parsed.data : { dailybot_members: undefined, users_invited: undefined };
  const invited = emailsOf(answer.users_invited);
  const members = emailsOf(answer.dailybot_members);
  return {
    id: inputs.users.join(','),
    invited_count: answer.users_invited?.count ?? invited.length,
    invited_emails: invited,
    already_members_count: answer.dailybot_members?.count ?? members.length,
    already_members_emails: members,
    teams: inputs.teams,
    checkins: inputs.checkins,
    is_guest_account_invite: guests,
  };
};

export default defineCreate({
  key: 'invite_user',
  noun: 'Invitation',
  display: {
    label: 'Invite User',
    description: 'Invites people to your organization by email, optionally into teams and check-ins.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      id: 'ann@example.com,bea@example.com',
      invited_count: 1,
      invited_emails: ['ann@example.com'],
      already_members_count: 1,
      already_members_emails: ['bea@example.com'],
      teams: ['13883b5b-7066-47aa-ad0c-63bbc89eb986'],
      checkins: ['b1b292b3-29b2-4235-8103-321ed749db8d'],
      is_guest_account_invite: false,
    },
    outputFields: [
      { key: 'id', label: 'Invitation ID' },
      { key: 'invited_count', label: 'Invited Count', type: 'integer' },
      { key: 'invited_emails', label: 'Invited Emails', list: true },
      { key: 'already_members_count', label: 'Already Members Count', type: 'integer' },
      { key: 'already_members_emails', label: 'Already Members Emails', list: true },
      { key: 'teams', label: 'Team IDs', list: true },
      { key: 'checkins', label: 'Check-in IDs', list: true },
      { key: 'is_guest_account_invite', label: 'Guest Accounts', type: 'boolean' },
    ],
  },
});
