/**
 * The DailyBot connection: an organization API key, and the Activity Hook URL for Log Activity.
 * The API key goes to DailyBot's API only: the nodes send every request through the app's own
 * middleware, never through `authenticate` (which n8n would add to any URL); `authenticate` serves
 * n8n's credential test alone (`GET /me/`).
 */
import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

export class DailyBotApi implements ICredentialType {
  name = 'dailyBotApi';

  displayName = 'DailyBot API';

  icon = { light: 'file:../icons/dailybot.svg', dark: 'file:../icons/dailybot.dark.svg' } as const;

  documentationUrl = 'https://www.dailybot.com/docs/api-methods';

  properties: INodeProperties[] = [
    {
      displayName: 'API Key',
      name: 'apiKey',
      type: 'string',
      typeOptions: { password: true },
      required: true,
      default: '',
      description:
        'An organization admin creates API keys in DailyBot under <b>Organization Settings → Integrations</b>. The key acts with its owner’s permissions.',
    },
    {
      displayName: 'Activity Hook URL',
      name: 'activityHookUrl',
      type: 'string',
      typeOptions: { password: true },
      default: '',
      description:
        'Only needed for Log Activity. Copy it from <b>Organization Settings → Integrations → Activity API</b>. It starts with <code>https://</code>.',
    },
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
