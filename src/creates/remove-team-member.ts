/** Remove User from Team: `DELETE /teams/{uuid}/member/{user-uuid}/`. */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { sendAction } from './shared/request';
import { personField, teamField } from '../inputs/fields';
import { parseInputs } from '../inputs/parse';
import { resolveUser } from '../people';
import { schema, type Infer } from '../schemas/lazy';
import { dailybotId, person } from '../inputs/rules';
import { namePartFields, namePartsOf } from '../names';

const USER = 'User';

const inputFields = defineInputFields([
  // the person list below narrows to the chosen team's members
  { ...teamField(true, 'The team to remove the person from.'), altersDynamicFields: true },
  personField('user', USER, true, 'The person to remove: the list shows the chosen team’s members.', 'list_team_members.id.name'),
]);

const Inputs = schema((zod) => zod.object({ team: dailybotId(zod), user: person(zod) }));

/** `DELETE /teams/{uuid}/member/{user-uuid}/` carries no body. */
export const request = schema((zod) => zod.undefined());

export const output = schema((zod) =>
  zod.object({ team_uuid: zod.string(), user_uuid: zod.string(), user_email: zod.string().nullable(), user_full_name: zod.string().nullable(), user_first_name: zod.string().nullable(), user_last_name: zod.string().nullable() }),
);

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const user = await resolveUser(z, bundle, inputs.user, USER);
  await sendAction(z, bundle, {
    method: 'DELETE',
    path: `/teams/${encodeURIComponent(inputs.team)}/member/${encodeURIComponent(user.uuid)}/`,
    peopleField: USER,
    notFound:
      'DailyBot could not find this team, or this person is not a member of it (HTTP 404). ' +
      'Check “Team” (pick it from the list again) and “User”.',
  });
  return { team_uuid: inputs.team, user_uuid: user.uuid, user_email: user.email, user_full_name: user.full_name, ...namePartsOf('user_', user.full_name) };
};

export default defineCreate({
  key: 'remove_team_member',
  noun: 'Team Member',
  display: {
    label: 'Remove User from Team',
    description: 'Removes a person from a team.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      team_uuid: '13883b5b-7066-47aa-ad0c-63bbc89eb986',
      user_uuid: '5945bf02-66f5-4b29-bbd6-07421dfa0a87',
      user_email: 'john@example.com',
      user_full_name: 'John Wick',
      user_first_name: 'John',
      user_last_name: 'Wick',
    },
    outputFields: [
      { key: 'team_uuid', label: 'Team ID' },
      { key: 'user_uuid', label: 'User ID' },
      { key: 'user_email', label: 'User Email' },
      { key: 'user_full_name', label: 'User Full Name' },
      ...namePartFields('user_', 'User'),
    ],
  },
});
