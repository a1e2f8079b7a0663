/**
 * Give Kudos: `POST /kudos/`, on behalf of the API key's owner (or of DailyBot). The body is the one
 * DailyBot's official CLI sends (`DailybotHQ/cli` `api_client.give_kudos`): `receivers` holds the
 * people's and the teams' UUIDs merged (DailyBot validates it and rejects it empty), and
 * `users_receivers` / `teams_receivers` the ones of each kind (DailyBot expands teams to their members).
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { PersonOutput, peopleOutputFields, personOutput, samplePerson } from './shared/people';
import { answerOf, sendAction } from './shared/request';
import { atLeastOneOf, peopleField, teamsField } from '../inputs/fields';
import { haltWhenGroupEmpty, parseInputs } from '../inputs/parse';
import { resolveUsers, type ResolvedUser } from '../people';
import { namePartFields, namePartsOf } from '../names';
import { schema, type Infer } from '../schemas/lazy';
import { bool, idList, list, optionalText, text } from '../inputs/rules';
import { DAILYBOT_ID_PATTERN, UUID_PATTERN } from '../schemas/patterns';

const RECEIVERS = 'Receivers';
/** The "at least one of" group of the people and teams who get kudos. */
const RECEIVERS_GROUP = 'receivers';

const inputFields = defineInputFields([
  { key: 'content', label: 'Message', type: 'text', required: true, helpText: 'Why they get kudos: the text posted with them.' },
  ...atLeastOneOf(RECEIVERS_GROUP, [
    peopleField('receivers', RECEIVERS, false, 'The people who get kudos.'),
    teamsField('team_receivers', 'Receiving Teams', 'Every member of these teams gets kudos.'),
  ]),
  {
    key: 'company_value',
    label: 'Company Value',
    type: 'string',
    required: false,
    helpText: 'One of your organization’s company values in DailyBot, to tag the kudos with.',
  },
  { key: 'is_anonymous', label: 'Anonymous', type: 'boolean', required: false, helpText: 'Yes hides who gave the kudos.' },
  {
    key: 'by_dailybot',
    label: 'From DailyBot',
    type: 'boolean',
    required: false,
    helpText: 'Yes gives the kudos on behalf of DailyBot instead of the API key’s owner.',
  },
]);

const Inputs = schema((zod) =>
  zod
    .object({
      content: text(zod, 5000),
      receivers: list(zod),
      team_receivers: idList(zod),
      company_value: optionalText(zod, 255),
      is_anonymous: bool(zod),
      by_dailybot: bool(zod),
    })
    .refine((v) => v.receivers.length + v.team_receivers.length > 0, {
      message: 'name at least one receiver in “Receivers” or “Receiving Teams”',
    }),
);

/** The body of `POST /kudos/`. */
export const request = schema((zod) =>
  zod
    .strictObject({
      receivers: zod.array(zod.string().regex(DAILYBOT_ID_PATTERN)).min(1),
      users_receivers: zod.array(zod.string().regex(UUID_PATTERN)).min(1).optional(),
      teams_receivers: zod.array(zod.string().regex(DAILYBOT_ID_PATTERN)).min(1).optional(),
      content: zod.string().min(1).max(5000),
      company_value: zod.string().min(1).max(255).optional(),
      is_anonymous: zod.boolean().optional(),
      by_dailybot: zod.boolean().optional(),
    })
    .refine(
      (body) => body.receivers.join(' ') === [...(body.users_receivers ?? []), ...(body.teams_receivers ?? [])].join(' '),
      'receivers must be users_receivers and teams_receivers merged',
    ),
);

export const output = schema((zod) =>
  zod.object({
    id: zod.string().nullable(),
    content: zod.string(),
    company_value: zod.string().nullable(),
    is_anonymous: zod.boolean(),
    by_dailybot: zod.boolean(),
    created_at: zod.string().nullable(),
    giver_uuid: zod.string().nullable(),
    giver_full_name: zod.string().nullable(),
    giver_first_name: zod.string().nullable(),
    giver_last_name: zod.string().nullable(),
    receivers: zod.array(PersonOutput.get()),
    team_receivers: zod.array(zod.string()),
  }),
);

/** The kudos DailyBot answers with (docs: id, user, receivers, company_value, content, is_anonymous, created_at). */
const Answer = schema((zod) => {
  const id = zod.union([zod.string(), zod.number()]).transform(String);
  const user = zod.looseObject({ uuid: id.optional(), id: id.optional(), full_name: zod.string().nullish(), email: zod.string().nullish() });
  return zod.looseObject({
    id: id.optional(),
    uuid: id.optional(),
    user: user.nullish().catch(undefined),
    receivers: zod.array(zod.union([id, user])).optional().catch(undefined),
    company_value: zod.union([zod.string(), zod.looseObject({ name: zod.string().optional(), id: id.optional(), uuid: id.optional() })]).nullish().catch(undefined),
    is_anonymous: zod.boolean().optional().catch(undefined),
    created_at: zod.string().nullish().catch(undefined),
  });
});
type Answer = Infer<typeof Answer>;

/** The receivers DailyBot names in its answer, completed with what the lookup knew; else the people sent. */
const receiversOf = (answer: Answer | undefined, resolved: ResolvedUser[]) => {
  const known = new Map(resolved.map((user) => [user.uuid, user]));
  const fromAnswer = (answer?.receivers ?? []).flatMap((item) => {
    const uuid = typeof item === 'string' ? item : (item.uuid ?? item.id);
    if (!uuid) return [];
    const full = typeof item === 'string' ? undefined : item;
    return [personOutput({ uuid, email: full?.email ?? known.get(uuid)?.email ?? null, full_name: full?.full_name ?? known.get(uuid)?.full_name ?? null })];
  });
  return fromAnswer.length > 0 ? fromAnswer : resolved.map(personOutput);
};

const companyValue = (value: Answer['company_value'], sent: string | undefined): string | null => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return value.name ?? value.uuid ?? value.id ?? sent ?? null;
  return sent ?? null;
};

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  haltWhenGroupEmpty(z, bundle, inputFields, RECEIVERS_GROUP, 'No kudos were given');
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const users = inputs.receivers.length > 0 ? await resolveUsers(z, bundle, inputs.receivers, RECEIVERS) : [];
  const userUuids = users.map((user) => user.uuid);
  const response = await sendAction(z, bundle, {
    method: 'POST',
    path: '/kudos/',
    body: {
      receivers: [...userUuids, ...inputs.team_receivers],
      ...(userUuids.length > 0 ? { users_receivers: userUuids } : {}),
      ...(inputs.team_receivers.length > 0 ? { teams_receivers: inputs.team_receivers } : {}),
      content: inputs.content,
      ...(inputs.company_value ? { company_value: inputs.company_value } : {}),
      ...(inputs.is_anonymous !== undefined ? { is_anonymous: inputs.is_anonymous } : {}),
      ...(inputs.by_dailybot !== undefined ? { by_dailybot: inputs.by_dailybot } : {}),
    },
    peopleField: RECEIVERS,
  });
  // the kudos were given: an answer in another shape still returns what was sent
  const parsed = Answer.safeParse(answerOf(response));
  const answer = parsed.success ? parsed.data : undefined;
  const giver = answer?.user ?? undefined;
  return {
    id: answer?.id ?? answer?.uuid ?? null,
    content: inputs.content,
    company_value: companyValue(answer?.company_value, inputs.company_value),
    is_anonymous: answer?.is_anonymous ?? inputs.is_anonymous ?? false,
    by_dailybot: inputs.by_dailybot ?? false,
    created_at: answer?.created_at ?? null,
    giver_uuid: giver?.uuid ?? giver?.id ?? null,
    giver_full_name: giver?.full_name ?? null,
    ...namePartsOf('giver_', giver?.full_name),
    receivers: receiversOf(answer, users),
    team_receivers: inputs.team_receivers,
  };
};

export default defineCreate({
  key: 'give_kudos',
  noun: 'Kudos',
  display: {
    label: 'Give Kudos',
    description: 'Gives kudos to people or teams, from the API key’s owner or from the bot.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      id: 'c7a4b1e2-5d3f-4a6b-9c8d-1e2f3a4b5c6d',
      content: 'Great work!',
      company_value: 'Ownership',
      is_anonymous: false,
      by_dailybot: false,
      created_at: '2026-03-31T14:05:09.123456Z',
      giver_uuid: '2f6c8e1a-4b3d-4e5f-9a7b-8c9d0e1f2a3b',
      giver_full_name: 'Ann Lee',
      giver_first_name: 'Ann',
      giver_last_name: 'Lee',
      receivers: [samplePerson],
      team_receivers: ['13883b5b-7066-47aa-ad0c-63bbc89eb986'],
    },
    outputFields: [
      { key: 'id', label: 'Kudos ID' },
      { key: 'content', label: 'Message' },
      { key: 'company_value', label: 'Company Value' },
      { key: 'is_anonymous', label: 'Anonymous', type: 'boolean' },
      { key: 'by_dailybot', label: 'From DailyBot', type: 'boolean' },
      { key: 'created_at', label: 'Given At', type: 'datetime' },
      { key: 'giver_uuid', label: 'Giver ID' },
      { key: 'giver_full_name', label: 'Giver Full Name' },
      ...namePartFields('giver_', 'Giver'),
      ...peopleOutputFields('receivers', 'Receiver'),
      { key: 'team_receivers', label: 'Receiving Team IDs', list: true },
    ],
  },
});
