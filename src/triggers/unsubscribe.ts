/**
 * Removing a DailyBot webhook when a Zap is turned off. DailyBot's sources name three forms of the DELETE
 * (dailybot-api-more.md §7.3), and no source says which one today's server takes:
 * 1. the collection, `DELETE /webhook-subscription/?hook_id=&hook_url=` (seed 001; Metorial), with the same two
 *    keys as a JSON body too (Pipedream), so a server reading either finds them;
 * 2. the item, `DELETE /webhook-subscription/{HookUUID}/` (seed 002);
 * 3. the collection with the two keys in a JSON body alone (the newer docs list only the collection).
 * A 404 or 405 says "not this form" as well as "already gone": the next form is tried, and the hook counts as
 * already gone only when every form said so (or one answered 410 Gone). Once the first form was refused, a 400
 * on a later one is also "not this form" (a server that reads only the query finds no `hook_id` in a body-only
 * request). A hook left behind would keep DailyBot posting to a dead Zap. Any other failure is the shared
 * error mapping's.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { send, type ApiRequest } from '../http/client';

/** The forms, in the order they are tried. */
export const unsubscribeRequests = (hookId: string, hookUrl: string): ApiRequest[] => {
  const identity = { hook_id: hookId, hook_url: hookUrl };
  return [
    { method: 'DELETE', path: '/webhook-subscription/', params: identity, body: identity },
    { method: 'DELETE', path: `/webhook-subscription/${encodeURIComponent(hookId)}/` },
    { method: 'DELETE', path: '/webhook-subscription/', body: identity },
  ];
};

/** Answers that send the app on to the next form: for the first form, and for the later ones. */
const NOT_THIS_FORM = [[404, 405], [400, 404, 405]] as const;

/** Removes the hook; `already_gone` when DailyBot had no such hook under any form. */
export const removeHook = async (z: ZObject, bundle: Bundle, hookId: string, hookUrl: string): Promise<{ already_gone: boolean }> => {
  const forms = unsubscribeRequests(hookId, hookUrl);
  for (const [index, request] of forms.entries()) {
    const next: readonly number[] = NOT_THIS_FORM[index === 0 ? 0 : 1];
    const response = await send(z, bundle, { ...request, allowStatuses: [...next, 410] });
    if (response.status === 410) return { already_gone: true };
    if (!next.includes(response.status)) return { already_gone: false };
  }
  return { already_gone: true };
};
