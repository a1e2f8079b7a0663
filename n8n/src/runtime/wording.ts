/**
 * The app's own texts (help, error messages) speak of Zaps; on n8n the same sentence speaks of
 * workflows. Used by the description generator (scripts/n8n-generate.ts) and for every message the
 * nodes show (./errors.ts, hints, the webhook's answers).
 */
const RULES: Array<[RegExp, string]> = [
  [/Zapier will retry in ([^.]*?)(?: and go on from there)?\./g, 'Try again in $1, or turn on the node’s Retry On Fail setting.'],
  [/\breplay this Zap run\b/g, 'run the workflow again'],
  [/\bZap runs?\b/g, 'execution'],
  [/\bZap editor\b/g, 'workflow editor'],
  [/\bZap builders\b/g, 'workflow builders'],
  [/\bZap builder\b/g, 'workflow builder'],
  [/\bZaps\b/g, 'workflows'],
  [/\bZap\b/g, 'workflow'],
  [/\bZapier\b/g, 'n8n'],
];

export const forN8n = (text: string): string => RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
