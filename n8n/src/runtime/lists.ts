/**
 * The app's dropdowns (hidden `list_*` triggers) as n8n list searches: one method per list. "Load more"
 * carries the page number and the position Zapier's `z.cursor` would hold (the `next` link and pages
 * seen) in n8n's pagination token. A search filter keeps the options whose name holds it.
 */
import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { CREDENTIAL, runIn, type DailyBotCredential } from './host';
import { locatorValue } from './inputs';
import { stepOperation } from './steps';
import { toNodeError } from './errors';

/** The fields a narrowing dropdown reads (the chosen check-in, team or form). */
const CONTEXT_FIELDS = ['checkin', 'team', 'form'];

interface Token {
  page: number;
  cursor: string;
}

const readToken = (token: string | undefined): Token => {
  if (!token) return { page: 0, cursor: '' };
  try {
    const parsed = JSON.parse(token) as Partial<Token>;
    return { page: Number(parsed.page) || 0, cursor: typeof parsed.cursor === 'string' ? parsed.cursor : '' };
  } catch {
    return { page: 0, cursor: '' };
  }
};

const currentContext = (ctx: ILoadOptionsFunctions): Record<string, unknown> => {
  const inputs: Record<string, unknown> = {};
  for (const key of CONTEXT_FIELDS) {
    try {
      const value = locatorValue(ctx.getCurrentNodeParameter(key));
      if (typeof value === 'string' && value.trim() !== '') inputs[key] = value.trim();
    } catch {
      // the node has no such field
    }
  }
  return inputs;
};

export const listSearch = (list: string) =>
  async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
    const credential = (await this.getCredentials(CREDENTIAL)) as DailyBotCredential;
    const token = readToken(paginationToken);
    let next = '';
    const { z, bundle } = runIn(this, credential, { inputData: currentContext(this), meta: { page: token.page } as never }, {
      cursor: { get: () => token.cursor || null, set: (value) => (next = value) },
    });
    let options: Array<{ id: string; name: string }>;
    try {
      options = (await stepOperation('triggers', list).perform(z, bundle)) as Array<{ id: string; name: string }>;
    } catch (error) {
      throw toNodeError(this.getNode(), error, 0);
    }
    const wanted = filter?.trim().toLowerCase();
    const results = options.filter((o) => !wanted || o.name.toLowerCase().includes(wanted)).map((o) => ({ name: o.name, value: o.id }));
    return { results, paginationToken: next ? JSON.stringify({ page: token.page + 1, cursor: next }) : undefined };
  };
