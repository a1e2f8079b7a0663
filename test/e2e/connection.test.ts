/**
 * The connection test and label against the sandbox, with `/me/` in each shape its sources show:
 * flat (seed 001) and nested (the official CLI's reference; `SANDBOX_ME_STYLE=nested` or
 * `POST /_sandbox/me`).
 */
import { call } from '../sandbox/helpers';
import { calls, useHarness } from './support';

const harness = useHarness();

describe.each(['flat', 'nested'])('the connection, with /me/ %s', (style) => {
  it('tests the key with one GET /me/ and labels the connection with the organization and the key’s owner', async () => {
    const h = harness();
    await call(h.sandbox, 'POST', '/_sandbox/me', { body: { style } });
    const owner = h.sandbox.state.users.get(h.sandbox.state.demo.owner)!;
    const run = await h.authTest();
    expect(calls(run.requests)).toEqual(['GET /v1/me/']);
    expect(run.output).toMatchObject({
      organization_name: 'Acme Robotics',
      organization_uuid: h.sandbox.state.org.uuid,
      full_name: owner.full_name,
      uuid: owner.uuid,
    });
    expect(h.connectionLabel(run.output)).toBe(`Acme Robotics (${owner.full_name})`);
  });
});
