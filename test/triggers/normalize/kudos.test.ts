import type { ZObject } from 'zapier-platform-core';

import { KudosOutput, kudosSample, normalizeKudos } from '../../../src/triggers/normalize/kudos';
import { kudosBody } from '../../fixtures/webhooks';
import { errorOf, runInApp } from '../../helpers';

const POSTED = 'kudos.posted';
const normalize = (body: unknown, eventTimestamp?: unknown) => runInApp(async (z: ZObject) => normalizeKudos(z, body, { event: POSTED, eventTimestamp }));

describe('normalizeKudos', () => {
  it('flattens the documented delivery: giver, receivers, message', async () => {
    const out = await normalize(kudosBody(), 1707318131.204);
    expect(out).toEqual({
      ...kudosSample,
      // the webhook body names no value, no creation time and no emails (R3's sample)
      company_value_id: null,
      company_value_name: null,
      created_at: null,
      giver_email: null,
      receivers: kudosSample.receivers.map((r) => ({ ...r, email: null })),
      organization_uuid: '4e322341-1262-42fa-942a-0341d90883f6',
      event_timestamp: '2024-02-07T15:02:11.204Z',
    });
    expect(KudosOutput.safeParse(out).success).toBe(true);
  });

  it('reads the giver from `user`, as DailyBot’s REST kudos objects write it', async () => {
    const { giver, ...body } = kudosBody();
    const out = await normalize({ ...body, user: { ...giver, email: 'john@example.com' }, created_at: '2024-02-07T10:02:11-05:00' });
    expect(out).toMatchObject({ giver_uuid: giver.uuid, giver_email: 'john@example.com', created_at: '2024-02-07T10:02:11-05:00', event_timestamp: '2024-02-07T10:02:11-05:00' });
  });

  it.each([
    ['null', null, { company_value_id: null, company_value_name: null }],
    ['a name', 'Ownership', { company_value_id: null, company_value_name: 'Ownership' }],
    ['a UUID', '1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b', { company_value_id: '1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b', company_value_name: null }],
    ['an object', { id: 'cv-1', name: 'Customer first' }, { company_value_id: 'cv-1', company_value_name: 'Customer first' }],
    ['something else', 42, { company_value_id: null, company_value_name: null }],
  ])('reads a company value given as %s', async (_name, value, expected) => {
    expect(await normalize({ ...kudosBody(), company_value: value })).toMatchObject(expected);
  });

  it('masks the giver of anonymous kudos', async () => {
    const out = await normalize({ ...kudosBody(), is_anonymous: true });
    expect(out).toMatchObject({ is_anonymous: true, giver_uuid: null, giver_full_name: null, giver_email: null });
  });

  it('accepts receivers given as bare UUIDs, and skips empty ones', async () => {
    const out = await normalize({ ...kudosBody(), receivers: ['0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', null] });
    expect(out.receivers).toEqual([{ uuid: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', full_name: null, first_name: null, last_name: null, email: null }]);
    expect(out.receiver_uuids).toEqual(['0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e']);
    expect(out.receiver_names).toBe('');
  });

  it('tolerates missing optional fields', async () => {
    const out = await normalize({ id: 17 });
    expect(out).toMatchObject({ id: '17', content: '', receivers: [], giver_uuid: null, event_timestamp: null, organization_uuid: null });
    expect(KudosOutput.safeParse(out).success).toBe(true);
  });

  it('fails plainly for kudos that are not an object', async () => {
    const error = await errorOf(normalize(['hi']));
    expect(error.message).toContain('DailyBot sent kudos this app could not read (they were not an object)');
  });
});
