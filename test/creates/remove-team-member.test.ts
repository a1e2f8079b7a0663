import nock from 'nock';

import { API, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { ann, failsBeforeAnyRequest, nockDirectory, runAction } from './support';

const removeMember = (inputData: Record<string, unknown>) => runAction('remove_team_member', inputData);
const TEAM = seeds.team.uuid;

describe('Remove User from Team', () => {
  it('sends DELETE /teams/{team}/member/{user}/ with the UUID as given, with no lookup', async () => {
    nock(API).delete(`/teams/${TEAM}/member/${ann.uuid}/`).reply(204);
    await expect(removeMember({ team: TEAM, user: ann.uuid })).resolves.toEqual({
      team_uuid: TEAM,
      user_uuid: ann.uuid,
      user_email: null,
      user_full_name: null,
      user_first_name: null,
      user_last_name: null,
    });
  });

  it('resolves an email to the UUID first', async () => {
    nockDirectory();
    nock(API).delete(`/teams/${TEAM}/member/${ann.uuid}/`).reply(200);
    await expect(removeMember({ team: TEAM, user: 'ann@example.com' })).resolves.toMatchObject({
      user_uuid: ann.uuid,
      user_email: 'ann@example.com',
      user_full_name: 'Ann Lee',
    });
  });

  it.each([
    ['no team', { user: ann.uuid }, '“Team” is required'],
    ['a team with a slash', { team: `${TEAM}/member/x`, user: ann.uuid }, '“Team” must be picked from the list'],
    ['no user', { team: TEAM, user: '' }, '“User” is required'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => removeMember(inputData));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });

  it('refuses a person nobody matches before removing', async () => {
    nockDirectory();
    const error = await failsBeforeAnyRequest(() => removeMember({ team: TEAM, user: 'x/../../admin' }));
    expect(error).toMatchObject({ code: 'dailybot_user_not_found' });
  });

  it('says the team or the membership is not there on a bare 404', async () => {
    nock(API).delete(`/teams/${TEAM}/member/${ann.uuid}/`).reply(404, { detail: 'Not found.' });
    const error = await errorOf(removeMember({ team: TEAM, user: ann.uuid }));
    expect(error).toMatchObject({ code: 'not_found', status: 404 });
    expect(error.message).toContain('not a member of it');
  });
});
