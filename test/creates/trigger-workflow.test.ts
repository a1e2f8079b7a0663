import nock from 'nock';

import App from '../../index';
import { API, appTester, authData, errorOf } from '../helpers';
import { failsBeforeAnyRequest, runAction } from './support';

const run = (inputData: Record<string, unknown>) => runAction('trigger_workflow', inputData);
const WORKFLOW = '7d1c2a9e-5b4f-4c3d-8e2a-1f0b9c8d7e6a';
const PATH = `/workflows/${WORKFLOW}/trigger/`;

describe('Run Workflow', () => {
  it('posts the key/value pairs as payload; DailyBot queues the run (202)', async () => {
    nock(API)
      .post(PATH, { payload: { requester: 'ann@example.com', days: '5' } })
      .reply(202, { queued: true, workflow_uuid: WORKFLOW, detail: 'Workflow trigger accepted.' });
    await expect(run({ workflow: WORKFLOW, payload: { requester: 'ann@example.com', days: '5' } })).resolves.toEqual({
      queued: true,
      workflow_uuid: WORKFLOW,
      detail: 'Workflow trigger accepted.',
    });
  });

  it('sends an empty payload when none is given, and reads an empty 202', async () => {
    nock(API).post(PATH, { payload: {} }).reply(202, '');
    await expect(run({ workflow: WORKFLOW })).resolves.toEqual({ queued: true, workflow_uuid: WORKFLOW, detail: null });
  });

  it('refuses a payload over 8 KiB as JSON before sending, and takes one just under', async () => {
    const error = await failsBeforeAnyRequest(() => run({ workflow: WORKFLOW, payload: { notes: 'x'.repeat(8192) } }));
    expect(error.message).toContain('“Data for the Workflow” is larger than DailyBot takes (8 KB as JSON)');
    const fits = 'é'.repeat((8192 - '{"notes":""}'.length) / 2); // two bytes each in UTF-8
    nock(API).post(PATH).reply(202, { queued: true, workflow_uuid: WORKFLOW, detail: 'ok' });
    await expect(run({ workflow: WORKFLOW, payload: { notes: fits } })).resolves.toMatchObject({ queued: true });
  });

  it.each([
    [400, { detail: 'Not triggerable', code: 'workflow_not_triggerable' }, 'either it does not start “When triggered via API or button”, or it is inactive'],
    [403, { detail: 'Frozen', code: 'workflow_frozen' }, 'Upgrade the plan, or unfreeze the workflow'],
    [409, { detail: 'Frozen', code: 'workflow_frozen' }, 'Upgrade the plan, or unfreeze the workflow'],
    [403, { detail: 'Nope', code: 'workflow_execute_not_allowed' }, 'may not run workflows'],
    [400, { detail: 'Bad', code: 'workflow_trigger_payload_invalid' }, 'did not accept “Data for the Workflow”'],
    [403, { detail: 'Workflows need a higher plan.', code: 'plan_upgrade_required', upgrade_url: 'https://app.dailybot.com/billing' }, 'Upgrade at https://app.dailybot.com/billing'],
    [404, { detail: 'Not found.' }, 'Pick the workflow again'],
  ])('explains HTTP %i %j', async (status, body, message) => {
    nock(API).post(PATH).reply(status, body);
    const error = await errorOf(run({ workflow: WORKFLOW }));
    expect(error.message).toContain(message);
  });
});

describe('list_workflows', () => {
  it('offers only the workflows that can be run by API', async () => {
    nock(API)
      .get('/workflows/')
      .query({ limit: '100', page_size: '100' })
      .reply(200, {
        count: 3,
        next: null,
        previous: null,
        results: [
          { id: WORKFLOW, name: 'Vacation approved', trigger_type: 'api_trigger', active: true },
          { id: 'w-2', name: 'Standup digest', trigger_type: 'scheduled_task_execution', active: true },
          { uuid: 'w-3', name: 'Deploy', trigger_type: 'API_TRIGGER', active: false },
        ],
      });
    const options = await appTester((App.triggers!.list_workflows!.operation as { perform: unknown }).perform as never, { authData, meta: { page: 0 } } as never, true);
    expect(options).toEqual([
      { id: WORKFLOW, name: 'Vacation approved' },
      { id: 'w-3', name: 'Deploy (inactive)' },
    ]);
  });
});
