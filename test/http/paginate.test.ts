import nock from 'nock';

import { findFirst, listAll, onePage, type ListPosition } from '../../src/http/paginate';
import { Team } from '../../src/schemas/api';
import { API, errorOf, runInApp } from '../helpers';

const team = (n: number) => ({ uuid: `team-${n}`, name: `Team ${n}`, active: true, is_default: n === 1 });
const teams = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => team(from + i));
const listTeams = { path: '/teams/', item: Team, what: 'teams' };
/** What the first request asks for: the largest page both paging styles serve. */
const FIRST = { limit: '100', page_size: '100' };

describe('pages', () => {
  it('asks for 100 a page in both styles (limit and page_size), then follows next exactly', async () => {
    nock(API)
      .get('/teams/')
      .query(FIRST)
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

  it('never asks for more than 100 a page, whatever the caller wants', async () => {
    nock(API).get('/teams/').query(FIRST).reply(200, { count: 0, next: null, results: [] });
    nock(API).get('/teams/').query({ limit: '50', page_size: '50' }).reply(200, { count: 0, next: null, results: [] });
    await runInApp((z, bundle) => listAll(z, bundle, { ...listTeams, pageSize: 250 }));
    await runInApp((z, bundle) => listAll(z, bundle, { ...listTeams, pageSize: 50 }));
  });

  it('keeps the caller’s query parameters on the first request', async () => {
    nock(API).get('/users/').query({ include_email: 'true', ...FIRST }).reply(200, { count: 0, next: null, results: [] });
    await runInApp((z, bundle) => listAll(z, bundle, { ...listTeams, path: '/users/', params: { include_email: 'true', empty: '' } }));
  });

  it('reads a bare array (GET /forms/) as one page', async () => {
    nock(API).get('/teams/').query(FIRST).reply(200, teams(1, 3));
    const all = await runInApp((z, bundle) => listAll(z, bundle, listTeams));
    expect(all).toHaveLength(3);
  });

  it('reads 1,300 people from a server that pages 25 at a time (the CLI’s page/page_size style): the cap comes from count', async () => {
    const scope = nock(API);
    for (let page = 1; page <= 52; page += 1) {
      scope
        .get('/teams/')
        .query(page === 1 ? FIRST : { page: String(page) })
        .reply(200, { count: 1300, next: page < 52 ? `${API}/teams/?page=${page + 1}` : null, results: teams((page - 1) * 25 + 1, page * 25) });
    }
    const found = await runInApp((z, bundle) => findFirst(z, bundle, listTeams, (t) => t.name === 'Team 1300'));
    expect(found?.uuid).toBe('team-1300');
  });

  it('stops early: a search that found its match asks for no further page', async () => {
    nock(API)
      .get('/teams/')
      .query(FIRST)
      .reply(200, { count: 6, next: `${API}/teams/?limit=2&offset=2`, results: teams(1, 2) })
      .get('/teams/')
      .query({ limit: '2', offset: '2' })
      .reply(200, { count: 6, next: `${API}/teams/?limit=2&offset=4`, results: teams(3, 4) });
    const found = await runInApp((z, bundle) => findFirst(z, bundle, listTeams, (t) => t.name === 'Team 4'));
    expect(found?.uuid).toBe('team-4');
  });

  it('answers undefined when nothing matches, after the last page', async () => {
    nock(API).get('/teams/').query(true).reply(200, { count: 1, next: null, results: teams(1, 1) });
    await expect(runInApp((z, bundle) => findFirst(z, bundle, listTeams, (t) => t.name === 'Nope'))).resolves.toBeUndefined();
  });

  it('ends a listing that goes on past what its count allows with a clear error', async () => {
    const scope = nock(API);
    // count 4 at 2 a page is 2 pages; 2 more are allowed for people added while reading
    for (let page = 0; page < 4; page += 1) {
      scope
        .get('/teams/')
        .query(page === 0 ? FIRST : { offset: String(page * 2) })
        .reply(200, { count: 4, next: `${API}/teams/?offset=${(page + 1) * 2}`, results: teams(page * 2 + 1, page * 2 + 2) });
    }
    const error = await errorOf(runInApp((z, bundle) => listAll(z, bundle, listTeams)));
    expect(error).toMatchObject({ code: 'dailybot_too_many_pages' });
    expect(error.message).toContain('past 4 pages, more than the 4 teams it reported');
  });

  describe('paging loops (a next link to a page already read)', () => {
    it('fails at the first repeat when a page points at itself: one request, not fifty', async () => {
      const first = nock(API).get('/teams/').query(FIRST).reply(200, { count: 9, next: `${API}/teams/?page_size=100&limit=100`, results: teams(1, 2) });
      const error = await errorOf(runInApp((z, bundle) => listAll(z, bundle, listTeams)));
      expect(error).toMatchObject({ code: 'dailybot_paging_loop' });
      expect(error.message).toContain('pointed back to a page it had already sent');
      expect(first.isDone()).toBe(true);
    });

    it('fails when two pages point at each other, after reading each URL once', async () => {
      nock(API)
        .get('/teams/')
        .query(FIRST)
        .reply(200, { count: 9, next: `${API}/teams/?page=2`, results: teams(1, 2) })
        .get('/teams/')
        .query({ page: '2' })
        .reply(200, { count: 9, next: `${API}/teams/?page=1`, results: teams(3, 4) })
        .get('/teams/')
        .query({ page: '1' })
        .reply(200, { count: 9, next: `${API}/teams/?page=2`, results: teams(1, 2) });
      const error = await errorOf(runInApp((z, bundle) => findFirst(z, bundle, listTeams, () => false)));
      expect(error).toMatchObject({ code: 'dailybot_paging_loop' });
    });

    it('a dropdown (onLoop: stop) ends the list with what it read instead', async () => {
      nock(API).get('/teams/').query(FIRST).reply(200, { count: 9, next: `${API}/teams/?limit=100&page_size=100`, results: teams(1, 2) });
      const all = await runInApp((z, bundle) => listAll(z, bundle, { ...listTeams, onLoop: 'stop' }));
      expect(all).toHaveLength(2);
    });

    it('remembers pages read in an earlier run when it goes on from a saved position', async () => {
      nock(API).get('/teams/').query(FIRST).reply(200, { count: 9, next: `${API}/teams/?page=2`, results: teams(1, 2) });
      const first = await runInApp((z, bundle) => onePage(z, bundle, listTeams));
      expect(first.position?.next).toBe(`${API}/teams/?page=2`);
      nock(API).get('/teams/').query({ page: '2' }).reply(200, { count: 9, next: `${API}/teams/?page_size=100&limit=100`, results: teams(3, 4) });
      const error = await errorOf(runInApp((z, bundle) => onePage(z, bundle, listTeams, first.position as ListPosition)));
      expect(error).toMatchObject({ code: 'dailybot_paging_loop' });
    });
  });

  it('follows a relative next link, and an http:// next link of the API host over https', async () => {
    nock(API)
      .get('/teams/')
      .query(FIRST)
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

describe('onePage', () => {
  it('gives the first page and where the listing goes on, or null after the last', async () => {
    nock(API).get('/teams/').query(FIRST).reply(200, { count: 3, next: `${API}/teams/?page=2`, results: teams(1, 2) });
    const first = await runInApp((z, bundle) => onePage(z, bundle, listTeams));
    expect(first.items.map((t) => t.uuid)).toEqual(['team-1', 'team-2']);
    expect(first.position).toMatchObject({ next: `${API}/teams/?page=2`, cap: 4 });
    nock(API).get('/teams/').query({ page: '2' }).reply(200, { count: 3, next: null, results: teams(3, 3) });
    const last = await runInApp((z, bundle) => onePage(z, bundle, listTeams, first.position as ListPosition));
    expect(last).toMatchObject({ items: [team(3)], position: null });
  });

  it('has everything of a bare array on its first page, and no position after it', async () => {
    nock(API).get('/teams/').query(true).reply(200, teams(1, 3));
    await expect(runInApp((z, bundle) => onePage(z, bundle, listTeams))).resolves.toMatchObject({ position: null });
  });
});
