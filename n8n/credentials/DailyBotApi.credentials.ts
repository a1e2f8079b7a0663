/**
 * The DailyBot connection: the Zapier app's connection fields (an organization API key, the Activity
 * Hook URL for Log Activity, the Workflow Trigger URL and secret for Send Workflow Event).
 * The API key goes to DailyBot's API only: the nodes send every request through the app's own
 * middleware, never through `authenticate` (which n8n would add to any URL); `authenticate` serves
 * n8n's credential test alone (`GET /me/`).
 */
import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { credentialProperties } from '../src/generated/credential';

export class DailyBotApi implements ICredentialType {
  name = 'dailyBotApi';

  displayName = 'DailyBot API';

  icon = { light: 'file:../icons/dailybot.svg', dark: 'file:../icons/dailybot.dark.svg' } as const;

  documentationUrl = 'https://www.dailybot.com/docs/api-methods';

  properties: INodeProperties[] = [
    // the Zapier connection's fields, with the same labels and help (../generated/credential.ts)
    ...credentialProperties,
    {
      displayName: 'API URL',
      name: 'apiUrl',
      type: 'hidden',
      default: 'https://api.dailybot.com/v1',
    },
  ];

  authenticate: IAuthenticateGeneric = {
    type: 'generic',
    properties: { headers: { 'X-API-KEY': '={{$credentials.apiKey}}' } },
  };

  test: ICredentialTestRequest = {
    request: { baseURL: '={{$credentials.apiUrl}}', url: '/me/' },
  };
}
