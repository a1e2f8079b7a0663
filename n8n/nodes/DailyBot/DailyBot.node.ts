/**
 * The DailyBot node: every action and search of the app (resource → operation, value = the step key),
 * described from the app's definitions (../../generated/actions.ts, `npm run docs`) and run by the
 * app's own code (../../runtime/).
 */
import {
  NodeConnectionTypes,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
  type IWebhookFunctions,
  type IWebhookResponseData,
} from 'n8n-workflow';

import { actionLists, actionProperties, operationPlans } from '../../src/generated/actions';
import { answerWebhook, askAndWait, RESUME_WEBHOOKS, SEND_AND_WAIT } from '../../src/runtime/ask';
import { CREDENTIAL } from '../../src/runtime/host';
import { listSearch } from '../../src/runtime/lists';
import { stepFields } from '../../src/runtime/mapper';
import { runOperation } from '../../src/runtime/run';
import { NodeOperationError } from 'n8n-workflow';

export class DailyBot implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'DailyBot',
    name: 'dailyBot',
    icon: { light: 'file:../../icons/dailybot.svg', dark: 'file:../../icons/dailybot.dark.svg' },
    group: ['output'],
    version: 1,
    subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
    description:
      'Send messages, emails and kudos, ask questions and wait for the answer, manage check-ins, forms, teams and users in DailyBot',
    defaults: { name: 'DailyBot' },
    usableAsTool: true,
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    credentials: [{ name: CREDENTIAL, required: true }],
    // Ask in Chat: the run waits on this resume webhook until someone clicks an answer
    // Ask in Chat's resume webhook (send-and-wait), not a trigger's: see RESUME_WEBHOOKS.
    webhooks: RESUME_WEBHOOKS,
    waitingNodeTooltip: '={{ "Waiting for someone to click an answer in chat" }}',
    properties: actionProperties,
  };

  methods = {
    listSearch: Object.fromEntries(actionLists.map((list) => [list, listSearch(list)])),
    resourceMapping: { stepFields },
  };

  async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
    return answerWebhook.call(this);
  }

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const operation = this.getNodeParameter('operation', 0) as string;
    if (operation === SEND_AND_WAIT) return askAndWait.call(this);
    const plan = operationPlans[operation];
    if (!plan) throw new NodeOperationError(this.getNode(), `This version of the DailyBot node has no operation "${operation}".`);
    return [await runOperation.call(this, plan)];
  }
}
