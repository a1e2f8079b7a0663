/** The requests the kudos, user and team triggers' test steps send, answered with the seeds' objects. */
import nock from 'nock';

import { page, team, user } from '../fixtures/seeds';
import { kudosBody } from '../fixtures/webhooks';
import { API } from '../helpers';

/** A kudos row of `GET /kudos/organization/` (dailybot-api-beyond.md §6): the giver is `user`, `company_value` `{id, name}`. */
export const kudosRow = (overrides: Record<string, unknown> = {}) => {
  const { giver, uuid, organization_uuid: _org, ...body } = kudosBody();
  return { ...body, id: uuid, parent: null, user: giver, company_value: { id: 'c0ffee00-1111-4222-8333-444455556666', name: 'Ownership' }, by_dailybot: false, metadata: {}, created_at: '2026-03-09T14:02:11.204Z', ...overrides };
};

export const mockOrganizationKudos = (rows: unknown[] = [kudosRow()]) => nock(API).get('/kudos/organization/').query({ limit: '50', page_size: '50' }).reply(200, page(rows));

export const deactivated = { ...user, uuid: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', full_name: 'Helen Wick', username: 'HelenW', is_active: false };

export const mockUsers = (people: unknown[] = [user, deactivated]) =>
  nock(API).get('/users/').query({ include_email: 'true', limit: '100', page_size: '100' }).reply(200, page(people));

/** The chosen team and its members (`GET /teams/{uuid}/` and `/members/`, side by side). */
export const mockTeamMembers = (members: unknown[] = [user], uuid = team.uuid) => {
  nock(API).get(`/teams/${uuid}/`).reply(200, { ...team, uuid });
  nock(API).get(`/teams/${uuid}/members/`).query({ limit: '100', page_size: '100' }).reply(200, page(members));
};

/** No team chosen: one page of teams, then the members of the first. */
export const mockTeams = (members: unknown[] = [user]) => {
  nock(API).get('/teams/').query({ limit: '100', page_size: '100' }).reply(200, page([team]));
  nock(API).get(`/teams/${team.uuid}/members/`).query({ limit: '100', page_size: '100' }).reply(200, page(members));
};
