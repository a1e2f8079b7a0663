import nock from 'nock';

import { listCheckins, listForms, listTeams, listTemplates, listUsers } from '../src/triggers/dropdowns';
import { API, appTester, authData } from './helpers';
import * as seeds from './fixtures/seeds';

const run = (trigger: { operation: object }, page = 0) =>
  appTester((trigger.operation as { perform: unknown }).perform as never, { authData, meta: { page } } as never) as Promise<Array<{ id: string; name: string }>>;

describe('dropdown triggers', () => {
  it.each([listCheckins, listForms, listTemplates, listUsers, listTeams])('$key is hidden and pages with “Load more”', (trigger) => {
    expect(trigger.display.hidden).toBe(true);
    expect((trigger.operation as { canPaginate?: boolean }).canPaginate).toBe(true);
  });

  it('list_checkins: GET /checkins/ page by page, paused ones marked', async () => {
    nock(API)
      .get('/checkins/')
      .query({ limit: '100', offset: '100' })
      .reply(200, seeds.page([seeds.checkin, { ...seeds.checkin, id: 'c2', name: 'Retro', active: false }]));
    await expect(run(listCheckins, 1)).resolves.toEqual([
      { id: seeds.checkin.id, name: 'Team standups' },
      { id: 'c2', name: 'Retro (paused)' },
    ]);
  });

  it('list_forms: GET /forms/ is a bare array, all on the first page', async () => {
    nock(API).get('/forms/').query({ limit: '100', offset: '0' }).reply(200, [seeds.form]);
    await expect(run(listForms)).resolves.toEqual([{ id: seeds.form.id, name: 'Vacation request' }]);
  });

  it('list_templates: check-in templates only', async () => {
    nock(API).get('/templates/').query({ type: 'checkins', limit: '100', offset: '0' }).reply(200, seeds.page([seeds.template]));
    await expect(run(listTemplates)).resolves.toEqual([{ id: seeds.template.uuid, name: 'Daily Check-in' }]);
  });

  it('list_users: with emails, so people can be told apart', async () => {
    nock(API)
      .get('/users/')
      .query({ include_email: 'true', limit: '100', offset: '0' })
      .reply(200, seeds.page([{ ...seeds.user, email: 'john@acme.com' }, { ...seeds.user, uuid: 'u2', full_name: 'Old Timer', is_active: false }]));
    await expect(run(listUsers)).resolves.toEqual([
      { id: seeds.user.uuid, name: 'John Wick (john@acme.com)' },
      { id: 'u2', name: 'Old Timer (deactivated)' },
    ]);
  });

  it('list_teams: GET /teams/', async () => {
    nock(API).get('/teams/').query({ limit: '100', offset: '0' }).reply(200, seeds.page([seeds.team]));
    await expect(run(listTeams)).resolves.toEqual([{ id: seeds.team.uuid, name: 'General' }]);
  });
});
