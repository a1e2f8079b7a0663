/**
 * Run Workflow: `POST /workflows/{uuid}/trigger/` with `{payload}` (dailybot-api-beyond.md §4;
 * DailyBot's CLI `trigger_workflow` and workflow skill). DailyBot queues the run and answers 202
 * `{queued, workflow_uuid, detail}`; the run has no output. The payload (key/value pairs) reaches
 * the workflow's steps as `{{trigger.body.<key>}}` and must be at most 8 KiB as JSON: checked here
 * (the CLI checks it too: `MAX_TRIGGER_PAYLOAD_BYTES`), before anything is sent.
 *
 * `workflow_frozen` (409 or 403) and `workflow_not_triggerable` are explained by src/http/errors.ts, for
 * buttons that run a workflow too.
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { answerOf, explainCodes, sendAction } from './shared/request';
import { parseInputs } from '../inputs/parse';
import { dailybotId, keyValues } from '../inputs/rules';
import { schema, type Infer } from '../schemas/lazy';
import { toJsonBody } from '../http/client';

/** DailyBot's limit on a trigger's payload, as JSON. */
export const MAX_PAYLOAD_BYTES = 8 * 1024;

const inputFields = defineInputFields([
  {
    key: 'workflow',
    label: 'Workflow',
    type: 'string',
    required: true,
    dynamic: 'list_workflows.id.name',
    helpText:
      'The DailyBot workflow to run. Only workflows that start “When triggered via API or button” are listed; set that in DailyBot’s automations builder.',
  },
  {
    key: 'payload',
    label: 'Data for the Workflow',
    type: 'string',
    dict: true,
    required: false,
    helpText: 'Names and values the workflow’s steps can use as {{trigger.body.name}}. At most 8 KB in all.',
  },
]);

const Inputs = schema((zod) =>
  zod.object({
    workflow: dailybotId(zod),
    payload: keyValues(zod)
      .refine((p) => Buffer.byteLength(toJsonBody(p), 'utf8') <= MAX_PAYLOAD_BYTES, {
        message: `is larger than DailyBot takes (8 KB as JSON): shorten the values or send fewer of them`,
      }),
  }),
);

/** The body of `POST /workflows/{uuid}/trigger/`. */
export const request = schema((zod) => zod.strictObject({ payload: zod.record(zod.string(), zod.string()) }));

export const output = schema((zod) => zod.object({ queued: zod.boolean(), workflow_uuid: zod.string(), detail: zod.string().nullable() }));

const Answer = schema((zod) =>
  zod.looseObject({ queued: zod.boolean().nullish(), workflow_uuid: zod.string().nullish(), detail: zod.string().nullish() }),
);

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const { workflow, payload } = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const response = await sendAction(z, bundle, {
    method: 'POST',
    path: `/workflows/${encodeURIComponent(workflow)}/trigger/`,
    body: { payload },
    notFound: 'DailyBot has no workflow with this ID that the API key’s owner can see (HTTP 404): it may have been deleted. Pick the workflow again from the list in “Workflow”.',
    explain: explainCodes({
      workflow_trigger_payload_invalid: 'DailyBot did not accept “Data for the Workflow”: it must be names with values, 8 KB at most in all. Shorten or remove some values.',
      workflow_execute_not_allowed:
        'The API key’s owner may not run workflows in DailyBot. Ask an organization admin to run it, or reconnect with the API key of someone who may.',
    }),
  });
  const answer = Answer.safeParse(answerOf(response));
  const data = answer.success ? answer.data : {};
  return {
    queued: data.queued ?? response.status === 202,
    workflow_uuid: data.workflow_uuid ?? workflow,
    detail: data.detail ?? null,
  };
};

export default defineCreate({
  key: 'trigger_workflow',
  noun: 'Workflow Run',
  display: {
    label: 'Run Workflow',
    description: 'Starts a workflow that runs “When triggered via API or button”, handing it the data you give.',
  },
  operation: {
    inputFields,
    perform,
    sample: { queued: true, workflow_uuid: '7d1c2a9e-5b4f-4c3d-8e2a-1f0b9c8d7e6a', detail: 'Workflow trigger accepted.' },
    outputFields: [
      { key: 'queued', label: 'Queued', type: 'boolean' },
      { key: 'workflow_uuid', label: 'Workflow ID' },
      { key: 'detail', label: 'DailyBot Answer' },
    ],
  },
});
