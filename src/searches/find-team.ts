/**
 * Find Team: one team by UUID (`GET /teams/{uuid}/`) or by name (the paged `GET /teams/`, read only
 * up to the page that holds the match). Names match exactly, ignoring case and extra spaces; when
 * two teams share a name, the first one DailyBot lists is found.
 */
import { defineInputFields, defineSearch, type SearchPerform } from 'zapier-platform-core';

import { findFirst } from '../http/paginate';
import { parseInputs } from '../inputs/parse';

import { schema, type Infer } from '../schemas/lazy';
import { Team } from '../schemas/api';
import { text } from '../inputs/rules';
import { getByUuid, sameName } from './lookup';
import { UUID_PATTERN } from '../schemas/patterns';

const inputFields = defineInputFields([
  {
    key: 'query',
    label: 'Team',
    type: 'string',
    required: true,
    helpText: 'The team’s name, matched exactly (case does not matter), or its DailyBot team ID.',
  },
]);

const Rules = schema((zod) => zod.object({ query: text(zod, 500) }));

/** One found team. */
export const output = schema((zod) =>
  zod.object({
    id: zod.string(),
    uuid: zod.string(),
    name: zod.string(),
    active: zod.boolean().nullable(),
    is_default: zod.boolean().nullable(),
  }),
);
export type FoundTeam = Infer<typeof output>;

const toFoundTeam = (team: Team): FoundTeam => ({
  id: team.uuid,
  uuid: team.uuid,
  name: team.name,
  active: team.active ?? null,
  is_default: team.is_default ?? null,
});

const perform = (async (z, bundle) => {
  const { query } = parseInputs(z, Rules, bundle.inputData, inputFields);
  const team = UUID_PATTERN.test(query)
    ? await getByUuid(z, bundle, { path: `/teams/${query.toLowerCase()}/`, item: Team, what: 'the team' })
    : await findFirst(z, bundle, { path: '/teams/', item: Team, what: 'teams', sought: `name:${query}` }, (t) => sameName(t.name, query));
  return team ? [toFoundTeam(team)] : [];
}) satisfies SearchPerform;

export default defineSearch({
  key: 'find_team',
  noun: 'Team',
  display: {
    label: 'Find Team',
    description: 'Finds a team of your organization by name or team ID.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      id: '13883b5b-7066-47aa-ad0c-63bbc89eb986',
      uuid: '13883b5b-7066-47aa-ad0c-63bbc89eb986',
      name: 'General',
      active: true,
      is_default: true,
    } satisfies FoundTeam,
    outputFields: [
      { key: 'id', label: 'Team ID' },
      { key: 'uuid', label: 'Team UUID (Same as Team ID)' },
      { key: 'name', label: 'Team Name' },
      { key: 'active', label: 'Active', type: 'boolean' },
      { key: 'is_default', label: 'Default Team', type: 'boolean' },
    ],
  },
});
