import nock from 'nock';
import type { Bundle, ZObject } from 'zapier-platform-core';

import { listCheckins, listForms, listTeams, listTemplates, listUsers } from '../src/triggers/dropdowns';
import { API, errorOf, runInApp } from './helpers';
import * as seeds from './fixtures/seeds';

type Option = { id: string; name: string };
type Perform = (z: ZObject, bundle: Bundle) => Promise<Option[]>;

/** Zapier's cursor store for one dropdown: core's test tools do not provide one (it calls Zapier's RPC). */
const cursorStore = () => {
  let value: string | null = null;
  return { get: async () => value, set: async (cursor: string) => void (value = cursor), peek: () => value };
};

/** One "Load more" run: page N of the dropdown, with the cursor the runs share. */
const run = (trigger: { operation: object }, page = 0, cursor = cursorStore()) =>
  runInApp(
    (z, bundle) => {
      (z as unknown as { cursor: unknown }).cursor = cursor;
      return ((trigger.operation as { perform: Perform }).perform)(z, bundle);
    },
    { meta: { page } as Bundle['meta'] },
  );

const FIRST = { limit: '100', page_size: '100' };
const user = (n: number) => ({ ...seeds.user, uuid: `u${n}`, full_name: `Person ${n}`, email: `p${n}@acme.com` });

describe('dropdown triggers', () => {
  it.each([listCheckins, listForms, listTemplates, listUsers, listTeams])('$key is hidden and pages with “Load more”', (trigger) => {
    expect(trigger.display.hidden).toBe(true);
    expect((trigger.operation as { canPaginate?: boolean }).canPaginate).toBe(true);
  });

  it('list_checkins: GET /checkins/, paused ones marked', async () => {
    nock(API)
      .get('/checkins/')
      .query(FIRST)
      .reply(200, seeds.page([seeds.checkin, { ...seeds.checkin, id: 'c2', name: 'Retro', active: false }]));
    await expect(run(listCheckins)).resolves.toEqual([
      { id: seeds.checkin.id, name: 'Team standups' },
      { id: 'c2', name: 'Retro (paused)' },
    ]);
  });

  it('list_forms: GET /forms/ is a bare array, all on the first page; "Load more" then asks nothing', async () => {
    const cursor = cursorStore();
    nock(API).get('/forms/').query(FIRST).reply(200, [seeds.form]);
    await expect(run(listForms, 0, cursor)).resolves.toEqual([{ id: seeds.form.id, name: 'Vacation request' }]);
    await expect(run(listForms, 1, cursor)).resolves.toEqual([]);
  });

  it('list_templates: check-in templates only', async () => {
    nock(API).get('/templates/').query({ type: 'checkins', ...FIRST }).reply(200, seeds.page([seeds.template]));
    await expect(run(listTemplates)).resolves.toEqual([{ id: seeds.template.uuid, name: 'Daily Check-in' }]);
  });

  it('list_users: with emails, so people can be told apart', async () => {
    nock(API)
      .get('/users/')
      .query({ include_email: 'true', ...FIRST })
      .reply(200, seeds.page([{ ...seeds.user, email: 'john@acme.com' }, { ...seeds.user, uuid: 'u2', full_name: 'Old Timer', is_active: false }]));
    await expect(run(listUsers)).resolves.toEqual([
      { id: seeds.user.uuid, name: 'John Wick (john@acme.com)' },
      { id: 'u2', name: 'Old Timer (deactivated)' },
    ]);
  });

  it('list_teams: GET /teams/', async () => {
    nock(API).get('/teams/').query(FIRST).reply(200, seeds.page([seeds.team]));
    await expect(run(listTeams)).resolves.toEqual([{ id: seeds.team.uuid, name: 'General' }]);
  });

  describe('"Load more" follows next through the cursor', () => {
    it('against a server that reads only page/page_size (?page=N links), each run shows new people', async () => {
      const cursor = cursorStore();
      nock(API)
        .get('/users/')
        .query({ include_email: 'true', ...FIRST })
        .reply(200, { count: 60, next: `${API}/users/?include_email=true&page=2`, results: [user(1), user(2)] })
        .get('/users/')
        .query({ include_email: 'true', page: '2' })
        .reply(200, { count: 60, next: `${API}/users/?include_email=true&page=3`, results: [user(3), user(4)] })
        .get('/users/')
        .query({ include_email: 'true', page: '3' })
        .reply(200, { count: 60, next: null, results: [user(5)] });
      const ids = async (page: number) => (await run(listUsers, page, cursor)).map((o) => o.id);
      expect(await ids(0)).toEqual(['u1', 'u2']);
      expect(await ids(1)).toEqual(['u3', 'u4']);
      expect(await ids(2)).toEqual(['u5']);
      expect(cursor.peek()).toBe(''); // the last page: a later "Load more" asks nothing
      expect(await ids(3)).toEqual([]);
    });

    it('against a limit/offset server, the same', async () => {
      const cursor = cursorStore();
      nock(API)
        .get('/teams/')
        .query(FIRST)
        .reply(200, { count: 3, next: `${API}/teams/?limit=100&page_size=100&offset=2`, results: [seeds.team, { ...seeds.team, uuid: 't2', name: 'Sales' }] })
        .get('/teams/')
        .query({ ...FIRST, offset: '2' })
        .reply(200, { count: 3, next: null, results: [{ ...seeds.team, uuid: 't3', name: 'Design' }] });
      await run(listTeams, 0, cursor);
      await expect(run(listTeams, 1, cursor)).resolves.toEqual([{ id: 't3', name: 'Design' }]);
    });

    it('a next pointing back at a page already shown ends the list instead of showing it again', async () => {
      const cursor = cursorStore();
      nock(API)
        .get('/teams/')
        .query(FIRST)
        .reply(200, { count: 9, next: `${API}/teams/?page=2`, results: [seeds.team] })
        .get('/teams/')
        .query({ page: '2' })
        .reply(200, { count: 9, next: `${API}/teams/?page_size=100&limit=100`, results: [{ ...seeds.team, uuid: 't2', name: 'Sales' }] });
      await run(listTeams, 0, cursor);
      await expect(run(listTeams, 1, cursor)).resolves.toEqual([{ id: 't2', name: 'Sales' }]);
      await expect(run(listTeams, 2, cursor)).resolves.toEqual([]);
    });

    it('a cursor that is not the app’s own ends the list; one Zapier cannot read is a clear error', async () => {
      const foreign = cursorStore();
      await foreign.set('{"page":2}');
      await expect(run(listTeams, 1, foreign)).resolves.toEqual([]);
      const broken = { get: async () => Promise.reject(new Error('rpc is not available')), set: async () => undefined };
      const error = await errorOf(run(listTeams, 1, broken as never));
      expect(error).toMatchObject({ code: 'dropdown_cursor_lost' });
      expect(error.message).toContain('open it again');
    });
  });
});
