import nock from 'nock';

import { API, API_KEY, errorOf, expectNoSecrets } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { runSearch, trap } from './support';

const general = seeds.team;
const design = { uuid: '2a7e9c1d-3b4f-4a6e-8c0d-1e2f3a4b5c6d', name: 'Design Team', active: true, is_default: false };
const sales = { uuid: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', name: 'Sales', active: false, is_default: false };
const designAgain = { ...design, uuid: '5c4b3a29-1807-4f6e-9d5c-4b3a29180700' };

const LIST_QUERY = { limit: '100', page_size: '100' };
const page2Url = `${API}/teams/?limit=100&page_size=100&offset=100`;
const page3Url = `${API}/teams/?limit=100&page_size=100&offset=200`;

describe('find_team', () => {
  it('reads GET /teams/{uuid}/ for a team ID and returns the team', async () => {
    nock(API, { reqheaders: { 'x-api-key': API_KEY } }).get(`/teams/${general.uuid}/`).reply(200, general);
    await expect(runSearch('find_team', { query: general.uuid })).resolves.toEqual([
      { id: general.uuid, uuid: general.uuid, name: 'General', active: true, is_default: true },
    ]);
  });

  it('asks for an upper-case team ID in lower case', async () => {
    nock(API).get(`/teams/${general.uuid}/`).reply(200, general);
    const [found] = await runSearch('find_team', { query: general.uuid.toUpperCase() });
    expect(found).toMatchObject({ uuid: general.uuid });
  });

  it('returns no result when the team ID is unknown (404)', async () => {
    nock(API).get(`/teams/${general.uuid}/`).reply(404, { detail: 'Not found.' });
    await expect(runSearch('find_team', { query: general.uuid })).resolves.toEqual([]);
  });

  it('finds a name on page 2 of GET /teams/, ignoring case and spaces, and never asks for page 3', async () => {
    nock(API).get('/teams/').query(LIST_QUERY).reply(200, { ...seeds.page([general]), count: 501, next: page2Url });
    nock(API).get('/teams/').query({ ...LIST_QUERY, offset: '100' }).reply(200, { ...seeds.page([sales, design]), count: 501, next: page3Url });
    const page3 = trap(nock(API).get('/teams/').query({ ...LIST_QUERY, offset: '200' }), seeds.page([designAgain]));

    await expect(runSearch('find_team', { query: '  design   TEAM ' })).resolves.toEqual([
      { id: design.uuid, uuid: design.uuid, name: 'Design Team', active: true, is_default: false },
    ]);
    expect(page3.hits).toBe(0);
  });

  it('returns the first of two teams that share a name', async () => {
    nock(API).get('/teams/').query(LIST_QUERY).reply(200, seeds.page([designAgain, design]));
    const results = await runSearch('find_team', { query: 'Design Team' });
    expect(results.map((team) => team.uuid)).toEqual([designAgain.uuid]);
  });

  it('reads every page and returns no result when no name matches exactly', async () => {
    nock(API).get('/teams/').query(LIST_QUERY).reply(200, { ...seeds.page([general, design]), next: page2Url });
    nock(API).get('/teams/').query({ ...LIST_QUERY, offset: '100' }).reply(200, seeds.page([sales]));
    await expect(runSearch('find_team', { query: 'Design' })).resolves.toEqual([]);
  });

  it('gives null for flags an older answer leaves out', async () => {
    nock(API).get('/teams/').query(LIST_QUERY).reply(200, seeds.page([{ uuid: sales.uuid, name: 'Sales' }]));
    await expect(runSearch('find_team', { query: 'sales' })).resolves.toEqual([{ id: sales.uuid, uuid: sales.uuid, name: 'Sales', active: null, is_default: null }]);
  });

  it('passes on a permission problem from DailyBot', async () => {
    nock(API).get('/teams/').query(LIST_QUERY).reply(403, seeds.errors.orgAdmin);
    const error = await errorOf(runSearch('find_team', { query: 'Sales' }));
    expect(error).toMatchObject({ code: 'org_admin_required', status: 403 });
    expect(error.message).toContain('Only organization admins can do this.');
    expectNoSecrets(error.message);
  });

  it('honours Retry-After when DailyBot throttles', async () => {
    nock(API).get(`/teams/${general.uuid}/`).reply(429, seeds.errors.throttled, { 'Retry-After': '30' });
    const error = await errorOf(runSearch('find_team', { query: general.uuid }));
    expect(error).toMatchObject({ name: 'ThrottledError', delay: 30 });
  });

  it.each([
    ['an empty query', { query: '' }, 'Check this field: “Team” is required.'],
    ['no query', {}, 'Check this field: “Team” is required.'],
    ['a query longer than any team name', { query: 'x'.repeat(501) }, 'Check this field: “Team” must be at most 500 characters.'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await errorOf(runSearch('find_team', inputData));
    expect(error).toMatchObject({ code: 'invalid_input', message });
  });
});
