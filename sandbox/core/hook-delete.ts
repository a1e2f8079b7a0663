/**
 * How the sandbox removes a webhook subscription: DailyBot's sources name three forms of the DELETE, and no
 * source says which one today's server takes (dailybot-api-more.md §7.3), so the sandbox can be each of them:
 * - `any` (the default): every form below works;
 * - `query`: seed 001's `DELETE /webhook-subscription/?hook_id=&hook_url=` (the query is read, a body is not);
 *   there is no item route (404);
 * - `item`: seed 002's `DELETE /webhook-subscription/{HookUUID}/`; the collection takes POST only (405);
 * - `body`: the newer docs' collection with `hook_id`/`hook_url` in a JSON body (the query is not read); no item
 *   route (404).
 * Chosen with `DAILYBOT_SANDBOX_HOOK_DELETE`, the `hookDelete` option or `POST /_sandbox/hook-delete {style}`.
 */
export const HOOK_DELETE_STYLES = ['any', 'query', 'item', 'body'] as const;
export type HookDeleteStyle = (typeof HOOK_DELETE_STYLES)[number];

/** The style `DAILYBOT_SANDBOX_HOOK_DELETE` names (`any` when unset); any other value is a mistake, said plainly. */
export const hookDeleteStyleFromEnv = (): HookDeleteStyle => {
  const value = (process.env.DAILYBOT_SANDBOX_HOOK_DELETE ?? '').trim().toLowerCase();
  if (value === '') return 'any';
  if ((HOOK_DELETE_STYLES as readonly string[]).includes(value)) return value as HookDeleteStyle;
  throw new RangeError(`DAILYBOT_SANDBOX_HOOK_DELETE must be one of ${HOOK_DELETE_STYLES.join(', ')}, not "${value}".`);
};
