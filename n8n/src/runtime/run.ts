/**
 * One operation of the DailyBot node over its input items: the step's inputs from the item's
 * parameters, the step's own `perform`, its result as items. "Continue On Fail" is honoured per item;
 * a step that has nothing to do (Zapier's HaltedError) gives no item and says why in a hint.
 */
import type { IExecuteFunctions, INodeExecutionData, IDataObject } from 'n8n-workflow';

import { HaltedError } from '../../../src/host/errors';
import { memoryCache, type HostCache } from '../../../src/host/host';
import { toNodeError } from './errors';
import { CREDENTIAL, runIn, type DailyBotCredential } from './host';
import { readInputs } from './inputs';
import { forN8n } from './wording';
import type { OperationPlan } from './plan';
import { stepOperation } from './steps';

/** Reads an item's parameters for `plan`. */
export const itemInputs = (ctx: IExecuteFunctions, plan: OperationPlan, itemIndex: number) =>
  readInputs(plan, (name, fallback, raw) => ctx.getNodeParameter(name, itemIndex, fallback, raw ? { rawExpressions: true } : undefined));

const asItems = (result: unknown, itemIndex: number): INodeExecutionData[] =>
  (Array.isArray(result) ? result : [result])
    .filter((json) => json !== null && typeof json === 'object')
    .map((json) => ({ json: json as IDataObject, pairedItem: { item: itemIndex } }));

export async function runOperation(this: IExecuteFunctions, plan: OperationPlan): Promise<INodeExecutionData[]> {
  const credential = (await this.getCredentials(CREDENTIAL)) as DailyBotCredential;
  // one cache per execution: the people directory is listed once for all items
  const cache: HostCache = memoryCache();
  const operation = stepOperation(plan.kind, plan.key);
  const out: INodeExecutionData[] = [];
  const items = this.getInputData();
  for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
    try {
      const { z, bundle } = runIn(this, credential, itemInputs(this, plan, itemIndex), { cache });
      const items = asItems(await operation.perform(z, bundle), itemIndex);
      if (items.length === 0 && plan.kind === 'searches') {
        this.addExecutionHints({ message: `${plan.label} found nothing for item ${itemIndex + 1}.`, location: 'outputPane' });
      }
      out.push(...items);
    } catch (error) {
      if (error instanceof HaltedError) {
        this.addExecutionHints({ message: `Item ${itemIndex + 1}: ${forN8n(error.message)}`, location: 'outputPane' });
        continue;
      }
      const nodeError = toNodeError(this.getNode(), error, itemIndex);
      if (this.continueOnFail()) {
        out.push({ json: { error: nodeError.message }, pairedItem: { item: itemIndex } });
        continue;
      }
      throw nodeError;
    }
  }
  return out;
}
