/**
 * n8n's community nodes may not use Node's DNS module (its scanner allows only `crypto`). The n8n
 * bundle puts this in place of `node:dns/promises`; nothing calls it, since the package gives the app
 * a resolver that judges a name as written (./host.ts).
 */
export const lookup = async (): Promise<never> => {
  throw new Error('DNS look-ups are not available to n8n community nodes.');
};
