/**
 * The DailyBot Trigger's subscription, kept in the node's static data: what the app's
 * `performSubscribe` returned (hook id, URL, bearer, event, filters), handed back to
 * `performUnsubscribe` and to every delivery's `perform`, which checks the bearer.
 */
import type { IDataObject } from 'n8n-workflow';

export const STORE_KEY = 'dailybotSubscription';

export interface StoredSubscription {
  id: string;
  hook_url: string;
  bearer: string;
  event: string;
  filters: Record<string, string>;
  /** The trigger key (the node's event) it was made for. */
  trigger: string;
}

export const storedSubscription = (store: IDataObject): StoredSubscription | undefined => {
  const value = store[STORE_KEY] as Partial<StoredSubscription> | undefined;
  return value && typeof value.id === 'string' && typeof value.hook_url === 'string' ? (value as StoredSubscription) : undefined;
};

/** True when the stored subscription is for this URL, event and filters. */
export const sameSubscription = (stored: StoredSubscription, hookUrl: string, trigger: string, filters: Record<string, unknown>): boolean =>
  stored.hook_url === hookUrl &&
  stored.trigger === trigger &&
  JSON.stringify(Object.entries(stored.filters ?? {}).sort()) === JSON.stringify(Object.entries(filters).map(([k, v]) => [k, String(v)]).sort());
