/**
 * The app's errors (`z.errors.*`, src/host/errors.ts) as n8n's: `NodeApiError` for what DailyBot
 * answered (with its HTTP status), `NodeOperationError` for inputs the step refused before sending,
 * each with the item index and the app's own message (which never holds a secret).
 */
import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';

import { ExpiredAuthError, StepError, ThrottledError } from '../../../src/host/errors';
import { forN8n } from './wording';

/** The code of the app's input checks (src/inputs/parse.ts). */
const INVALID_INPUT = 'invalid_input';

export const toNodeError = (node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError => {
  if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
  if (error instanceof Error) error.message = forN8n(error.message);
  if (error instanceof ExpiredAuthError) {
    return new NodeApiError(node, { message: error.message } as JsonObject, { message: error.message, httpCode: '401', itemIndex });
  }
  if (error instanceof ThrottledError) {
    const wait = error.delay ? `DailyBot asks to wait ${error.delay} seconds.` : 'Try again later.';
    return new NodeApiError(node, { message: error.message } as JsonObject, { message: error.message, description: wait, httpCode: '429', itemIndex });
  }
  // DailyBot's answers, and DailyBot out of reach or answering oddly (`dailybot_unreachable`, …); the
  // app's input checks say 400 too (`invalid_input`), but nothing was sent: the item's fields are at fault
  const refusedInputs = error instanceof StepError && error.code === INVALID_INPUT;
  if (error instanceof StepError && !refusedInputs && (error.status !== undefined || error.code?.startsWith('dailybot_'))) {
    return new NodeApiError(node, { message: error.message, code: error.code ?? '' } as JsonObject, {
      message: error.message,
      description: error.code ? `DailyBot code: ${error.code}` : undefined,
      httpCode: error.status === undefined ? undefined : String(error.status),
      itemIndex,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new NodeOperationError(node, message, { itemIndex, description: error instanceof StepError && error.code ? `Code: ${error.code}` : undefined });
};
