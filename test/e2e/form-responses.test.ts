/**
 * Version 3's form response steps and Send Workflow Event against the sandbox over real sockets, each
 * checked where it lands (the sandbox's form responses and outbox) and by the requests it made.
 */
import { calls, FORM_RESPONSE_STEPS, outboxOf, useHarness } from './support';

const harness = useHarness();

const tested = new Set<string>();
const step = (key: string): string => {
  tested.add(key);
  return key;
};

describe('send_workflow_event', () => {
  it('posts the event to the Workflow Trigger URL with the secret and no API key; the outbox has it', async () => {
    const h = harness();
    const run = await h.create(step('send_workflow_event'), { event_type: 'deploy_complete', data: { service: 'billing', event_type: 'sneaky' } });
    expect(run.output).toEqual({ event_id: expect.any(String), event_type: 'deploy_complete', sent: true });
    expect(calls(run.requests)).toEqual([`POST ${new URL(h.sandbox.workflowTriggerUrl).pathname}`]);
    expect(run.requests[0]!.headers).not.toHaveProperty('x-api-key');
    expect(outboxOf(h, 'workflow_event')).toEqual([expect.objectContaining({ event_type: 'deploy_complete', fields: { service: 'billing', event_id: run.output.event_id }, secret_ok: true })]);
  });

  it('a replaced Workflow Trigger URL says to copy it again, without showing it', async () => {
    const h = harness();
    const stale = h.sandbox.workflowTriggerUrl.replace(/[0-9a-f]{32}\/$/, '0123456789abcdef0123456789abcdef/');
    const error = (await h
      .run(h.fn('creates', 'send_workflow_event'), { inputData: { event_type: 'deploy_complete' }, authData: { ...h.authData, workflow_trigger_url: stale } })
      .catch((e: Error) => e)) as Error;
    expect(error.message).toContain('Copy the URL (and the secret, if you set one) again');
    expect(error.message).not.toContain('0123456789abcdef');
    expect(outboxOf(h, 'workflow_event')).toEqual([]);
  });
});

it('covers every step it lists', () => {
  expect([...tested].sort()).toEqual([...FORM_RESPONSE_STEPS].sort());
});
