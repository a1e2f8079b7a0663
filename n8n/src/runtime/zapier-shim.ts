/**
 * What the app's step files import from zapier-platform-core at run time: identity helpers that give
 * their argument back typed. The n8n bundle uses this instead of core (n8n/scripts/build.js), so core
 * is never bundled.
 */
const identity = <T>(value: T): T => value;

export const defineApp = identity;
export const defineCreate = identity;
export const defineSearch = identity;
export const defineTrigger = identity;
export const defineInputField = identity;
export const defineInputFields = identity;
export const defineSearchOrCreate = identity;
export default { version: 'n8n' };
