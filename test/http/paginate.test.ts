import nock from 'nock';

import { fetchPage, findFirst, listAll } from '../../src/http/paginate';
import { Team } from '../../src/schemas/api';
import { API, errorOf, runInApp } from '../helpers';

const team = (n: number) => ({ uuid: `team-${n}`, name: `Team ${n}`, active: true, is_default: n === 1 });
const teams = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => team(from + i));
const listTeams = { path: '/teams/', item: Team, pageSize: 2, what: 'teams' };

describe('pages', () => {
  it('sends limit on the first request and follows next exactly afterwards', async () => {
    nock(API)
      .get('/teams/')
      .query({ limit: '2' })
      .reply(200, { count: 5, next: `${API}/teams/?limit=2&offset=2`, previous: null, results: teams(1, 2) })
      .get('/teams/')
      .query({ limit: '2', offset: '2' })
      .reply(200, { count: 5, next: `${API}/teams/?page=3&page_size=2`, previous: null, results: teams(3, 4) })
      .get('/teams/')
      .query({ page: '3', page_size: '2' })
      .reply(200, { count: 5, next: null, previous: null, results: teams(5, 5) });
    const all = await runInApp((z, bundle) => listAll(z, bundle, listTeams));
    expect(all.map((t) => t.uuid)).toEqual(['team-1', 'team-2', 'team-3', 'team-4', 'team-5']);
  });

  it('keeps the caller’s query parameters on the first request', async () => {
    nock(API).get('/users/').query({ include_email: 'true', limit: '2' }).reply(200, { count: 0, next: null, results: [] });
    await runInApp((z, bundle) => listAll(z, bundle, { ...listTeams, path: '/users/', params: { include_email: 'true' } }));
  });

  it('reads a bare array (GET /forms/) as one page', async () => {
    nock(API).get('/teams/').query({ limit: '2' }).reply(200, teams(1, 3));
    const all = await runInApp((z, bundle) => listAll(z, bundle, listTeams));
    expect(all).toHaveLength(3);
  });

  it('stops early: a search that found its match asks for no further page', async () => {
    nock(API)
      .get('/teams/')
      .query(true)
      .reply(200, { count: 6, next: `${API}/teams/?limit=2&offset=2`, results: teams(1, 2) })
      .get('/teams/')
      .query({ limit: '2', offset: '2' })
      .reply(200, { count: 6, next: `${API}/teams/?limit=2&offset=4`, results: teams(3, 4) });
    const third = nock(API).get('/teams/').query({ limit: '2', offset: '4' }).reply(200, { count: 6, next: null, results: teams(5, 6) });
    const found = await runInApp((z, bundle) => findFirst(z, bundle, listTeams, (t) => t.name === 'Team 4'));
    expect(found?.uuid).toBe('team-4');
    expect(third.isDone()).toBe(false);
    nock.cleanAll(); // the third page was never wanted
  });

  it('answers undefined when nothing matches, after the last page', async () => {
    nock(API).get('/teams/').query(true).reply(200, { count: 1, next: null, results: teams(1, 1) });
    await expect(runInApp((z, bundle) => findFirst(z, bundle, listTeams, (t) => t.name === 'Nope'))).resolves.toBeUndefined();
  });

  it('ends a listing longer than the page cap with a clear error', async () => {
    const scope = nock(API);
    for (let page = 0; page < 3; page += 1) {
      scope
        .get('/teams/')
        .query(page === 0 ? { limit: '2' } : { limit: '2', offset: String(page * 2) })
        .reply(200, { count: 100, next: `${API}/teams/?limit=2&offset=${(page + 1) * 2}`, results: teams(page * 2 + 1, page * 2 + 2) });
    }
    const error = await errorOf(runInApp((z, bundle) => listAll(z, bundle, { ...listTeams, maxPages: 3 })));
    expect(error).toMatchObject({ code: 'dailybot_too_many_pages' });
    expect(error.message).toContain('longer than 3 pages');
  });

  it('follows a relative next link, and an http:// next link of the API host over https', async () => {
    nock(API)
      .get('/teams/')
      .query({ limit: '2' })
      .reply(200, { count: 6, next: '?limit=2&offset=2', results: teams(1, 2) })
      .get('/teams/')
      .query({ limit: '2', offset: '2' })
      .reply(200, { count: 6, next: 'http://api.dailybot.com/v1/teams/?limit=2&offset=4', results: teams(3, 4) })
      .get('/teams/')
      .query({ limit: '2', offset: '4' })
      .reply(200, { count: 6, next: null, results: teams(5, 6) });
    await expect(runInApp((z, bundle) => listAll(z, bundle, listTeams))).resolves.toHaveLength(6);
  });

  it('refuses a next link to another host, so the key cannot follow it', async () => {
    nock(API).get('/teams/').query(true).reply(200, { count: 4, next: 'https://evil.example.com/teams/?offset=2', results: teams(1, 2) });
    const error = await errorOf(runInApp((z, bundle) => listAll(z, bundle, listTeams)));
    expect(error).toMatchObject({ code: 'dailybot_foreign_next_link' });
  });

  it('says plainly when DailyBot answers a list in an unexpected shape', async () => {
    nock(API).get('/teams/').query(true).reply(200, { count: 1, next: null, results: [{ name: 'No id' }] });
    const error = await errorOf(runInApp((z, bundle) => listAll(z, bundle, listTeams)));
    expect(error).toMatchObject({ code: 'dailybot_unexpected_answer' });
    expect(error.message).toContain('teams (item 1)');
  });
});

describe('fetchPage (dropdowns)', () => {
  it('reads page N with limit and offset', async () => {
    nock(API).get('/teams/').query({ limit: '2', offset: '4' }).reply(200, { count: 6, next: null, results: teams(5, 6) });
    const items = await runInApp((z, bundle) => fetchPage(z, bundle, listTeams, 2));
    expect(items.map((t) => t.uuid)).toEqual(['team-5', 'team-6']);
  });

  it('has everything of a bare array on page 0, and nothing after', async () => {
    nock(API).get('/teams/').query(true).times(2).reply(200, teams(1, 3));
    await expect(runInApp((z, bundle) => fetchPage(z, bundle, listTeams, 0))).resolves.toHaveLength(3);
    await expect(runInApp((z, bundle) => fetchPage(z, bundle, listTeams, 1))).resolves.toEqual([]);
  });
});
