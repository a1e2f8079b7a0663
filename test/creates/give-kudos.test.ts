import nock from 'nock';

import { API, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { ann, failsBeforeAnyRequest, john, nockDirectory, runAction } from './support';

const kudos = (inputData: Record<string, unknown>) => runAction('give_kudos', inputData);

/** The kudos DailyBot answers with, shaped as the docs describe it (seed 001). */
const answer = {
  id: 'c7a4b1e2-5d3f-4a6b-9c8d-1e2f3a4b5c6d',
  parent: null,
  user: { uuid: 'b1b292b3-29b2-4235-8103-321ed749db8d', full_name: 'Ann Admin' },
  receivers: [{ uuid: seeds.user.uuid, full_name: 'John Wick', image: 'https://secure.gavatar.com/avatar/ima.png' }],
  company_value: { id: 'v-1', name: 'Ownership' },
  content: 'Great work!',
  is_anonymous: false,
  metadata: {},
  created_at: '2026-03-31T14:05:09.123456Z',
};

describe('Give Kudos', () => {
  it('sends the documented example (seed 001), with users_receivers as the official CLI adds, and outputs the kudos flat', async () => {
    nock(API)
      .post('/kudos/', { receivers: [seeds.user.uuid], users_receivers: [seeds.user.uuid], content: 'Great work!', is_anonymous: false })
      .reply(200, answer);
    const result = await kudos({ receivers: [seeds.user.uuid], content: 'Great work!', is_anonymous: 'false' });
    expect(result).toEqual({
      id: 'c7a4b1e2-5d3f-4a6b-9c8d-1e2f3a4b5c6d',
      content: 'Great work!',
      company_value: 'Ownership',
      is_anonymous: false,
      by_dailybot: false,
      created_at: '2026-03-31T14:05:09.123456Z',
      giver_uuid: 'b1b292b3-29b2-4235-8103-321ed749db8d',
      giver_full_name: 'Ann Admin',
      giver_first_name: 'Ann',
      giver_last_name: 'Admin',
      receivers: [{ uuid: seeds.user.uuid, email: null, full_name: 'John Wick', first_name: 'John', last_name: 'Wick' }],
      team_receivers: [],
    });
  });

  it('sends receivers as the official CLI does (people and teams merged, plus users_receivers and teams_receivers), people by email or name, and the options', async () => {
    nockDirectory();
    nock(API)
      .post('/kudos/', {
        receivers: [john.uuid, ann.uuid, seeds.team.uuid],
        users_receivers: [john.uuid, ann.uuid],
        teams_receivers: [seeds.team.uuid],
        content: 'Thanks for the launch',
        company_value: 'Ownership',
        is_anonymous: true,
        by_dailybot: true,
      })
      .reply(201, { id: 'k-2', receivers: [john.uuid, ann.uuid], content: 'Thanks for the launch', is_anonymous: true });
    const result = await kudos({
      receivers: 'john@example.com\nAnn Lee',
      team_receivers: [seeds.team.uuid],
      content: 'Thanks for the launch',
      company_value: 'Ownership',
      is_anonymous: 'yes',
      by_dailybot: 'true',
    });
    expect(result).toMatchObject({
      id: 'k-2',
      is_anonymous: true,
      by_dailybot: true,
      company_value: 'Ownership',
      receivers: [
        { uuid: john.uuid, email: 'john@example.com', full_name: 'John Wick', first_name: 'John', last_name: 'Wick' },
        { uuid: ann.uuid, email: 'ann@example.com', full_name: 'Ann Lee', first_name: 'Ann', last_name: 'Lee' },
      ],
      team_receivers: [seeds.team.uuid],
    });
  });

  it('gives kudos to a team alone, without a lookup, and never with an empty receivers (DailyBot rejects that)', async () => {
    nock(API).post('/kudos/', { receivers: [seeds.team.uuid], teams_receivers: [seeds.team.uuid], content: 'Well done, team' }).reply(200, {});
    const result = await kudos({ team_receivers: seeds.team.uuid, content: 'Well done, team' });
    expect(result).toMatchObject({ id: null, receivers: [], team_receivers: [seeds.team.uuid] });
  });

  it.each([
    ['no receiver at all', { content: 'Great work!' }, 'name at least one receiver in “Receivers” or “Receiving Teams”'],
    ['no message', { receivers: [seeds.user.uuid] }, '“Message” is required'],
    ['a team that is not an ID', { team_receivers: ['{{team}}'], content: 'x' }, '“Receiving Teams” must hold items picked from the list'],
    ['an anonymous flag that is not yes or no', { receivers: [seeds.user.uuid], content: 'x', is_anonymous: 'sometimes' }, '“Anonymous” must be yes or no'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => kudos(inputData));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });

  it('says which field holds unknown people (400 one_or_more_users_not_found)', async () => {
    nock(API).post('/kudos/').reply(400, seeds.errors.usersNotFound);
    const error = await errorOf(kudos({ receivers: [seeds.user.uuid], content: 'Great work!' }));
    expect(error).toMatchObject({ code: 'one_or_more_users_not_found', status: 400 });
    expect(error.message).toContain('“Receivers”');
  });

  it('keeps DailyBot’s word for the daily kudos limit (406)', async () => {
    nock(API).post('/kudos/').reply(406, { detail: 'You have reached your daily kudos limit.' });
    const error = await errorOf(kudos({ receivers: [seeds.user.uuid], content: 'Great work!' }));
    expect(error).toMatchObject({ status: 406 });
    expect(error.message).toContain('You have reached your daily kudos limit.');
  });
});
