/**
 * Send Workflow Event: POSTs `{event_type, secret?, ...data}` to the organization's Workflow Trigger URL
 * (`https://api.dailybot.com/workflow-trigger/<id>/`, a beta; dailybot-api-beyond.md §4), kept in the
 * connection with its optional secret. The URL is DailyBot's but not its API: no API key goes there
 * (src/http/middleware.ts), and neither the URL nor the secret appears in any message, log or output.
 * DailyBot matches `event_type` to its workflows and answers 200 whether or not one matched, so the
 * output can only say the event was sent. DailyBot keeps no events and gives none an ID: the step gives
 * each one an `event_id` (sent with it, so a workflow can tell a replayed Zap run's event from a new
 * one), unless the data holds an `event_id` of its own.
 */
import { randomUUID } from 'node:crypto';

import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { WORKFLOW_TRIGGER_WHERE } from '../authentication';
import { apiOrigin } from '../http/config';
import { send } from '../http/client';
import { workflowTriggerUrlProblem, workflowTriggerUrlProblemText } from '../http/hosts';
import { parseInputs } from '../inputs/parse';
import { hookRefusal } from './shared/hook';
import { keyValues, text } from '../inputs/rules';
import { schema, type Infer } from '../schemas/lazy';

const WHERE = "DailyBot's Workflow Trigger URL";
const EDIT_CONNECTION = 'then edit this connection (or reconnect DailyBot) and paste it into “Workflow Trigger URL”.';

/** Names in the body that the event's own fields hold: a `data` pair never overrides them. */
const RESERVED = new Set(['event_type', 'secret']);

const inputFields = defineInputFields([
  {
    key: 'event_type',
    label: 'Event Type',
    type: 'string',
    required: true,
    helpText:
      'The name your DailyBot workflows listen for, such as `deploy_complete`: every workflow of your organization that starts on this event type runs.',
  },
  {
    key: 'data',
    label: 'Event Data',
    type: 'string',
    dict: true,
    required: false,
    helpText:
      'Names and values sent beside the event type, for the workflow’s steps to use. The names `event_type` and `secret` are left out: the event type and the connection’s secret go in their place. ' +
      'Each event also carries an `event_id`, a new one each time unless you give your own here.',
  },
]);

const Inputs = schema((zod) => zod.object({ event_type: text(zod, 255), data: keyValues(zod) }));

/** The body the Workflow Trigger URL takes: the event type, the optional secret, and any other fields. */
export const request = schema((zod) =>
  zod.object({ event_type: zod.string().min(1).max(255), secret: zod.string().min(1).optional() }).catchall(zod.string()),
);

export const output = schema((zod) => zod.object({ event_id: zod.string().min(1), event_type: zod.string(), sent: zod.literal(true) }));

/** The connection's Workflow Trigger URL, or an error that says where to add it. */
const triggerUrlOf = (z: ZObject, bundle: Bundle): string => {
  const url = bundle.authData?.workflow_trigger_url?.trim();
  if (!url) {
    throw new z.errors.Error(
      'Send Workflow Event needs your organization’s Workflow Trigger URL, and this DailyBot connection has none. ' +
        `${WORKFLOW_TRIGGER_WHERE} Then edit this connection (or reconnect DailyBot) and paste it into “Workflow Trigger URL”.`,
      'missing_workflow_trigger_url',
    );
  }
  const problem = workflowTriggerUrlProblem(url, apiOrigin(bundle));
  if (problem) {
    throw new z.errors.Error(
      `${workflowTriggerUrlProblemText(problem, true)} Copy it again from Organization Settings → Integrations → Workflow Trigger, ${EDIT_CONNECTION}`,
      'invalid_workflow_trigger_url',
    );
  }
  return url;
};

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const { event_type, data } = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const url = triggerUrlOf(z, bundle);
  const secret = bundle.authData?.workflow_trigger_secret?.trim();
  const extra = Object.fromEntries(Object.entries(data).filter(([key]) => !RESERVED.has(key)));
  const eventId = extra.event_id?.trim() || randomUUID();
  const body = { ...extra, event_id: eventId, event_type, ...(secret ? { secret } : {}) };
  const response = await send(z, bundle, { method: 'POST', url, body, allowStatuses: [401, 403, 404, 410], where: WHERE });
  if (response.status >= 400) {
    throw hookRefusal(
      z,
      bundle,
      response,
      WHERE,
      `DailyBot did not accept the Workflow Trigger URL or its secret (HTTP ${response.status}): the URL may have been replaced, ` +
        'the secret changed, or the beta turned off for your organization. Copy the URL (and the secret, if you set one) again from ' +
        `Organization Settings → Integrations → Workflow Trigger, ${EDIT_CONNECTION}`,
      'workflow_trigger_rejected',
    );
  }
  return { event_id: eventId, event_type, sent: true };
};

export default defineCreate({
  key: 'send_workflow_event',
  noun: 'Workflow Event',
  display: {
    label: 'Send Workflow Event',
    description:
      'Sends an event to your organization’s workflows through the Workflow Trigger URL in the connection; every workflow that starts on its event type runs.',
  },
  operation: {
    inputFields,
    perform,
    sample: { event_id: '0f8c3b6e-2d41-4a7b-9e15-6c2d8a4f7b90', event_type: 'deploy_complete', sent: true },
    outputFields: [
      { key: 'event_id', label: 'Event ID' },
      { key: 'event_type', label: 'Event Type' },
      // DailyBot answers the same whether or not a workflow matched: "sent" is all it tells
      { key: 'sent', label: 'Sent (Whether or Not a Workflow Matched)', type: 'boolean' },
    ],
  },
});
