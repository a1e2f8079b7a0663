/**
 * Ask in Chat as n8n's send-and-wait (house style §10). `execute` runs the app's own `perform`, whose
 * answer buttons all call the run's signed resume URL (`getSignedResumeUrl`, Zapier's
 * `z.generateCallbackUrl`), then puts the execution to wait. DailyBot's POST of a click reaches
 * `webhook`, which runs the app's `performResume`: only a button this run offered resumes it (its
 * value carries a tag of this very URL); anything else is answered 400 and the run keeps waiting.
 * Nothing of `perform`'s output survives the wait, so the question and answers are read again from the
 * node's parameters (the message ID is not known then: `bot_message_id` is empty).
 */
import {
  WAIT_INDEFINITELY,
  type IDataObject,
  type IExecuteFunctions,
  type INodeExecutionData,
  type IWebhookDescription,
  type IWebhookFunctions,
  type IWebhookResponseData,
} from 'n8n-workflow';

import { questionId } from '../../../src/creates/shared/callback';
import { HaltedError } from '../../../src/host/errors';
import { operationPlans } from '../generated/actions';
import { toNodeError } from './errors';
import { CREDENTIAL, runIn, type DailyBotCredential } from './host';
import { readInputs } from './inputs';
import { itemInputs } from './run';
import { stepOperation } from './steps';
import { forN8n } from './wording';

export const SEND_AND_WAIT = 'sendAndWait';

/**
 * The DailyBot node's one webhook: the resume URL a waiting Ask in Chat run is resumed through
 * (`restartWebhook`), as n8n's own send-and-wait nodes declare it. It is not a trigger's webhook: nothing
 * is registered with, checked at or deleted from DailyBot, so the node has no `webhookMethods`. n8n's
 * `webhook-lifecycle-complete` rule, written for webhook triggers, asks for them whenever a node's
 * description lists webhooks inline; the community scanner ignores eslint-disable comments, so the list
 * lives here, next to the code that answers it.
 */
export const RESUME_WEBHOOKS: IWebhookDescription[] = [
  {
    name: 'default',
    httpMethod: 'POST',
    responseMode: 'onReceived',
    path: '={{ $nodeId }}',
    restartWebhook: true,
    isFullPath: true,
  },
];
const KEY = 'ask_in_chat';

export async function askAndWait(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
  const plan = operationPlans[SEND_AND_WAIT]!;
  const credential = (await this.getCredentials(CREDENTIAL)) as DailyBotCredential;
  const { z, bundle } = runIn(this, credential, itemInputs(this, plan, 0), { callbackUrl: () => this.getSignedResumeUrl() });
  try {
    await stepOperation('creates', KEY).perform(z, bundle);
  } catch (error) {
    if (error instanceof HaltedError) {
      this.addExecutionHints({ message: forN8n(error.message), location: 'outputPane' });
      return [[]];
    }
    const nodeError = toNodeError(this.getNode(), error, 0);
    if (this.continueOnFail()) return [[{ json: { error: nodeError.message }, pairedItem: { item: 0 } }]];
    throw nodeError;
  }
  await this.putExecutionToWait(WAIT_INDEFINITELY);
  return [this.getInputData()];
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export async function answerWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
  const plan = operationPlans[SEND_AND_WAIT]!;
  const { inputData } = readInputs(plan, (name, fallback) => this.getNodeParameter(name, fallback));
  const credential = (await this.getCredentials(CREDENTIAL)) as DailyBotCredential;
  const callbackUrl = this.getSignedResumeUrl();
  const asked = {
    bot_message_id: null,
    question_id: questionId(callbackUrl),
    question: String(inputData.message ?? ''),
    choices: list(inputData.choices).map((c) => c.trim()),
    target_users: list(inputData.target_users),
    target_channels: list(inputData.target_channels),
    users: [],
  };
  const body = this.getBodyData();
  const { z, bundle } = runIn(this, credential, { inputData, outputData: asked, cleanedRequest: body }, { callbackUrl: () => callbackUrl });
  try {
    const answered = (await stepOperation('creates', KEY).performResume!(z, bundle)) as IDataObject;
    return { workflowData: [[{ json: answered }]] };
  } catch (error) {
    // not an answer this run offered: say so, and keep waiting
    const message = forN8n(error instanceof Error ? error.message : 'Not an answer to this question.');
    this.getResponseObject().status(400).json({ error: message });
    return { noWebhookResponse: true };
  }
}
