/**
 * What the connection's hook URLs (the Activity Hook URL, the Workflow Trigger URL) share: they are
 * DailyBot's, outside its API, and a refusal from one means the saved URL is stale, unless DailyBot
 * says the plan lacks it (`plan_*`), which is said in DailyBot's words with its upgrade link.
 */
import type { Bundle, HttpResponse, ZObject } from 'zapier-platform-core';

import { errorForResponse, parseErrorBody } from '../../http/errors';

/** The error for a hook URL's 401/403/404: a plan problem as DailyBot words it, else `message` (never the URL). */
export const hookRefusal = (z: ZObject, bundle: Bundle, response: HttpResponse, where: string, message: string, code: string): Error => {
  const answered = parseErrorBody(response.data).code;
  const plan = answered?.startsWith('plan_') ? errorForResponse(z, bundle, response, where) : undefined;
  return plan ?? new z.errors.Error(message, code, response.status);
};
