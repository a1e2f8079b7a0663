/**
 * The connection: an organization API key (and, for "Log Activity", the Activity Hook URL).
 * Tested with `GET /me/`; labelled with the organization and the key owner's name.
 */
import type { Authentication, Bundle, ZObject } from 'zapier-platform-core';

import { api } from './http/client';
import { apiOrigin } from './http/config';
import { hookUrlProblem, hookUrlProblemText, workflowTriggerUrlProblem, workflowTriggerUrlProblemText } from './http/hosts';
import { Me } from './schemas/api';

/** Where a Workflow Trigger URL comes from, said in every message about it. */
export const WORKFLOW_TRIGGER_WHERE =
  'Copy the full address DailyBot shows in Organization Settings → Integrations → Workflow Trigger (a beta: ask DailyBot’s team to turn it on).';

export interface ConnectionInfo {
  organization_name: string;
  organization_uuid: string;
  full_name: string;
  email: string;
  uuid: string;
  role: string;
}

const test = async (z: ZObject, bundle: Bundle): Promise<ConnectionInfo> => {
  const hookUrl = bundle.authData?.activity_hook_url?.trim();
  const problem = hookUrl ? hookUrlProblem(hookUrl) : undefined;
  if (problem) {
    throw new z.errors.Error(
      `${hookUrlProblemText(problem, false)} Copy the full https:// address DailyBot shows in Organization Settings → Integrations → Activity API.`,
      'invalid_activity_hook_url',
    );
  }
  const triggerUrl = bundle.authData?.workflow_trigger_url?.trim();
  const triggerProblem = triggerUrl ? workflowTriggerUrlProblem(triggerUrl, apiOrigin(bundle)) : undefined;
  if (triggerProblem) {
    throw new z.errors.Error(
      `${workflowTriggerUrlProblemText(triggerProblem, false)} ${WORKFLOW_TRIGGER_WHERE}`,
      'invalid_workflow_trigger_url',
    );
  }
  const me = await api(z, bundle, { path: '/me/' }, Me);
  // flat (seed 001) or nested (the official CLI's reference): see the Me schema
  const user = typeof me.user === 'object' ? me.user : undefined;
  const name = typeof me.user === 'string' ? me.user : undefined;
  return {
    organization_name: me.organization?.name ?? me.organization_name ?? 'DailyBot',
    organization_uuid: me.organization?.uuid ?? me.organization_uuid ?? '',
    full_name: me.full_name ?? user?.full_name ?? name ?? '',
    email: me.email ?? user?.email ?? '',
    uuid: me.uuid ?? user?.uuid ?? '',
    role: me.role ?? user?.role ?? '',
  };
};

export const authentication = {
  type: 'custom',
  fields: [
    {
      key: 'api_key',
      label: 'API Key',
      type: 'password',
      required: true,
      helpText:
        'An organization admin creates API keys in DailyBot under **Organization Settings → Integrations** ' +
        '([how to get an API key](https://www.dailybot.com/docs/api-methods)). The key acts with its owner’s permissions.',
    },
    {
      key: 'activity_hook_url',
      label: 'Activity Hook URL',
      type: 'password',
      required: false,
      helpText:
        'Only needed for the **Log Activity** action. Copy it from **Organization Settings → Integrations → Activity API** ' +
        '([Activity API guide](https://www.dailybot.com/docs/integrate-the-activity-api)). It starts with `https://`.',
    },
    {
      key: 'workflow_trigger_url',
      label: 'Workflow Trigger URL',
      type: 'password',
      required: false,
      helpText:
        'Only needed for the **Send Workflow Event** action. Copy it from **Organization Settings → Integrations → Workflow Trigger** ' +
        '(a beta: ask DailyBot’s team to turn it on). It starts with `https://api.dailybot.com/workflow-trigger/`.',
    },
    {
      key: 'workflow_trigger_secret',
      label: 'Workflow Trigger Secret',
      type: 'password',
      required: false,
      helpText: 'Only if you set a secret for the Workflow Trigger URL in DailyBot: **Send Workflow Event** sends it with every event.',
    },
  ],
  test,
  connectionLabel: '{{organization_name}} ({{full_name}})',
} satisfies Authentication;
