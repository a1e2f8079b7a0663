/**
 * DailyBot Trigger: every instant trigger of the app (event value = the trigger key) as an n8n webhook
 * trigger. Activation runs the app's `performSubscribe` (a DailyBot webhook subscription with a fresh
 * bearer secret, kept in the node's static data), deactivation its `performUnsubscribe`, and each
 * delivery its `perform`: a delivery without the subscription's bearer is answered 401 and starts
 * nothing; one for another event or filter starts nothing; any other gives the trigger's output.
 */
import {
  NodeConnectionTypes,
  NodeOperationError,
  type IDataObject,
  type IHookFunctions,
  type INodeType,
  type INodeTypeDescription,
  type IWebhookFunctions,
  type IWebhookResponseData,
} from 'n8n-workflow';

import { bearerMatches } from '../../../src/triggers/hook';
import { triggerLists, triggerPlans, triggerProperties } from '../../src/generated/triggers';
import { toNodeError } from '../../src/runtime/errors';
import { CREDENTIAL, runIn, type DailyBotCredential } from '../../src/runtime/host';
import { readInputs } from '../../src/runtime/inputs';
import { listSearch } from '../../src/runtime/lists';
import { stepOperation } from '../../src/runtime/steps';
import { sameSubscription, STORE_KEY, storedSubscription } from '../../src/runtime/subscription';

type Ctx = IHookFunctions | IWebhookFunctions;

const chosenEvent = (ctx: Ctx): string => {
  const event = ctx.getNodeParameter('event') as string;
  if (!triggerPlans[event]) throw new NodeOperationError(ctx.getNode(), `This version of the DailyBot Trigger has no event "${event}".`);
  return event;
};

const filtersOf = (ctx: Ctx, event: string) => readInputs(triggerPlans[event]!, (name, fallback) => ctx.getNodeParameter(name, fallback)).inputData;

const webhookUrl = (ctx: IHookFunctions): string => {
  const url = ctx.getNodeWebhookUrl('default');
  if (!url) throw new NodeOperationError(ctx.getNode(), 'n8n gave this trigger no webhook URL for DailyBot to call.');
  return url;
};

export class DailyBotTrigger implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'DailyBot Trigger',
    name: 'dailyBotTrigger',
    icon: { light: 'file:../../icons/dailybot.svg', dark: 'file:../../icons/dailybot.dark.svg' },
    group: ['trigger'],
    version: 1,
    subtitle: '={{ $parameter["event"] }}',
    description: 'Starts the workflow when something happens in DailyBot: check-in responses, blockers, form responses, kudos, users and teams',
    defaults: { name: 'DailyBot Trigger' },
    inputs: [],
    outputs: [NodeConnectionTypes.Main],
    credentials: [{ name: CREDENTIAL, required: true }],
    webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
    properties: triggerProperties,
  };

  methods = {
    listSearch: Object.fromEntries(triggerLists.map((list) => [list, listSearch(list)])),
  };

  webhookMethods = {
    default: {
      async checkExists(this: IHookFunctions): Promise<boolean> {
        const stored = storedSubscription(this.getWorkflowStaticData('node'));
        const event = chosenEvent(this);
        return stored !== undefined && sameSubscription(stored, webhookUrl(this), event, filtersOf(this, event));
      },

      async create(this: IHookFunctions): Promise<boolean> {
        const store = this.getWorkflowStaticData('node');
        const event = chosenEvent(this);
        const credential = (await this.getCredentials(CREDENTIAL)) as DailyBotCredential;
        const previous = storedSubscription(store);
        const operation = stepOperation('triggers', event);
        try {
          if (previous) {
            // a subscription for another URL, event or filter: remove it first
            const old = runIn(this, credential, { subscribeData: previous as never, targetUrl: previous.hook_url });
            await stepOperation('triggers', previous.trigger || event).performUnsubscribe!(old.z, old.bundle);
            delete store[STORE_KEY];
          }
          const { z, bundle } = runIn(this, credential, { inputData: filtersOf(this, event), targetUrl: webhookUrl(this) });
          const subscribed = (await operation.performSubscribe!(z, bundle)) as IDataObject;
          store[STORE_KEY] = { ...subscribed, trigger: event };
        } catch (error) {
          throw toNodeError(this.getNode(), error, 0);
        }
        return true;
      },

      async delete(this: IHookFunctions): Promise<boolean> {
        const store = this.getWorkflowStaticData('node');
        const stored = storedSubscription(store);
        if (!stored) return true;
        const credential = (await this.getCredentials(CREDENTIAL)) as DailyBotCredential;
        const { z, bundle } = runIn(this, credential, { subscribeData: stored as never, targetUrl: stored.hook_url });
        try {
          await stepOperation('triggers', stored.trigger).performUnsubscribe!(z, bundle);
        } catch (error) {
          throw toNodeError(this.getNode(), error, 0);
        }
        delete store[STORE_KEY];
        return true;
      },
    },
  };

  async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
    const event = chosenEvent(this);
    const stored = storedSubscription(this.getWorkflowStaticData('node'));
    const credential = (await this.getCredentials(CREDENTIAL)) as DailyBotCredential;
    const body = this.getBodyData();
    const { z, bundle } = runIn(this, credential, {
      inputData: filtersOf(this, event),
      subscribeData: (stored ?? {}) as never,
      targetUrl: stored?.hook_url,
      cleanedRequest: body,
      rawRequest: { headers: this.getHeaderData() as Record<string, string>, content: JSON.stringify(body), method: 'POST', querystring: '' },
    });
    if (!bearerMatches(z, bundle)) {
      this.getResponseObject().status(401).json({ error: 'This delivery does not carry the subscription’s bearer secret.' });
      return { noWebhookResponse: true };
    }
    const items = (await stepOperation('triggers', event).perform(z, bundle)) as IDataObject[];
    if (items.length === 0) return {};
    return { workflowData: [items.map((json) => ({ json }))] };
  }
}
