/**
 * The REST-hook trigger factory: every instant trigger is one DailyBot event, an optional filter
 * (a check-in, a form or a team), a normalizer and a sample.
 *
 * - Subscribe: `POST /webhook-subscription/` with Zapier's target URL, the one event, the chosen
 *   check-in or form as `subscribed_objects` (left out when none is chosen, so DailyBot sends the
 *   event for everything the key's owner can see), a name that says it is a Zap, and a random
 *   per-subscription `bearer` that DailyBot echoes in `X-BEARER`.
 * - Unsubscribe: each of the three DELETE forms DailyBot's sources name, until one is not a 404 or
 *   405 (unsubscribe.ts); a hook that every form says is gone counts as removed.
 * - Perform: a delivery without the subscription's bearer (or any delivery, when the subscription
 *   holds no bearer), for another event, for another
 *   check-in/form/team than the Zap chose, or that `keep` refuses, gives nothing; any other is
 *   normalized into one flat item.
 * - PerformList: `list` (real recent data, normalized the same way), else the sample.
 */
import { defineTrigger, type Bundle, type OutputFields, type PlainInputField, type ZObject } from 'zapier-platform-core';
import type * as Zod from 'zod';

import { checkinField, formField, teamField } from '../inputs/fields';
import { api } from '../http/client';
import { parseInputs } from '../inputs/parse';
import { schema } from '../schemas/lazy';
import { dailybotId } from '../inputs/rules';
import { isRecord } from './normalize/common';
import { removeHook } from './unsubscribe';

export type FilterKind = 'checkin' | 'form' | 'team';

/** What a normalizer learns about the delivery besides its body. */
export interface HookContext {
  /** The trigger's DailyBot event. */
  event: string;
  /** The envelope's `event_timestamp` (epoch seconds or ISO 8601), when there is one. */
  eventTimestamp?: unknown;
  /** The check-in, form or team UUID the Zap chose, if any. */
  filter?: string;
}

/** What `list` gets to find recent real data. */
export interface ListContext {
  event: string;
  filter?: string;
  /** True for an item this trigger would fire for (its filter and `keep`), so `list` can stop once it has some. */
  accepts: (item: Item) => boolean;
}

type Item = Record<string, unknown>;

export interface HookSpec<K extends string, O extends Item> {
  key: K;
  noun: string;
  label: string;
  /** Starts "Triggers when ". */
  description: string;
  /** The DailyBot event subscribed to. */
  event: string;
  filter?: FilterKind;
  /** Help for the filter field; the field's own help when not given. */
  filterHelp?: string;
  normalize: (z: ZObject, body: unknown, ctx: HookContext) => O;
  /** Only items this accepts trigger the Zap (a blocker, say). */
  keep?: (item: O) => boolean;
  /** Recent real items, normalized as `normalize` does; without it, performList gives the sample. */
  list?: (z: ZObject, bundle: Bundle, ctx: ListContext) => Promise<O[]>;
  sample: O;
  outputFields: OutputFields;
}

/** Where each filter's UUID sits in the output, and whether DailyBot can scope the hook to it. */
const FILTERS: Record<FilterKind, { outputKey: string; subscribable: boolean; field: (help?: string) => PlainInputField }> = {
  checkin: { outputKey: 'checkin_uuid', subscribable: true, field: (help) => checkinField(false, help) },
  form: { outputKey: 'form_uuid', subscribable: true, field: (help) => formField(false, help) },
  team: { outputKey: 'team_uuid', subscribable: false, field: (help) => teamField(false, help) },
};

const blankToUndefined = (value: unknown): unknown => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);

/** The rule for a filter input: empty, or an ID picked from its dropdown. */
const filterRules = (kind: FilterKind) =>
  schema((zod) => zod.object({ [kind]: zod.preprocess(blankToUndefined, dailybotId(zod).optional()) }) as Zod.ZodType<Partial<Record<FilterKind, string>>>);

/** What subscribe keeps for unsubscribe and perform (Zapier hands it back as `bundle.subscribeData`). */
export interface SubscribeData {
  id: string;
  hook_url: string;
  bearer: string;
  event: string;
  filters: Partial<Record<FilterKind, string>>;
}

const SubscribeAnswer = schema((zod) =>
  zod.looseObject({
    id: zod.union([zod.string(), zod.number()]).nullish(),
    hook_id: zod.union([zod.string(), zod.number()]).nullish(),
    uuid: zod.union([zod.string(), zod.number()]).nullish(),
  }),
);

const StoredSubscription = schema((zod) =>
  zod.looseObject({
    id: zod.union([zod.string(), zod.number()]).nullish().catch(undefined),
    hook_url: zod.string().nullish().catch(undefined),
    bearer: zod.string().nullish().catch(undefined),
    filters: zod.record(zod.string(), zod.string()).nullish().catch(undefined),
  }),
);

const Envelope = schema((zod) =>
  zod.looseObject({
    event: zod.string().nullish().catch(undefined),
    event_timestamp: zod.union([zod.string(), zod.number()]).nullish().catch(undefined),
    body: zod.unknown().optional(),
  }),
);

/** A fresh secret per subscription: 32 random bytes, hex. */
export const newBearer = (): string => (require('node:crypto') as typeof import('node:crypto')).randomBytes(32).toString('hex');

/** A header of the delivery, named as DailyBot sent it or as Zapier relays it (`Http-X-Bearer`, `HTTP_X_BEARER`). */
export const deliveryHeader = (bundle: Bundle, name: string): string | undefined => {
  const wanted = name.toLowerCase().replace(/_/g, '-');
  const headers: Record<string, unknown> = bundle.rawRequest?.headers ?? {};
  for (const [key, value] of Object.entries(headers)) {
    const bare = key.toLowerCase().replace(/_/g, '-').replace(/^http-/, '');
    if (bare !== wanted) continue;
    const first: unknown = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') return first;
  }
  return undefined;
};

/** Compares two secrets in constant time: both are hashed first, so neither where they differ nor their lengths show. */
const sameSecret = (given: string, expected: string): boolean => {
  const crypto = require('node:crypto') as typeof import('node:crypto');
  const digest = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest();
  return crypto.timingSafeEqual(digest(given), digest(expected));
};

/**
 * True when the delivery carries the subscription's bearer. A subscription this app made always
 * holds one (performSubscribe makes it); without one nothing can tell a real delivery from a forged
 * one, so every delivery is refused, with a log line that says why (and never the bearer itself).
 */
export const bearerMatches = (z: ZObject, bundle: Bundle): boolean => {
  const stored = StoredSubscription.safeParse(bundle.subscribeData ?? {});
  const expected = stored.success ? stored.data.bearer?.trim() : undefined;
  if (!expected) {
    z.console.log(
      'Ignored a delivery: this Zap’s DailyBot subscription holds no bearer secret to check it against, so it cannot be told from a forged one. ' +
        'Turn the Zap off and on again to make a new subscription.',
    );
    return false;
  }
  const given = deliveryHeader(bundle, 'X-Bearer');
  if (given !== undefined && sameSecret(given.trim(), expected)) return true;
  z.console.log(`Ignored a delivery: its X-BEARER header ${given === undefined ? 'is missing' : 'does not match this Zap’s subscription'}.`);
  return false;
};

/** The delivery's envelope `{event, event_timestamp, hook, body}`; a bare body is read as its own envelope. */
const readEnvelope = (request: unknown): { event?: string; eventTimestamp?: unknown; body: unknown } => {
  let data = request;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data) as unknown;
    } catch {
      return { body: data };
    }
  }
  if (!isRecord(data) || !('body' in data)) return { body: data };
  const envelope = Envelope.parse(data);
  return { event: envelope.event ?? undefined, eventTimestamp: envelope.event_timestamp ?? undefined, body: envelope.body };
};

/** The filter the Zap chose: its input, else what the subscription kept. */
const chosenFilter = (kind: FilterKind | undefined, bundle: Bundle): string | undefined => {
  if (!kind) return undefined;
  const stored = StoredSubscription.safeParse(bundle.subscribeData ?? {});
  const values = [isRecord(bundle.inputData) ? bundle.inputData[kind] : undefined, stored.success ? stored.data.filters?.[kind] : undefined];
  for (const value of values) if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
};

/**
 * Core appends the run's bundle to the message of any error that is not an AppError, ResponseError
 * or ThrottledError (an ExpiredAuthError when DailyBot refuses the key, say), and the bundle of
 * perform and unsubscribe holds the subscription, bearer included. Their errors keep their class
 * and message, without the bundle.
 */
const keepBundleOutOfErrors =
  <R>(fn: (z: ZObject, bundle: Bundle) => Promise<R>) =>
  async (z: ZObject, bundle: Bundle): Promise<R> => {
    try {
      return await fn(z, bundle);
    } catch (error) {
      if (error !== null && typeof error === 'object') (error as { doNotContextify?: boolean }).doNotContextify = true;
      throw error;
    }
  };

export const defineHook = <K extends string, O extends Item>(spec: HookSpec<K, O>) => {
  const filter = spec.filter ? FILTERS[spec.filter] : undefined;
  const inputFields = filter ? [filter.field(spec.filterHelp)] : [];
  const rules = spec.filter ? filterRules(spec.filter) : undefined;

  /** The filter the Zap chose, checked before any request. */
  const validFilter = (z: ZObject, bundle: Bundle): string | undefined => {
    if (!spec.filter || !rules) return undefined;
    return parseInputs(z, rules, bundle.inputData, inputFields)[spec.filter];
  };

  const accepts = (item: O, chosen: string | undefined): boolean => {
    if (chosen && filter) {
      const subject = item[filter.outputKey];
      if (typeof subject === 'string' && subject !== '' && subject !== chosen) return false;
    }
    return spec.keep ? spec.keep(item) : true;
  };

  const performSubscribe = async (z: ZObject, bundle: Bundle): Promise<SubscribeData> => {
    const chosen = validFilter(z, bundle);
    const hookUrl = bundle.targetUrl;
    if (!hookUrl) {
      throw new z.errors.Error('Zapier did not give this trigger an address to send events to. Turn the Zap off and on again.', 'missing_target_url');
    }
    const bearer = newBearer();
    const body = {
      hook_url: hookUrl,
      subscriptions: [spec.event],
      ...(chosen && filter?.subscribable ? { subscribed_objects: [chosen] } : {}),
      name: `Zapier: ${spec.label}`,
      bearer,
      immediate_sample_event: false,
    };
    const answer = await api(z, bundle, { method: 'POST', path: '/webhook-subscription/', body }, SubscribeAnswer);
    const id = answer.id ?? answer.hook_id ?? answer.uuid;
    if (id === undefined || id === null || id === '') {
      throw new z.errors.Error(
        'DailyBot accepted the webhook but did not say its ID, so this Zap could not remove it later. ' +
          'Try turning the Zap on again; if it keeps failing, remove the “Zapier” webhook in DailyBot’s settings and tell the app’s maintainers.',
        'dailybot_unexpected_answer',
      );
    }
    return { id: String(id), hook_url: hookUrl, bearer, event: spec.event, filters: spec.filter && chosen ? { [spec.filter]: chosen } : {} };
  };

  const performUnsubscribe = async (z: ZObject, bundle: Bundle) => {
    const stored = StoredSubscription.safeParse(bundle.subscribeData ?? {});
    const hookId = stored.success && stored.data.id !== undefined && stored.data.id !== null ? String(stored.data.id) : '';
    const hookUrl = (stored.success ? stored.data.hook_url : undefined) || bundle.targetUrl || '';
    if (!hookId || !hookUrl) {
      throw new z.errors.Error(
        'This Zap does not know which DailyBot webhook it made, so it could not remove it. ' +
          'If DailyBot keeps a “Zapier” webhook for this Zap, remove it in DailyBot’s settings.',
        'missing_subscription',
      );
    }
    const { already_gone } = await removeHook(z, bundle, hookId, hookUrl);
    return { id: hookId, removed: true, already_gone };
  };

  const perform = async (z: ZObject, bundle: Bundle): Promise<O[]> => {
    if (!bearerMatches(z, bundle)) return [];
    const delivery = readEnvelope(bundle.cleanedRequest);
    if (delivery.event !== undefined && delivery.event !== spec.event) return [];
    const chosen = chosenFilter(spec.filter, bundle);
    const item = spec.normalize(z, delivery.body, { event: spec.event, eventTimestamp: delivery.eventTimestamp, filter: chosen });
    return accepts(item, chosen) ? [item] : [];
  };

  const performList = async (z: ZObject, bundle: Bundle): Promise<O[]> => {
    const chosen = validFilter(z, bundle);
    if (!spec.list) return [spec.sample];
    const keeps = (item: Item) => accepts(item as O, chosen);
    const items = await spec.list(z, bundle, { event: spec.event, filter: chosen, accepts: keeps });
    return items.filter(keeps);
  };

  return defineTrigger({
    key: spec.key,
    noun: spec.noun,
    display: { label: spec.label, description: spec.description },
    operation: {
      type: 'hook',
      inputFields,
      performSubscribe,
      performUnsubscribe: keepBundleOutOfErrors(performUnsubscribe),
      perform: keepBundleOutOfErrors(perform),
      performList,
      sample: spec.sample,
      outputFields: spec.outputFields,
    },
  });
};
