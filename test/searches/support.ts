/** What the search tests share: running a search as Zapier does, and a page that must never be asked for. */
import type { Interceptor } from 'nock';

import App from '../../index';
import { appTester, authData } from '../helpers';

type SearchKey = keyof NonNullable<typeof App.searches>;

/** Runs a search's perform with a connection and the given inputs, as Zapier would, with an empty cache. */
export const runSearch = (key: SearchKey, inputData: Record<string, unknown>): Promise<Array<Record<string, unknown>>> => {
  const search = App.searches?.[key];
  if (!search) throw new Error(`no search ${String(key)}`);
  return appTester(search.operation.perform as never, { authData, inputData } as never, true) as Promise<Array<Record<string, unknown>>>;
};

/**
 * Arms an interceptor the step must NOT use (a later page, say): it answers if asked, so the step
 * would not fail for another reason, and counts how often it was asked. It is optional, so the
 * shared "every mocked request was sent" check does not require it.
 */
export const trap = (interceptor: Interceptor, body: unknown): { readonly hits: number } => {
  let hits = 0;
  interceptor.optionally().reply(() => {
    hits += 1;
    return [200, body];
  });
  return {
    get hits() {
      return hits;
    },
  };
};
