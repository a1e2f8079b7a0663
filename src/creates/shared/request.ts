/**
 * How an action sends its one request: `sendAction` is `send` (src/http/client.ts) that also says,
 * in the action's own words, what two of DailyBot's answers mean: a plain 404 (the picked
 * check-in or team is gone) and a 400 about people (someone is not, or no longer, in the
 * organization). Every other failure keeps the shared mapping of src/http/errors.ts.
 */
import type { Bundle, HttpResponse, ZObject } from 'zapier-platform-core';
import type * as Zod from 'zod';

import { parseAnswer, send, type ApiRequest } from '../../http/client';
import { errorForResponse, parseErrorBody } from '../../http/errors';
import { redact } from '../../http/secrets';
import type { LazySchema } from '../../schemas/lazy';

/** DailyBot's codes for "these people cannot receive this" (docs and the official CLI). */
const PEOPLE_CODES = new Set(['one_or_more_users_not_found', 'no_valid_users', 'no_users_found', 'target_user_inactive', 'invalid_user_identifier']);

export interface ActionRequest extends Omit<ApiRequest, 'allowStatuses'> {
  /** The label of the field that names people: DailyBot's answers about unknown people point at it. */
  peopleField?: string;
  /** What a bare 404 means for this action, said so a Zap builder can fix it. */
  notFound?: string;
  /** The step’s own words for a 400, 402, 403, 404 or 409 it can explain better (`undefined`: the shared mapping). */
  explain?: (status: number, code: string | undefined, detail: string) => string | undefined;
  /** A bare 404 halts the run with this message instead (the item came from an earlier step and is already gone). */
  haltOnNotFound?: string;
}

const peopleProblem = (code: string, detail: string, field: string): string => {
  const what =
    code === 'target_user_inactive'
      ? `a person in “${field}” is deactivated in DailyBot`
      : `DailyBot could not find one or more of the people in “${field}” in your organization`;
  const says = detail && detail !== code ? ` DailyBot says: ${detail.replace(/\.?$/, '.')}` : '';
  return (
    `This step was not done: ${what} (DailyBot code: ${code}).${says} ` +
    `Check “${field}”: pick the people from the list or map their email addresses, and make sure they are active members.`
  );
};

/**
 * `explain` from a table: DailyBot's codes for this step (`{final_state_locked: '…'}`), and statuses
 * without a code of their own (`{402: '…'}`), each with what it means and what to do.
 */
export const explainCodes =
  (table: Record<string, string>): NonNullable<ActionRequest['explain']> =>
  (status, code) =>
    (code !== undefined ? table[code] : undefined) ?? table[String(status)];

/** Sends one request of an action; every failure ends in a `z.errors.*` error. */
export const sendAction = async (z: ZObject, bundle: Bundle, req: ActionRequest): Promise<HttpResponse> => {
  const { peopleField, notFound, explain, haltOnNotFound, ...request } = req;
  // a step that explains DailyBot's answers also sees its 402, 403 and 409 (else the shared mapping)
  const response = await send(z, bundle, { ...request, allowStatuses: explain ? [400, 402, 403, 404, 409] : [400, 404] });
  if (response.status < 400) return response;
  const body = parseErrorBody(response.data);
  // DRF's plain 404 has no code, or the generic `not_found`: the picked item is gone
  if (response.status === 404 && (!body.code || body.code === 'not_found')) {
    if (haltOnNotFound) throw new z.errors.HaltedError(haltOnNotFound);
    if (notFound) throw new z.errors.Error(notFound, 'not_found', 404);
  }
  const own = explain?.(response.status, body.code, body.detail);
  if (own) throw new z.errors.Error(redact(own, bundle), body.code ?? `http_${response.status}`, response.status);
  if (response.status === 400 && peopleField && body.code && PEOPLE_CODES.has(body.code)) {
    throw new z.errors.Error(redact(peopleProblem(body.code, body.detail, peopleField), bundle), body.code, 400);
  }
  throw (
    errorForResponse(z, bundle, response, req.where, req.unsafeToRepeat) ??
    new z.errors.Error(`DailyBot rejected the request (HTTP ${response.status}).`, `http_${response.status}`, response.status)
  );
};

/** DailyBot's answer, or `undefined` when it sent none (HTTP 204, or an empty 200). */
export const answerOf = (response: HttpResponse): unknown => (response.content?.trim() ? response.data : undefined);

/** Parses an answer DailyBot must have sent; a missing or different answer is said plainly. */
export const parseActionAnswer = <T extends Zod.ZodType>(z: ZObject, schema: LazySchema<T>, response: HttpResponse, what: string): Zod.output<T> =>
  parseAnswer(z, schema, answerOf(response), what);
