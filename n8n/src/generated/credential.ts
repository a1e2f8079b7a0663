// Written by `npm run docs` (scripts/n8n-generate.ts) from the Zapier app's definitions: do not edit by hand.
import type { INodeProperties } from 'n8n-workflow';

export const credentialProperties: INodeProperties[] = [
  {
    displayName: "API Key",
    name: "apiKey",
    description: "An organization admin creates API keys in DailyBot under <b>Organization Settings → Integrations</b> (<a href=\"https://www.dailybot.com/docs/api-methods\">how to get an API key</a>). The key acts with its owner’s permissions.",
    required: true,
    type: "string",
    typeOptions: {
      password: true
    },
    default: ""
  },
  {
    displayName: "Activity Hook URL",
    name: "activityHookUrl",
    description: "Only needed for the <b>Log Activity</b> action. Copy it from <b>Organization Settings → Integrations → Activity API</b> (<a href=\"https://www.dailybot.com/docs/integrate-the-activity-api\">Activity API guide</a>). It starts with <code>https://</code>.",
    type: "string",
    typeOptions: {
      password: true
    },
    default: ""
  },
  {
    displayName: "Workflow Trigger URL",
    name: "workflowTriggerUrl",
    description: "Only needed for the <b>Send Workflow Event</b> action. Copy it from <b>Organization Settings → Integrations → Workflow Trigger</b> (a beta: ask DailyBot’s team to turn it on). It starts with <code>https://api.dailybot.com/workflow-trigger/</code>.",
    type: "string",
    typeOptions: {
      password: true
    },
    default: ""
  },
  {
    displayName: "Workflow Trigger Secret",
    name: "workflowTriggerSecret",
    description: "Only if you set a secret for the Workflow Trigger URL in DailyBot: <b>Send Workflow Event</b> sends it with every event",
    type: "string",
    typeOptions: {
      password: true
    },
    default: ""
  }
];

/** Each credential field's Zapier connection key. */
export const connectionKeys: Record<string, string> = {
  apiKey: "api_key",
  activityHookUrl: "activity_hook_url",
  workflowTriggerUrl: "workflow_trigger_url",
  workflowTriggerSecret: "workflow_trigger_secret"
};
