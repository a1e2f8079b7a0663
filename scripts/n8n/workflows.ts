/**
 * n8n workflow JSON for the real-n8n tests, the demo and the bench: DailyBot nodes chained after a
 * start node, a trigger followed by a "catcher" (n8n's own HTTP Request node POSTing its input to a
 * local URL, so the test reads what the workflow received), and the credential.
 */
import type { Credential, Workflow } from './instance';
import { PACKAGE_NAME } from './instance';

type Json = Record<string, unknown>;

export const CREDENTIAL_ID = 'dailybotSandbox';
export const CREDENTIAL_NAME = 'DailyBot (sandbox)';
export const CREDENTIAL_TYPE = 'dailyBotApi';

/** Node types as n8n names a community package's nodes. */
export const TYPES = {
  action: `${PACKAGE_NAME}.dailyBot`,
  trigger: `${PACKAGE_NAME}.dailyBotTrigger`,
  manual: 'n8n-nodes-base.manualTrigger',
  webhook: 'n8n-nodes-base.webhook',
  http: 'n8n-nodes-base.httpRequest',
};

/** The sandbox connection as a `dailyBotApi` credential (its hidden API URL pointed at the sandbox). */
export const sandboxCredential = (
  sandbox: { apiKey: string; apiUrl: string; activityHookUrl: string; workflowTriggerUrl: string; workflowTriggerSecret: string },
  overrides: Json = {},
): Credential => ({
  id: CREDENTIAL_ID,
  name: CREDENTIAL_NAME,
  type: CREDENTIAL_TYPE,
  data: {
    apiKey: sandbox.apiKey,
    activityHookUrl: sandbox.activityHookUrl,
    workflowTriggerUrl: sandbox.workflowTriggerUrl,
    workflowTriggerSecret: sandbox.workflowTriggerSecret,
    apiUrl: sandbox.apiUrl,
    ...overrides,
  },
});

export const credentialRef = { [CREDENTIAL_TYPE]: { id: CREDENTIAL_ID, name: CREDENTIAL_NAME } };

export interface NodeSpec {
  name: string;
  type: string;
  typeVersion?: number;
  parameters: Json;
  credentials?: Json;
  /** Run once whatever the number of input items (the chains use it: each step runs once). */
  executeOnce?: boolean;
  /** `continueRegularOutput`: a failed step gives `{error}` and the chain goes on to the next one. */
  onError?: string;
  webhookId?: string;
}

let ids = 0;
const nodeId = (): string => {
  ids += 1;
  return `00000000-0000-4000-8000-${String(ids).padStart(12, '0')}`;
};

const toNode = (spec: NodeSpec, index: number): Json => ({
  id: nodeId(),
  name: spec.name,
  type: spec.type,
  typeVersion: spec.typeVersion ?? 1,
  position: [index * 220, 0],
  parameters: spec.parameters,
  ...(spec.credentials ? { credentials: spec.credentials } : {}),
  ...(spec.executeOnce ? { executeOnce: true } : {}),
  ...(spec.onError ? { onError: spec.onError } : {}),
  ...(spec.webhookId ? { webhookId: spec.webhookId } : {}),
});

/** A workflow whose nodes run one after another in the order given. */
export const chain = (id: string, name: string, specs: NodeSpec[]): Workflow => {
  const nodes = specs.map(toNode);
  const connections: Json = {};
  for (let i = 0; i + 1 < specs.length; i += 1) {
    connections[specs[i]!.name] = { main: [[{ node: specs[i + 1]!.name, type: 'main', index: 0 }]] };
  }
  return { id, name, nodes, connections, settings: { executionOrder: 'v1', saveManualExecutions: true } };
};

export const manualStart = (): NodeSpec => ({ name: 'Start', type: TYPES.manual, parameters: {} });

/** A DailyBot node running one operation (parameters from scripts/n8n/parameters.ts). */
export const dailyBot = (name: string, parameters: Json, options: Partial<NodeSpec> = {}): NodeSpec => ({
  name,
  type: TYPES.action,
  parameters,
  credentials: credentialRef,
  executeOnce: true,
  ...options,
});

/** n8n's own HTTP Request node POSTing each input item as JSON to `url`. */
export const catcher = (name: string, url: string): NodeSpec => ({
  name,
  type: TYPES.http,
  typeVersion: 4.2,
  parameters: {
    method: 'POST',
    url,
    sendBody: true,
    specifyBody: 'json',
    jsonBody: '={{ JSON.stringify($json) }}',
    options: {},
  },
});

/** n8n's Webhook node (production path `path`), answering as soon as it is called. */
export const webhookStart = (path: string): NodeSpec => ({
  name: 'Webhook',
  type: TYPES.webhook,
  typeVersion: 2,
  parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
  webhookId: path,
});
