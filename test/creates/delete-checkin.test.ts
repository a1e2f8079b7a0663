import nock from 'nock';

import { creates } from '../../src/creates';
import { API, API_KEY, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { failsBeforeAnyRequest, runAction } from './support';

const remove = (inputData: Record<string, unknown>) => runAction('delete_checkin', inputData);
const CHECKIN = seeds.checkin.id;

describe('Delete Check-in', () => {
  it('sends DELETE /checkins/{uuid}/ with no body and says what it deleted', async () => {
    nock(API, { reqheaders: { 'x-api-key': API_KEY } })
      .delete(`/checkins/${CHECKIN}/`, (body) => body === '' || body === undefined)
      .reply(204);
    await expect(remove({ checkin: CHECKIN })).resolves.toEqual({ id: CHECKIN, uuid: CHECKIN, deleted: true });
  });

  it('warns, in a copy field above the check-in, that deleting cannot be undone', () => {
    const [warning, checkin] = creates.delete_checkin?.operation.inputFields as Array<{ key: string; type?: string; helpText?: string }>;
    expect(warning).toMatchObject({ type: 'copy' });
    expect(warning?.helpText).toContain('cannot be undone');
    expect(checkin).toMatchObject({ key: 'checkin', required: true, dynamic: 'list_checkins.id.name' });
  });

  it.each([
    ['no check-in', {}, '“Check-in” is required'],
    ['a check-in that is a path', { checkin: '../teams' }, '“Check-in” must be picked from the list'],
    ['a check-in with a query', { checkin: 'abc?force=true' }, '“Check-in” must be picked from the list'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => remove(inputData));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });

  it('says the check-in may already be gone on a bare 404', async () => {
    nock(API).delete(`/checkins/${CHECKIN}/`).reply(404, { detail: 'Not found.' });
    const error = await errorOf(remove({ checkin: CHECKIN }));
    expect(error).toMatchObject({ code: 'not_found', status: 404 });
    expect(error.message).toContain('deleted already');
  });

  it('names the plan problem (403 plan_*)', async () => {
    nock(API).delete(`/checkins/${CHECKIN}/`).reply(403, seeds.errors.planUpgrade);
    const error = await errorOf(remove({ checkin: CHECKIN }));
    expect(error).toMatchObject({ code: 'plan_upgrade_required' });
  });
});
