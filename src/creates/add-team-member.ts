/** Add User to Team: `POST /teams/{uuid}/member/` with `{members: [{uuid, platform: "dailybot"}]}`. */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { PersonOutput, peopleOutputFields, personOutput, samplePerson } from './shared/people';
import { sendAction } from './shared/request';
import { peopleField, teamField } from '../inputs/fields';
import { parseInputs } from '../inputs/parse';
import { resolveUsers } from '../people';
import { schema, type Infer } from '../schemas/lazy';
import { dailybotId, list } from '../inputs/rules';
import { UUID_PATTERN } from '../schemas/patterns';

const USERS = 'Users';

const inputFields = defineInputFields([
  teamField(true, 'The team to add people to.'),
  peopleField('users', USERS, true, 'The DailyBot users to add.'),
]);

const Inputs = schema((zod) =>
  zod.object({ team: dailybotId(zod), users: list(zod).refine((users) => users.length > 0, 'is required: name at least one person') }),
);

/** The body of `POST /teams/{uuid}/member/`. */
export const request = schema((zod) =>
  zod.strictObject({
    members: zod.array(zod.strictObject({ uuid: zod.string().regex(UUID_PATTERN), platform: zod.literal('dailybot') })).min(1).max(500),
  }),
);

export const output = schema((zod) =>
  zod.object({ team_uuid: zod.string(), users_uuids: zod.array(zod.string()), users: zod.array(PersonOutput.get()) }),
);

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const users = await resolveUsers(z, bundle, inputs.users, USERS);
  await sendAction(z, bundle, {
    method: 'POST',
    path: `/teams/${encodeURIComponent(inputs.team)}/member/`,
    body: { members: users.map((user) => ({ uuid: user.uuid, platform: 'dailybot' })) },
    peopleField: USERS,
    notFound: 'DailyBot has no team with this ID (HTTP 404): it may have been deleted. Pick the team again from the list in “Team”.',
  });
  return { team_uuid: inputs.team, users_uuids: users.map((user) => user.uuid), users: users.map(personOutput) };
};

export default defineCreate({
  key: 'add_team_member',
  noun: 'Team Member',
  display: {
    label: 'Add User to Team',
    description: 'Adds people to a team.',
  },
  operation: {
    inputFields,
    perform,
    sample: { team_uuid: '13883b5b-7066-47aa-ad0c-63bbc89eb986', users_uuids: [samplePerson.uuid], users: [samplePerson] },
    outputFields: [
      { key: 'team_uuid', label: 'Team ID' },
      { key: 'users_uuids', label: 'Added User IDs', list: true },
      ...peopleOutputFields('users', 'Added User'),
    ],
  },
});
