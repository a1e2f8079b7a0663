/**
 * What every instant trigger must show, run per trigger file: the exact subscribe request, the
 * unsubscribe request (query and body; 404 and 410 count as removed), a realistic delivery, forged
 * deliveries that give nothing, a delivery of another event that gives nothing, and a test step
 * (performList) whose items have exactly the keys a delivery gives.
 */
import nock from 'nock';
import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';

import type { StepModule } from '../../src/steps';
import { CHECKIN_UUID, checkinResponseBody, envelope, HOOK_ID, OTHER_CHECKIN_UUID, TARGET_URL } from '../fixtures/webhooks';
import { API, API_KEY, errorOf, expectNoSecrets, runInApp, type BundleInput } from '../helpers';

export const BEARER = 'a'.repeat(64);

type Fn = (z: ZObject, bundle: Bundle) => unknown;
interface HookOperation {
  type: 'hook';
  performSubscribe: Fn;
  performUnsubscribe: Fn;
  perform: Fn;
  performList: Fn;
  sample: Record<string, unknown>;
  inputFields: Array<{ key: string; required?: boolean; dynamic?: string }>;
}

export const hookOf = (module: StepModule<Trigger>): HookOperation => {
  const operation = module.default.operation as unknown as HookOperation;
  if (operation.type !== 'hook') throw new Error(`${module.default.key} is not a REST hook`);
  return operation;
};

type Item = Record<string, unknown>;

const run = <T>(fn: Fn, bundle: BundleInput) => runInApp(fn as (z: ZObject, b: Bundle) => Promise<T>, bundle);

export const subscribe = (module: StepModule<Trigger>, inputData: Record<string, unknown> = {}) =>
  run<Item>(hookOf(module).performSubscribe, { inputData, targetUrl: TARGET_URL });

export const unsubscribe = (module: StepModule<Trigger>, subscribeData: Record<string, unknown>) =>
  run<Item>(hookOf(module).performUnsubscribe, { subscribeData: subscribeData as never, targetUrl: TARGET_URL });

/** A delivery as Zapier hands it to `perform`: the parsed envelope, and the raw headers with Zapier's prefix. */
export const deliver = (
  module: StepModule<Trigger>,
  request: unknown,
  options: { headers?: Record<string, string>; inputData?: Record<string, unknown>; bearer?: string | null; subscribeData?: Record<string, unknown> } = {},
) =>
  run<Item[]>(hookOf(module).perform, {
    cleanedRequest: request,
    rawRequest: { headers: options.headers ?? { 'Http-X-Bearer': BEARER, 'Http-Content-Type': 'application/json' } },
    subscribeData: { id: HOOK_ID, hook_url: TARGET_URL, ...(options.bearer === null ? {} : { bearer: options.bearer ?? BEARER }), ...options.subscribeData } as never,
    inputData: options.inputData ?? {},
  });

export const list = (module: StepModule<Trigger>, inputData: Record<string, unknown> = {}, meta: Record<string, unknown> = {}) =>
  run<Item[]>(hookOf(module).performList, { inputData, meta: meta as never });

export interface HookCase {
  module: StepModule<Trigger>;
  key: string;
  label: string;
  event: string;
  /** The filter input, a value for it, and whether DailyBot is asked to scope the hook to it. */
  filter?: { key: 'checkin' | 'form' | 'team'; value: string; subscribed: boolean };
  /** A realistic body for this event. */
  body: () => unknown;
  /** What perform gives for it (a subset of the item). */
  expected: Item;
  /** Mocks the requests of the test step, which reads real data (Zapier check D006). */
  mockList: (filter?: string) => void;
}

export const describeHook = (c: HookCase): void => {
  const subscribeBody = (filter?: string) => ({
    hook_url: TARGET_URL,
    subscriptions: [c.event],
    ...(filter && c.filter?.subscribed ? { subscribed_objects: [filter] } : {}),
    name: `Zapier: ${c.label}`,
    immediate_sample_event: false,
  });

  describe(`${c.key}: subscribe`, () => {
    const cases: Array<[string, string | undefined]> = [['with no filter', undefined]];
    if (c.filter) cases.push([`with a ${c.filter.key} chosen`, c.filter.value]);

    it.each(cases)('POST /webhook-subscription/ %s, with a fresh bearer, and keeps what unsubscribe and perform need', async (_name, filter) => {
      const sent: Item[] = [];
      nock(API, { reqheaders: { 'x-api-key': API_KEY, 'content-type': 'application/json' } })
        .post('/webhook-subscription/', (body: Item) => {
          sent.push(body);
          return true;
        })
        .times(2)
        .reply(201, { id: HOOK_ID, url: TARGET_URL });
      const inputData = filter && c.filter ? { [c.filter.key]: filter } : {};
      const first = await subscribe(c.module, inputData);
      const second = await subscribe(c.module, inputData);

      const { bearer, ...rest } = sent[0] as { bearer: string };
      expect(rest).toEqual(subscribeBody(filter));
      expect(bearer).toMatch(/^[0-9a-f]{64}$/);
      expect((sent[1] as { bearer: string }).bearer).not.toBe(bearer);
      expect(first).toEqual({
        id: HOOK_ID,
        hook_url: TARGET_URL,
        bearer,
        event: c.event,
        filters: filter && c.filter ? { [c.filter.key]: filter } : {},
      });
      expect(second.bearer).toBe((sent[1] as { bearer: string }).bearer);
    });

    it('ends in DailyBot’s own words when it refuses, without the key', async () => {
      nock(API).post('/webhook-subscription/').reply(403, { detail: 'Only organization admins can do this.', code: 'org_admin_required' });
      const error = await errorOf(subscribe(c.module));
      expect(error.message).toContain('Only organization admins can do this.');
      expectNoSecrets(error.message);
    });

    if (c.filter) {
      it(`refuses a ${c.filter.key} that is not an ID, before any request`, async () => {
        const error = await errorOf(subscribe(c.module, { [c.filter!.key]: '../../admin' }));
        expect(error.message).toMatch(/^Check this field: “.+” must be picked from the list/);
      });
    }
  });

  describe(`${c.key}: unsubscribe`, () => {
    it.each([200, 204, 410])('DELETE /webhook-subscription/ with hook_id and hook_url in the query and the body (HTTP %i is success)', async (status) => {
      const identity = { hook_id: HOOK_ID, hook_url: TARGET_URL };
      nock(API)
        .delete('/webhook-subscription/', identity)
        .query(identity)
        .reply(status, status === 204 ? undefined : status >= 400 ? { detail: 'Not found.' } : {});
      await expect(unsubscribe(c.module, { id: HOOK_ID, hook_url: TARGET_URL, bearer: BEARER, event: c.event })).resolves.toMatchObject({ id: HOOK_ID });
    });

    it('still fails on another error', async () => {
      nock(API).delete('/webhook-subscription/').query(true).reply(500, { detail: 'boom' });
      const error = await errorOf(unsubscribe(c.module, { id: HOOK_ID, hook_url: TARGET_URL }));
      expect(error.message).toMatch(/DailyBot/);
    });
  });

  describe(`${c.key}: perform`, () => {
    it('gives one flat item for a realistic delivery', async () => {
      const items = await deliver(c.module, envelope(c.event, c.body()));
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ event: c.event, ...c.expected });
      const parsed = c.module.output.safeParse(items[0]);
      if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    });

    it.each([
      ['a wrong bearer', { 'Http-X-Bearer': 'b'.repeat(64) }],
      ['a bearer that is only the start of the right one', { 'Http-X-Bearer': BEARER.slice(0, 10) }],
      ['no bearer', { 'Http-Content-Type': 'application/json' }],
    ])('gives nothing for a delivery with %s', async (_name, headers) => {
      await expect(deliver(c.module, envelope(c.event, c.body()), { headers })).resolves.toEqual([]);
    });

    it.each([['X-BEARER'], ['x-bearer'], ['HTTP_X_BEARER'], ['http-x-bearer']])('reads the bearer header written as %s', async (name) => {
      await expect(deliver(c.module, envelope(c.event, c.body()), { headers: { [name]: BEARER } })).resolves.toHaveLength(1);
    });

    it('gives nothing for a delivery of another event', async () => {
      const other = c.event === 'kudos.posted' ? 'forms.response.created' : 'kudos.posted';
      await expect(deliver(c.module, envelope(other, c.body()))).resolves.toEqual([]);
    });
  });

  describe(`${c.key}: performList`, () => {
    it('gives items with exactly the keys a delivery gives', async () => {
      const [delivered] = await deliver(c.module, envelope(c.event, c.body()));
      c.mockList();
      const listed = await list(c.module);
      expect(listed.length).toBeGreaterThan(0);
      for (const item of listed) {
        expect(Object.keys(item).sort()).toEqual(Object.keys(delivered ?? {}).sort());
        expect(item.event).toBe(c.event);
        expect(item).not.toEqual(hookOf(c.module).sample);
      }
      expect(nock.isDone()).toBe(true);
    });
  });
};

/** What every check-in trigger does with the check-in the Zap chose. */
export const describeCheckinFilter = (trigger: StepModule<Trigger>, event: string): void => {
  describe(`${trigger.default.key}: the chosen check-in`, () => {
    it('keeps deliveries for the chosen check-in', async () => {
      await expect(deliver(trigger, envelope(event, checkinResponseBody()), { inputData: { checkin: CHECKIN_UUID } })).resolves.toHaveLength(1);
    });

    it('drops a delivery that names another check-in', async () => {
      await expect(deliver(trigger, envelope(event, checkinResponseBody()), { inputData: { checkin: OTHER_CHECKIN_UUID } })).resolves.toEqual([]);
    });

    it('keeps a delivery that names no check-in, and says it is the chosen one', async () => {
      const { checkins: _c, ...body } = checkinResponseBody();
      const items = await deliver(trigger, envelope(event, body), { inputData: { checkin: OTHER_CHECKIN_UUID } });
      expect(items.map((i) => i.checkin_uuid)).toEqual([OTHER_CHECKIN_UUID]);
    });

    it('refuses every delivery when the subscription holds no bearer', async () => {
      await expect(deliver(trigger, envelope(event, checkinResponseBody()), { bearer: null, headers: {} })).resolves.toEqual([]);
    });
  });
};
