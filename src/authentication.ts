/**
 * The connection: an organization API key (and, for "Log Activity", the Activity Hook URL).
 * Tested with `GET /me/`; labelled with the organization and the key owner's name.
 */
import type { Authentication, Bundle, ZObject } from 'zapier-platform-core';

import { api } from './http/client';
import { hookUrlProblem, hookUrlProblemText } from './http/hosts';
import { Me } from './schemas/api';

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
  ],
  test,
  connectionLabel: '{{organization_name}} ({{full_name}})',
} satisfies Authentication;
