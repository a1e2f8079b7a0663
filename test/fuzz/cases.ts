/**
 * The fuzz cases: every operation of the app that takes outside input, each with the input an
 * attacker controls.
 * - each instant trigger's perform: forged and hostile deliveries (envelope, body, headers, what the
 *   subscription kept);
 * - each instant trigger's subscribe, unsubscribe and test step, each dropdown, the connection test,
 *   each action and each search: hostile inputs, and hostile API answers (statuses, bodies, redirects,
 *   `Retry-After`, `next` links, secrets echoed back) to the shared HTTP pieces under them.
 */
import fc from 'fast-check';

import App from '../../index';
import { checkinResponseBody, envelope, formResponseBody, kudosBody, organizationUserBody, teamUserBody } from '../fixtures/webhooks';
import { familyCases } from './families';
import { BEARER, hostileAnswer, hostileRecord, hostileValue, plausibleAnswer, smallHostileValue, type Answer } from './hostile';

export interface FuzzInput {
  bundle: Record<string, unknown>;
  answers: Answer[];
}

export interface FuzzCase {
  name: string;
  method: string;
  input: fc.Arbitrary<FuzzInput>;
  /** What must hold of a run besides no crash, leak or stray request: a message when it does not. */
  check?: (output: unknown, requests: number, sent: unknown[]) => string | undefined;
}

type Operation = { inputFields?: unknown[]; sample?: Record<string, unknown>; type?: string };
type Step = { key: string; operation: Operation };

const answers = fc.array(hostileAnswer(plausibleAnswer), { minLength: 1, maxLength: 4 });

/** An input's realistic value, by its key, so hostile values in other fields reach the request. */
const realistic = (key: string): unknown => {
  if (/email_subject|custom_type|label/.test(key)) return 'Weekly update';
  if (/^users?$|receivers|target_users|^user$|query/.test(key)) return 'john@example.com';
  if (/checkin|team|form|template|hook/.test(key)) return 'b1b292b3-29b2-4235-8103-321ed749db8d';
  if (/date|start_on|end_on|timeoff/.test(key)) return '2026-03-02';
  if (/^is_|^by_|active|include|skip/.test(key)) return 'false';
  return 'Hello from Zapier';
};

const inputKeys = (operation: Operation): string[] =>
  (operation.inputFields ?? []).flatMap((field) => (field && typeof field === 'object' && 'key' in field ? [String((field as { key: unknown }).key)] : []));

const hostileInputs = (operation: Operation) => {
  const keys = inputKeys(operation);
  return hostileRecord(keys, Object.fromEntries(keys.map((key) => [key, realistic(key)])));
};

/** Realistic bodies per event, to mutate. */
const BODIES: Record<string, () => Record<string, unknown>> = {
  followups: () => checkinResponseBody() as Record<string, unknown>,
  forms: () => formResponseBody() as Record<string, unknown>,
  kudos: () => kudosBody() as Record<string, unknown>,
  'organization.user': () => organizationUserBody() as Record<string, unknown>,
  'organization.team': () => teamUserBody() as Record<string, unknown>,
};
const bodyFor = (event: string) => (Object.entries(BODIES).find(([prefix]) => event.startsWith(prefix))?.[1] ?? BODIES.followups!)();

const delivery = (event: string): fc.Arbitrary<FuzzInput> => {
  const base = bodyFor(event);
  const body = fc.oneof({ weight: 4, arbitrary: hostileRecord(Object.keys(base), base) }, { weight: 1, arbitrary: hostileValue });
  const timestamp = fc.oneof(fc.constant(1707154471.495433), hostileValue);
  const request = fc.tuple(fc.constantFrom(event, event, event, 'kudos.posted', ''), timestamp, body).map(([e, ts, b]) => envelope(e, b, ts));
  const cleaned = fc.oneof(
    { weight: 6, arbitrary: request },
    { weight: 1, arbitrary: request.map((r) => JSON.stringify(r)) },
    { weight: 1, arbitrary: fc.oneof(fc.constantFrom<unknown>('not json', '{"body":', null, []), body) },
  );
  const headers = fc.constantFrom<Record<string, unknown>>(
    { 'Http-X-Bearer': BEARER },
    { 'Http-X-Bearer': BEARER },
    { HTTP_X_BEARER: [BEARER, 'other'] },
    { 'Http-X-Bearer': 'guess' },
    {},
  );
  const subscribeData = fc.constantFrom<unknown>({ id: 'h1', hook_url: 'https://hooks.zapier.com/x/', bearer: BEARER, filters: {} }, { id: 'h1' }, null, 'garbage', {
    bearer: BEARER,
    filters: { checkin: '../../x', team: 7 },
  });
  const inputData = fc.oneof(fc.constant({}), hostileRecord(['checkin', 'form', 'team']));
  return fc.record({ cleaned, headers, subscribeData, inputData }).map(({ cleaned: c, headers: h, subscribeData: s, inputData: i }) => ({
    bundle: { cleanedRequest: c, rawRequest: { headers: h }, subscribeData: s, inputData: i },
    answers: [],
  }));
};

const withAnswers = (bundle: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<FuzzInput> => fc.record({ bundle, answers });

/** Link texts a browser would repair or a chat platform misread (issue 19 item 3), and anything else. */
const linkText = fc.oneof(
  fc.constantFrom(
    'https:evil.example.com',
    'https:/evil.example.com',
    'https:\\\\evil.example.com',
    'https://example.com\\@evil.example.com',
    'https://example.com/\r\nSet-Cookie: a=1',
    'https://exam\tple.com/',
    'https://example.com/a b',
    'https://example.com/\u0000',
    'https://app.dailybot.com:pw@evil.example.com/',
    'HTTPS://BÜCHER.example/straße',
    'javascript://x/%0aalert(1)',
    `https://example.com/${'a'.repeat(2100)}`,
  ),
  fc.string().map((tail) => `https://${tail}`),
  smallHostileValue,
);
/** Labels (and other button fields) that are not text: `{toString: 1}` crashed with a TypeError (issue 19 item 4). */
const objectLabel = fc.oneof(
  fc.constantFrom<unknown>({ toString: 1 }, { valueOf: 1, toString: null }, Object.create(null), ['a', { toString: 1 }], { label: 'nested' }),
  smallHostileValue,
);
const buttonRows = fc.array(
  fc.record({ label: objectLabel, url: linkText, button_type: fc.constantFrom<unknown>(undefined, 'Link', 'Workflow', 'Form', 'Command', { toString: 1 }), workflow: objectLabel, form: objectLabel, value: objectLabel, label_after_click: objectLabel }, { requiredKeys: ['label'] }),
  { minLength: 1, maxLength: 3 },
);
/** Send Message and Update Message with hostile buttons, everything else realistic. */
const buttonsInput = (extra: Record<string, unknown>) =>
  withAnswers(buttonRows.map((buttons) => ({ inputData: { message: 'Hello from Zapier', target_channels: 'C0123456789', ...extra, buttons } })));

export const fuzzCases = (): FuzzCase[] => {
  const cases: FuzzCase[] = [];
  const app = App as unknown as { triggers: Record<string, Step>; creates: Record<string, Step>; searches: Record<string, Step> };
  for (const trigger of Object.values(app.triggers)) {
    const op = trigger.operation;
    const base = `triggers.${trigger.key}.operation`;
    if (op.type === 'hook') {
      const event = String(op.sample?.event ?? '');
      cases.push({ name: `${trigger.key} perform`, method: `${base}.perform`, input: delivery(event) });
      cases.push({
        name: `${trigger.key} subscribe`,
        method: `${base}.performSubscribe`,
        input: withAnswers(fc.record({ inputData: hostileInputs(op), targetUrl: fc.oneof(fc.constant('https://hooks.zapier.com/h/1/'), smallHostileValue) })),
      });
      cases.push({
        name: `${trigger.key} unsubscribe`,
        method: `${base}.performUnsubscribe`,
        input: withAnswers(fc.record({ subscribeData: hostileRecord(['id', 'hook_url', 'bearer'], { id: 'h1', hook_url: 'https://hooks.zapier.com/h/1/', bearer: BEARER }, smallHostileValue) })),
      });
      cases.push({ name: `${trigger.key} test step`, method: `${base}.performList`, input: withAnswers(fc.record({ inputData: hostileInputs(op) })) });
    } else {
      const meta = fc.record({ page: fc.oneof(fc.integer({ min: 0, max: 3 }), hostileValue) });
      cases.push({ name: `${trigger.key} dropdown`, method: `${base}.perform`, input: withAnswers(fc.record({ inputData: hostileInputs(op), meta })) });
    }
  }
  for (const [kind, steps] of [['creates', app.creates], ['searches', app.searches]] as const) {
    for (const step of Object.values(steps)) {
      cases.push({ name: `${step.key} perform`, method: `${kind}.${step.key}.operation.perform`, input: withAnswers(fc.record({ inputData: hostileInputs(step.operation) })) });
    }
  }
  // the link-text and object-label families: every button field hostile, the rest realistic
  cases.push({ name: 'send_message link texts and object labels', method: 'creates.send_message.operation.perform', input: buttonsInput({}) });
  cases.push({
    name: 'update_message link texts and object labels',
    method: 'creates.update_message.operation.perform',
    input: buttonsInput({ bot_message_id: '$db/ae007b43-dde2-4fa9-bce3-71fb0975a249' }),
  });
  cases.push({ name: 'connection test', method: 'authentication.test', input: withAnswers(fc.record({ inputData: fc.constant({}) })) });
  cases.push(...familyCases());
  return cases;
};
