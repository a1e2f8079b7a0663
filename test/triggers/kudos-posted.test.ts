import * as trigger from '../../src/triggers/kudos-posted';
import { envelope, kudosBody } from '../fixtures/webhooks';
import { deliver, describeHook } from './hook-cases';
import { mockOrganizationKudos } from './people-list';

describeHook({
  module: trigger,
  key: 'kudos_posted',
  label: 'New Kudos',
  event: 'kudos.posted',
  body: kudosBody,
  mockList: () => mockOrganizationKudos(),
  expected: {
    id: '8a9b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d',
    giver_full_name: 'John Wick',
    receiver_names: 'Helen Wick, Winston Scott',
    company_value_name: null,
    event_timestamp: '2024-02-05T17:34:31.495Z',
  },
});

describe('kudos_posted: anonymous kudos', () => {
  it('gives no giver, and says the kudos are anonymous', async () => {
    const items = await deliver(trigger, envelope('kudos.posted', { ...kudosBody(), is_anonymous: true }));
    expect(items).toEqual([expect.objectContaining({ is_anonymous: true, giver_uuid: null, giver_full_name: null, receiver_names: 'Helen Wick, Winston Scott' })]);
  });
});
