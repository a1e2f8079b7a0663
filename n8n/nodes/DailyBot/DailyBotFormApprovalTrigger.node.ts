/**
 * DailyBot Form Approval Trigger: the app's polling trigger "Form Response Approved, Denied or Moved"
 * (DailyBot has no webhook for it). Each poll runs the trigger's own `perform`; as Zapier does, an
 * item fires once per `id` (a response with the status or state it reached). Seen IDs are kept in the
 * node's static data (the newest 1,000); the first poll of an active workflow only remembers what is
 * there, and a manual run shows the newest item.
 */
import { NodeConnectionTypes, type IDataObject, type INodeType, type INodeTypeDescription, type IPollFunctions, type INodeExecutionData } from 'n8n-workflow';

import { pollPlans, pollProperties, triggerLists } from '../../src/generated/triggers';
import { toNodeError } from '../../src/runtime/errors';
import { CREDENTIAL, runIn, type DailyBotCredential } from '../../src/runtime/host';
import { readInputs } from '../../src/runtime/inputs';
import { listSearch } from '../../src/runtime/lists';
import { stepOperation } from '../../src/runtime/steps';

const KEY = 'form_response_state_changed';
export const SEEN_KEY = 'seenIds';
export const MAX_SEEN = 1000;

export class DailyBotFormApprovalTrigger implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'DailyBot Form Approval Trigger',
    name: 'dailyBotFormApprovalTrigger',
    icon: { light: 'file:../../icons/dailybot.svg', dark: 'file:../../icons/dailybot.dark.svg' },
    group: ['trigger'],
    version: 1,
    subtitle: 'Form Response Approved, Denied or Moved',
    description: 'Starts the workflow when a form response is approved or denied, or reaches a state of the form’s workflow',
    defaults: { name: 'DailyBot Form Approval Trigger' },
    polling: true,
    inputs: [],
    outputs: [NodeConnectionTypes.Main],
    credentials: [{ name: CREDENTIAL, required: true }],
    properties: pollProperties,
  };

  methods = {
    listSearch: Object.fromEntries(triggerLists.map((list) => [list, listSearch(list)])),
  };

  async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
    const credential = (await this.getCredentials(CREDENTIAL)) as DailyBotCredential;
    const { inputData } = readInputs(pollPlans[KEY]!, (name, fallback) => this.getNodeParameter(name, fallback));
    const { z, bundle } = runIn(this, credential, { inputData });
    let items: IDataObject[];
    try {
      items = (await stepOperation('triggers', KEY).perform(z, bundle)) as IDataObject[];
    } catch (error) {
      throw toNodeError(this.getNode(), error, 0);
    }
    if (this.getMode() === 'manual') return items.length > 0 ? [[{ json: items[0]! }]] : null;
    const store = this.getWorkflowStaticData('node');
    const firstPoll = !Array.isArray(store[SEEN_KEY]);
    const seen = new Set<string>(firstPoll ? [] : (store[SEEN_KEY] as string[]));
    const fresh = items.filter((item) => !seen.has(String(item.id)));
    // newest first, bounded: what DailyBot still lists stays remembered
    store[SEEN_KEY] = [...new Set([...items.map((item) => String(item.id)), ...seen])].slice(0, MAX_SEEN);
    if (firstPoll || fresh.length === 0) return null;
    return [fresh.map((json) => ({ json }))];
  }
}
