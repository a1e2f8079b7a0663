import nock from 'nock';

import { API, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { ann, bea, failsBeforeAnyRequest, john, nockDirectory, runAction } from './support';

const add = (inputData: Record<string, unknown>) => runAction('add_team_member', inputData);
const TEAM = seeds.team.uuid;

describe('Add User to Team', () => {
  it('sends the documented body {members: [{uuid, platform: "dailybot"}]} and outputs who was added', async () => {
    nockDirectory();
    nock(API)
      .post(`/teams/${TEAM}/member/`, {
        members: [
          { uuid: john.uuid, platform: 'dailybot' },
          { uuid: ann.uuid, platform: 'dailybot' },
          { uuid: bea.uuid, platform: 'dailybot' },
        ],
      })
      .reply(200);
    const result = await add({ team: TEAM, users: ['john@example.com', 'Ann Lee', bea.uuid, 'ANN@example.com'] });
    expect(result).toEqual({
      team_uuid: TEAM,
      users_uuids: [john.uuid, ann.uuid, bea.uuid],
      users: [
        { uuid: john.uuid, email: 'john@example.com', full_name: 'John Wick', first_name: 'John', last_name: 'Wick' },
        { uuid: ann.uuid, email: 'ann@example.com', full_name: 'Ann Lee', first_name: 'Ann', last_name: 'Lee' },
        { uuid: bea.uuid, email: null, full_name: null, first_name: null, last_name: null },
      ],
    });
  });

  it.each([
    ['no team', { users: [john.uuid] }, '“Team” is required'],
    ['a team that is a path', { team: '../../users', users: [john.uuid] }, '“Team” must be picked from the list'],
    ['no users', { team: TEAM, users: [] }, '“Users” is required'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => add(inputData));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });

  it('refuses a name that matches two people, asking for an email, before adding', async () => {
    nockDirectory([john, { ...ann, full_name: 'John Wick' }]);
    const error = await failsBeforeAnyRequest(() => add({ team: TEAM, users: ['John Wick'] }));
    expect(error).toMatchObject({ code: 'dailybot_user_not_found' });
    expect(error.message).toContain('matches 2 DailyBot users');
  });

  it('says the team is gone on a bare 404', async () => {
    nock(API).post(`/teams/${TEAM}/member/`).reply(404, { detail: 'Not found.' });
    const error = await errorOf(add({ team: TEAM, users: [john.uuid] }));
    expect(error).toMatchObject({ code: 'not_found' });
    expect(error.message).toContain('Pick the team again');
  });

  it('says which field holds unknown people (400 one_or_more_users_not_found)', async () => {
    nock(API).post(`/teams/${TEAM}/member/`).reply(400, seeds.errors.usersNotFound);
    const error = await errorOf(add({ team: TEAM, users: [john.uuid] }));
    expect(error.message).toContain('“Users”');
  });

  it('keeps DailyBot’s word for a permission problem (403 org_admin_required)', async () => {
    nock(API).post(`/teams/${TEAM}/member/`).reply(403, seeds.errors.orgAdmin);
    const error = await errorOf(add({ team: TEAM, users: [john.uuid] }));
    expect(error).toMatchObject({ code: 'org_admin_required', status: 403 });
  });
});
