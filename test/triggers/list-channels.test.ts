import nock from 'nock';

import { listChannels } from '../../src/triggers/list-channels';
import { API, appTester, authData, errorOf } from '../helpers';

const run = (page = 0) =>
  appTester((listChannels.operation as { perform: unknown }).perform as never, { authData, meta: { page } } as never) as Promise<Array<{ id: string; name: string }>>;

describe('list_channels', () => {
  it('is hidden, and feeds the Channels fields of the chat actions', () => {
    expect(listChannels.display.hidden).toBe(true);
  });

  it('reads the live answer {channels, total} (official CLI): the platform ID with the channel’s name and platform', async () => {
    nock(API)
      .get('/report-channels/')
      .reply(200, {
        channels: [
          { id: 'C04C1GL9RH8', name: 'general', platform: 'slack', type: 'channel' },
          { id: '19:abc@thread.tacv2', name: 'Releases', platform: 'msteams', type: 'channel' },
        ],
        total: 2,
      });
    await expect(run()).resolves.toEqual([
      { id: 'C04C1GL9RH8', name: '#general (Slack)' },
      { id: '19:abc@thread.tacv2', name: '#Releases (Microsoft Teams)' },
    ]);
  });

  it('reads {results} and items shaped as the channels SKILL shows them ({uuid, name, platform, channel_id})', async () => {
    nock(API)
      .get('/report-channels/')
      .reply(200, { results: [{ uuid: '9a1b2c3d-0000-4000-8000-000000000001', name: 'standups', platform: 'slack', channel_id: 'C0STAND' }] });
    await expect(run()).resolves.toEqual([{ id: 'C0STAND', name: '#standups (Slack)' }]);
  });

  it('reads a bare list, falling back to the uuid when there is no id or channel_id', async () => {
    nock(API).get('/report-channels/').reply(200, [{ uuid: 'spaces/AAAA', name: '#ops' }, { id: 42 }]);
    await expect(run()).resolves.toEqual([
      { id: 'spaces/AAAA', name: '#ops' },
      { id: '42', name: '42' },
    ]);
  });

  it('has nothing more on “Load more”: one answer holds every channel', async () => {
    await expect(run(1)).resolves.toEqual([]);
  });

  it('says plainly when a channel has no ID at all', async () => {
    nock(API).get('/report-channels/').reply(200, { channels: [{ name: 'nameless' }], total: 1 });
    const error = await errorOf(run());
    expect(error).toMatchObject({ code: 'dailybot_unexpected_answer' });
    expect(error.message).toContain('the list of channels (item 1)');
  });
});
