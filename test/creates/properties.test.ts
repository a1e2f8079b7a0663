/**
 * Properties of every action, over thousands of generated inputs (fast-check):
 *
 * 1. valid inputs (free texts full of unicode and injection-looking strings included) succeed with
 *    exactly one request, whose method and path are the action's and whose body passes the action's
 *    own `request` schema, and an output that passes its `output` schema;
 * 2. a valid input with one field made invalid (a known-bad value) ends in an `invalid_input` error
 *    that names the field, and nothing at all is sent;
 * 3. anything (hostile values of every type in every field, unknown fields) ends either like 1 or in a
 *    z.errors error with a readable message and no action request: never an unhandled exception.
 *
 * The fake DailyBot below answers every request with success, so a failure can only come from the
 * app itself, before the action's request. No message or output may hold a secret, the listing of
 * users happens at most once per run, and the API key never reaches the Activity Hook.
 */
import fc from 'fast-check';
import nock from 'nock';

import type * as Zod from 'zod';

import { createSteps } from '../../src/creates';
import type { LazySchema } from '../../src/schemas/lazy';
import type { StepModule } from '../../src/steps';
import { API_KEY, expectNoSecrets } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { Q_COUNT, Q_DAYS, Q_KIND, Q_PAID, RESPONSE, vacationForm } from '../fixtures/forms';
import { agentReportV3, checkinDetail, moodTracked, Q1, Q2, Q3, Q4, RESPONSE as CHECKIN_RESPONSE, standupAnswer } from '../fixtures/v3';
import { ann, bea, directory, john, runActionQuickly } from './support';

jest.setTimeout(120_000);

const API_ORIGIN = 'https://api.dailybot.com';
/** A hook on its own host, so the test can tell its requests from the API's. */
const HOOK_ORIGIN = 'https://hooks.dailybot.example';
const HOOK_PATH = '/activity/5f0c1d2e3a4b/';
/** The Workflow Trigger URL: on the API's host, outside its path, so it gets no key either. */
const TRIGGER_PATH = '/workflow-trigger/3b9f0c2d7e6a/';
const auth = {
  api_key: API_KEY,
  activity_hook_url: `${HOOK_ORIGIN}${HOOK_PATH}`,
  workflow_trigger_url: `${API_ORIGIN}${TRIGGER_PATH}`,
  workflow_trigger_secret: 'wt-secret-5b8e2f71c9',
};

/** Runs per action and property: 3 × 12 × this many in all. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 120);

// ---------------------------------------------------------------- the fake DailyBot

interface Sent {
  method: string;
  origin: string;
  path: string;
  body: unknown;
  apiKey: unknown;
}
const sent: Sent[] = [];
/** Submit Form (and Check-in) Response reads the form (check-in) before it sends (its answers are checked against it): a lookup, like the user listing. */
const FORM_READ = /^\/v1\/(forms\/[^/]+|checkins\/[^/]+\/detail)\/$/;

const answerFor = (method: string, path: string): [number, unknown] => {
  if (method === 'GET' && path.startsWith('/v1/users/')) return [200, seeds.page(directory)];
  if (method === 'GET' && /^\/v1\/checkins\/[^/]+\/detail\/$/.test(path)) return [200, checkinDetail()];
  if (method === 'GET' && FORM_READ.test(path)) return [200, vacationForm()];
  if (/^\/v1\/checkins\/[^/]+\/responses\/$/.test(path)) return method === 'PUT' ? [204, ''] : [201, { uuid: CHECKIN_RESPONSE }];
  if (path === '/v1/cli/updates/') return [200, standupAnswer];
  if (path === '/v1/agent-reports/') return [201, agentReportV3];
  if (path === '/v1/mood/track/') return [200, moodTracked];
  if (method === 'POST' && /^\/v1\/forms\/[^/]+\/responses\/$/.test(path)) return [201, { uuid: RESPONSE, current_state: 'requested' }];
  if (path === '/v1/send-message/') return [200, { bot_message_id: '$db/ae007b43-dde2-4fa9-bce3-71fb0975a249' }];
  if (path === '/v1/send-email/') return [200, { detail: 'Emails sent successfully.' }];
  if (path === '/v1/open-conversation/') return [200, { channel: 'C0123456789' }];
  if (path === '/v1/kudos/') return [200, { id: 'k-1', content: 'x', is_anonymous: false, created_at: '2026-03-31T14:05:09Z' }];
  if (/^\/v1\/checkins\/[^/]+\/send-reminders\/$/.test(path)) return [200, { detail: 'Users notified successfully.' }];
  if (path === '/v1/checkins/' || (method === 'PATCH' && path.startsWith('/v1/checkins/'))) return [200, seeds.checkin];
  return [method === 'DELETE' ? 204 : 200, ''];
};

const record = (origin: string) =>
  function (this: { req: { method?: string; headers: Record<string, unknown> } }, uri: string, body: unknown): [number, unknown] {
    const method = this.req.method ?? 'GET';
    const path = uri.split('?')[0] ?? uri;
    sent.push({ method, origin, path, body: body === '' ? undefined : body, apiKey: this.req.headers['x-api-key'] });
    return answerFor(method, path);
  };

/** Answers every request with success, recording it; persistent, so removed by the test itself. */
const fakeDailyBot = (): void => {
  for (const origin of [API_ORIGIN, HOOK_ORIGIN]) {
    const scope = nock(origin).persist();
    scope.get(/.*/).reply(record(origin));
    scope.post(/.*/).reply(record(origin));
    scope.patch(/.*/).reply(record(origin));
    scope.put(/.*/).reply(record(origin));
    scope.delete(/.*/).reply(record(origin));
  }
};

// ---------------------------------------------------------------- generators

const INJECTIONS = [
  '../',
  '../../v1/users/',
  '<script>alert(1)</script>',
  "'; DROP TABLE users;--",
  '{{x}}',
  '{{ name }}',
  '{{bundle.authData.api_key}}',
  'Hi {{ process.env.HOME }}!',
  '${process.env.HOME}',
  '%2e%2e%2f',
  '\u202eevil',
  'null',
  'undefined',
  'ñandú 日本語 🎉👩‍👩‍👧',
  'a\u0000b',
  '\t tabbed \n',
];


/** A free text that is valid: not blank, short, often hostile-looking. */
const freeText = (max = 60) =>
  fc
    .oneof(fc.constantFrom(...INJECTIONS), fc.string({ minLength: 1, maxLength: max }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }))
    .filter((s) => s.trim() !== '' && s.length <= max);

/** Anything at all a field may receive. */
const hostile = fc.oneof(
  fc.constantFrom('', '   ', 'x'.repeat(20_000), ...INJECTIONS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

const knownPerson = fc.constantFrom(john.uuid, 'john@example.com', 'JOHN@example.com', 'Ann Lee', 'ann  lee', bea.email, 'Bea Cruz', ann.uuid);
const anyUuidPerson = fc.uuid();
const person = fc.oneof(knownPerson, anyUuidPerson);
/** People as Zapier hands them over: an array, or one string with separators. */
const people = (min: number) =>
  fc.oneof(
    fc.array(person, { minLength: min, maxLength: 4 }),
    fc.tuple(fc.array(person, { minLength: Math.max(min, 1), maxLength: 4 }), fc.constantFrom(', ', ';', '\n', ' ; ')).map(([items, sep]) => items.join(sep)),
  );
const teamIds = (min: number) => fc.array(fc.oneof(fc.uuid(), fc.constant(seeds.team.uuid)), { minLength: min, maxLength: 3 });
const id = fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,20}$/));
const yesNo = fc.constantFrom('true', 'false', 'yes', 'no', 'True', '1', '0', true, false);
const pad = (n: number) => String(n).padStart(2, '0');
const ymd = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 59 }))).map(
  ([h, m, s]) => `${pad(h)}:${pad(m)}${s === null ? '' : `:${pad(s)}`}`,
);
const mmdd = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(5, 10));
const days = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }).chain((ds) =>
  fc.constantFrom(
    ds.map(String),
    ds.join(', '),
    ds.map((d) => ['Monday', 'tuesday', 'Wed', 'THU', 'fri', 'Saturday', 'sun'][d - 1] as string),
  ),
);
const httpsLink = fc.webUrl({ validSchemes: ['https'], size: 'small' }).filter((u) => u.length <= 2048);
const channelId = fc.stringMatching(/^[A-Za-z0-9_.:@/#=+-]{1,30}$/);
const commandButton = fc.record(
  { label: freeText(75), value: freeText(100), label_after_click: freeText(150), button_type: fc.constantFrom('Command', 'command', '') },
  { requiredKeys: ['label', 'value'] },
);
const linkButton = fc.record({ label: freeText(75), url: httpsLink, button_type: fc.constantFrom('Link', 'link', '') }, { requiredKeys: ['label', 'url'] });
const button = fc.oneof(commandButton, linkButton);
const messageId = fc.oneof(fc.uuid().map((u) => `$db/${u}`), fc.stringMatching(/^[A-Za-z0-9$/_-]{1,40}$/));
const choices = fc
  .uniqueArray(freeText(75), { minLength: 2, maxLength: 10, selector: (c) => c.trim().toLowerCase() })
  .filter((cs) => cs.every((c) => !/[,\n\r]/.test(c)));
const timeZoneName = fc.constantFrom('America/New_York', 'Europe/Madrid', 'UTC', 'Asia/Kolkata', 'America/Bogota');

/** Optional fields: a valid value, a blank Zapier may send, or nothing. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.constant('' as unknown as T) }), { nil: undefined });

const defined = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));

// ---------------------------------------------------------------- the actions

interface Spec {
  method: string;
  /** The request's path (the hook's for push_activity). */
  path: RegExp;
  origin?: string;
  valid: fc.Arbitrary<Record<string, unknown>>;
  /** [field, a value that is certainly invalid there, given valid other fields]; `undefined` removes the field. */
  invalid: Array<[string, fc.Arbitrary<unknown>]>;
}

const checkinSettings = {
  active: maybe(yesNo),
  is_anonymous: maybe(yesNo),
  send_reports_one_by_one: maybe(yesNo),
  use_user_defined_work_days: maybe(yesNo),
  start_on: maybe(fc.constantFrom('2026-01-01', '2026-03-31')),
  end_on: maybe(fc.constantFrom('2026-04-01', '2027-12-31')),
  frequency_on_days: maybe(days),
  custom_trigger_time: maybe(hhmm),
  reminders_max_count: maybe(fc.integer({ min: 0, max: 3 }).chain((n) => fc.constantFrom<number | string>(n, String(n)))),
  reminders_trigger_condition: maybe(fc.constantFrom('smart_frequency', 'fixed_frequency', 'SMART_FREQUENCY')),
  reminders_frequency_time: maybe(fc.integer({ min: 1, max: 1440 }).map(String)),
  is_trigger_based: maybe(yesNo),
  custom_template_intro: maybe(freeText()),
  custom_template_outro: maybe(freeText()),
};

const badSetting: Array<[string, fc.Arbitrary<unknown>]> = [
  ['active', fc.constantFrom('maybe', '2', 'yes please')],
  ['start_on', fc.constantFrom('2026-02-30', '31/03/2026', '2026-3-1', '../', '{{x}}')],
  ['frequency_on_days', fc.constantFrom(['0'], ['8'], 'Funday', ['1', '9'], '1.5')],
  ['custom_trigger_time', fc.constantFrom('24:00', '9', '09:60', '9am', '<script>')],
  ['reminders_max_count', fc.oneof(fc.integer({ min: 4, max: 1_000_000 }), fc.integer({ max: -1 }), fc.constantFrom('1.5', 'three'))],
  ['reminders_trigger_condition', fc.constantFrom('hourly', 'smart', "'; DROP")],
  ['reminders_frequency_time', fc.oneof(fc.integer({ min: 1441 }), fc.constantFrom(0, '0', '-5'))],
  ['custom_template_intro', fc.constant('x'.repeat(2001))],
];

/** What the chat actions share: a message and its targets (at least one), image and buttons. */
const messageFields = {
  message: freeText(),
  target_users: maybe(people(1)),
  target_teams: maybe(teamIds(1)),
  target_channels: maybe(fc.array(channelId, { minLength: 1, maxLength: 3 })),
  image_url: maybe(httpsLink),
  buttons: maybe(fc.array(button, { minLength: 1, maxLength: 3 })),
};
const withTarget = (v: Record<string, unknown>) => [v.target_users, v.target_teams, v.target_channels].some((t) => t !== undefined && t !== '');

const specs: Record<string, Spec> = {
  send_message: {
    method: 'POST',
    path: /^\/v1\/send-message\/$/,
    valid: fc
      .record({
        ...messageFields,
        thread_responses: maybe(fc.array(freeText(), { minLength: 1, maxLength: 10 })),
        skip_users_on_time_off: maybe(yesNo),
      })
      .map(defined)
      .filter(withTarget),
    invalid: [
      ['message', fc.constantFrom(undefined, '', '  \n ', 'x'.repeat(10_001))],
      ['image_url', fc.constantFrom('http://example.com/a.png', 'javascript:alert(1)', 'ftp://x/y', 'example.com/a.png', '../a.png')],
      ['target_teams', fc.constantFrom(['../x'], ['{{team}}'], ['a b'], 'x/y', ['<script>'])],
      ['target_channels', fc.constantFrom(['<script>'], ['a b'], ['"quoted"'], ["'; DROP"])],
      ['buttons', fc.constantFrom([{ label: 'x' }], [{ value: 'y' }], [{ label: 'x', value: 'y', button_type: 'Link' }], Array.from({ length: 26 }, () => ({ label: 'a', value: 'b' })), ['just text'])],
      ['skip_users_on_time_off', fc.constantFrom('maybe', 'sometimes', '2')],
      ['thread_responses', fc.constant(Array.from({ length: 11 }, (_, i) => `reply ${i}`))],
    ],
  },
  update_message: {
    method: 'POST',
    path: /^\/v1\/send-message\/$/,
    valid: fc
      .record({ bot_message_id: messageId, ...messageFields })
      .map(defined)
      .filter(withTarget),
    invalid: [
      ['bot_message_id', fc.constantFrom(undefined, '', 'two words', 'x'.repeat(256))],
      ['message', fc.constantFrom(undefined, '', '  ')],
      ['buttons', fc.constantFrom([{ label: 'x', button_type: 'Link' }], [{ label: 'x', url: 'http://a.example/' }])],
    ],
  },
  ask_in_chat: {
    method: 'POST',
    path: /^\/v1\/send-message\/$/,
    valid: fc
      .record({ message: messageFields.message, target_users: messageFields.target_users, target_channels: messageFields.target_channels, choices })
      .map(defined)
      .filter(withTarget),
    invalid: [
      ['message', fc.constantFrom(undefined, '', '  ')],
      ['choices', fc.constantFrom(undefined, [], ['only one'], ['Yes', 'YES'], Array.from({ length: 11 }, (_, i) => `c${i}`), ['x'.repeat(76), 'b'])],
    ],
  },
  send_email: {
    method: 'POST',
    path: /^\/v1\/send-email\/$/,
    valid: fc.record({ users: people(1), email_subject: freeText(), email_content: freeText(200) }),
    invalid: [
      ['users', fc.constantFrom(undefined, [], '', ' , ; ')],
      ['email_subject', fc.constantFrom(undefined, '', ' ', 's'.repeat(256))],
      ['email_content', fc.constantFrom(undefined, '', '\n\n')],
    ],
  },
  give_kudos: {
    method: 'POST',
    path: /^\/v1\/kudos\/$/,
    valid: fc
      .record({
        content: freeText(),
        receivers: maybe(people(1)),
        team_receivers: maybe(teamIds(1)),
        company_value: maybe(freeText(40)),
        is_anonymous: maybe(yesNo),
        by_dailybot: maybe(yesNo),
      })
      .map(defined)
      .filter((v) => [v.receivers, v.team_receivers].some((t) => t !== undefined && t !== '')),
    invalid: [
      ['content', fc.constantFrom(undefined, '', '   ')],
      ['team_receivers', fc.constantFrom(['../x'], ['{{x}}'], ['a;b c'])],
      ['is_anonymous', fc.constantFrom('perhaps', '3')],
      ['company_value', fc.constant('v'.repeat(256))],
    ],
  },
  push_activity: {
    method: 'POST',
    origin: HOOK_ORIGIN,
    path: new RegExp(`^${HOOK_PATH}$`),
    valid: fc.record({ custom_type: freeText(128), message: freeText(), user: person, link: maybe(httpsLink) }).map(defined),
    invalid: [
      ['custom_type', fc.oneof(fc.constantFrom(undefined, '', ' '), fc.string({ minLength: 129, maxLength: 300 }).filter((s) => s.trim().length > 128))],
      ['message', fc.constantFrom(undefined, '', '\t')],
      ['user', fc.constantFrom(undefined, '', '  ', 'x'.repeat(321))],
      ['link', fc.constantFrom('http://github.com/org/repo', 'javascript:alert(1)', '//evil.example', 'not a url', 'data:text/html,hi')],
    ],
  },
  create_checkin: {
    method: 'POST',
    path: /^\/v1\/checkins\/$/,
    valid: fc.record({ name: freeText(255), template: id, ...checkinSettings }).map(defined),
    invalid: [
      ['name', fc.constantFrom(undefined, '', ' ', 'n'.repeat(256))],
      ['template', fc.constantFrom(undefined, '', '../users', 'a/b', '{{template}}', 'x'.repeat(65), '<script>')],
      ...badSetting,
    ],
  },
  update_checkin: {
    method: 'PATCH',
    path: /^\/v1\/checkins\/[A-Za-z0-9_-]+\/$/,
    valid: fc
      .record({ checkin: id, name: maybe(freeText(255)), template: maybe(id), ...checkinSettings })
      .map(defined)
      .filter((v) => Object.entries(v).some(([key, value]) => key !== 'checkin' && value !== '')),
    invalid: [['checkin', fc.constantFrom(undefined, '', '../../users', 'abc?x=1', 'a b', '%2e%2e')], ...badSetting],
  },
  delete_checkin: {
    method: 'DELETE',
    path: /^\/v1\/checkins\/[A-Za-z0-9_-]+\/$/,
    valid: fc.record({ checkin: id }),
    invalid: [['checkin', fc.constantFrom(undefined, '', '../teams', 'abc#frag', 'a/b', '..', '{{checkin}}')]],
  },
  send_checkin_reminder: {
    method: 'POST',
    path: /^\/v1\/checkins\/[A-Za-z0-9_-]+\/send-reminders\/$/,
    valid: fc.record({ checkin: id, users: maybe(people(1)), date: maybe(ymd) }).map(defined),
    invalid: [
      ['checkin', fc.constantFrom(undefined, '', '../x', 'a?b')],
      ['date', fc.constantFrom('2026-13-01', '03/31/2026', 'today', '2026-02-29')],
    ],
  },
  open_conversation: {
    method: 'POST',
    path: /^\/v1\/open-conversation\/$/,
    valid: fc.record({ users: people(1) }),
    invalid: [['users', fc.constantFrom(undefined, [], '', '\n')]],
  },
  add_team_member: {
    method: 'POST',
    path: /^\/v1\/teams\/[A-Za-z0-9_-]+\/member\/$/,
    valid: fc.record({ team: id, users: people(1) }),
    invalid: [
      ['team', fc.constantFrom(undefined, '', '../users', 'a b', '{{team}}')],
      ['users', fc.constantFrom(undefined, [], ' ; ')],
    ],
  },
  remove_team_member: {
    method: 'DELETE',
    path: /^\/v1\/teams\/[A-Za-z0-9_-]+\/member\/[0-9a-f-]{36}\/$/,
    valid: fc.record({ team: id, user: person }),
    invalid: [
      ['team', fc.constantFrom(undefined, '', '../', 'x/member')],
      ['user', fc.constantFrom(undefined, '', ' ', 'u'.repeat(321))],
    ],
  },
  update_user: {
    method: 'PATCH',
    path: /^\/v1\/users\/[0-9a-f-]{36}\/$/,
    valid: fc
      .record({
        user: person,
        full_name: maybe(freeText(255)),
        occupation: maybe(freeText(255)),
        birth_date: maybe(mmdd),
        is_active: maybe(yesNo),
        bot_enabled: maybe(yesNo),
        timezone: maybe(timeZoneName),
        work_days: maybe(days),
        timeoff_start: maybe(fc.constant('2026-05-01')),
        timeoff_end: maybe(fc.constantFrom('2026-05-01', '2026-05-20')),
        hour_init_work: maybe(hhmm),
      })
      .map(defined)
      .filter((v) => Object.entries(v).some(([key, value]) => key !== 'user' && value !== '')),
    invalid: [
      ['user', fc.constantFrom(undefined, '', '   ')],
      ['full_name', fc.constant('x'.repeat(256))],
      ['birth_date', fc.constantFrom('13-01', '02-30', '1990-05-12', '5-12', '{{x}}')],
      ['timezone', fc.constantFrom('Not/AZone', 'EST-ish', '../etc/passwd', '<script>')],
      ['work_days', fc.constantFrom(['0'], ['8'], 'someday')],
      ['timeoff_start', fc.constantFrom('2026-02-31', 'tomorrow')],
      ['hour_init_work', fc.constantFrom('25:00', '9am', '12:61')],
    ],
  },
  submit_form_response: {
    method: 'POST',
    path: /^\/v1\/forms\/[A-Za-z0-9_-]+\/responses\/$/,
    valid: fc
      .record({
        form: id,
        [`answer_${Q_DAYS}`]: freeText(200),
        [`answer_${Q_COUNT}`]: fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constantFrom('5', '2.5', ' 3 ')),
        [`answer_${Q_PAID}`]: maybe(yesNo),
        [`answer_${Q_KIND}`]: maybe(fc.constantFrom('Vacation', 'sick leave', 'sick', 'VACATION')),
        guest: fc.option(fc.tuple(freeText(60), fc.emailAddress()), { nil: undefined }),
        anonymous: maybe(yesNo),
      })
      .map(({ guest, ...rest }) => defined({ ...rest, guest_full_name: guest?.[0], guest_email: guest?.[1] })),
    invalid: [
      ['form', fc.constantFrom(undefined, '', '../forms', 'a/b', '{{form}}')],
      ['guest_email', fc.constantFrom('not-an-email', 'a@', '@b.c', 'x y@z.com')],
      ['anonymous', fc.constantFrom('perhaps', '3')],
    ],
  },
  change_form_response_state: {
    method: 'POST',
    path: /^\/v1\/forms\/[A-Za-z0-9_-]+\/responses\/[A-Za-z0-9_-]+\/transition\/$/,
    valid: fc.record({ form: id, response: id, to_state: fc.constantFrom('approved', 'in_review', 'Requested'), note: maybe(freeText(200)) }).map(defined),
    invalid: [
      ['form', fc.constantFrom(undefined, '', '../x')],
      ['response', fc.constantFrom(undefined, '', '../../users', 'a?b')],
      ['to_state', fc.constantFrom(undefined, '', '  ', 's'.repeat(101))],
      ['note', fc.constant('n'.repeat(2001))],
    ],
  },
  update_form_response: {
    method: 'PATCH',
    path: /^\/v1\/forms\/[A-Za-z0-9_-]+\/responses\/[A-Za-z0-9_-]+\/$/,
    valid: fc
      .record({
        form: id,
        response: id,
        [`answer_${Q_DAYS}`]: freeText(200),
        [`answer_${Q_COUNT}`]: maybe(fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constantFrom('5', '2.5', ' 3 '))),
        [`answer_${Q_PAID}`]: maybe(yesNo),
        [`answer_${Q_KIND}`]: maybe(fc.constantFrom('Vacation', 'sick leave', 'sick', 'VACATION')),
      })
      .map(defined),
    invalid: [
      ['form', fc.constantFrom(undefined, '', '../forms', 'a/b', '{{form}}')],
      ['response', fc.constantFrom(undefined, '', '../../users', 'a?b')],
    ],
  },
  delete_form_response: {
    method: 'DELETE',
    path: /^\/v1\/forms\/[A-Za-z0-9_-]+\/responses\/[A-Za-z0-9_-]+\/$/,
    valid: fc.record({ form: id, response: id }),
    invalid: [
      ['form', fc.constantFrom(undefined, '', '../x')],
      ['response', fc.constantFrom(undefined, '', '../../users', 'a?b')],
    ],
  },
  trigger_workflow: {
    method: 'POST',
    path: /^\/v1\/workflows\/[A-Za-z0-9_-]+\/trigger\/$/,
    valid: fc.record({ workflow: id, payload: maybe(fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }).filter((k) => k.trim() !== '' && k !== '__proto__'), freeText(100), { maxKeys: 5 })) }).map(defined),
    invalid: [
      ['workflow', fc.constantFrom(undefined, '', '../x', 'a b')],
      ['payload', fc.constantFrom({ notes: 'x'.repeat(8200) }, 'just text')],
    ],
  },
  send_workflow_event: {
    method: 'POST',
    path: new RegExp(`^${TRIGGER_PATH}$`),
    valid: fc.record({ event_type: freeText(255), data: maybe(fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }).filter((k) => k.trim() !== '' && k !== '__proto__'), freeText(100), { maxKeys: 5 })) }).map(defined),
    invalid: [
      ['event_type', fc.constantFrom(undefined, '', ' ', 'e'.repeat(256))],
      ['data', fc.constantFrom('just text', 42)],
    ],
  },
  submit_checkin_response: {
    method: '(POST|PUT)',
    path: /^\/v1\/checkins\/[A-Za-z0-9_-]+\/responses\/$/,
    valid: fc
      .record({
        checkin: id,
        [`answer_${Q1}`]: freeText(200),
        [`answer_${Q2}`]: freeText(200),
        [`answer_${Q3}`]: maybe(yesNo),
        [`answer_${Q4}`]: maybe(fc.oneof(fc.integer({ min: 0, max: 24 }), fc.constantFrom('5', '2.5', ' 3 '))),
        response_date: maybe(ymd),
        replace: maybe(yesNo),
      })
      .map(defined),
    invalid: [
      ['checkin', fc.constantFrom(undefined, '', '../checkins', 'a/b', '{{checkin}}')],
      ['response_date', fc.constantFrom('2026-02-30', '31/03/2026', 'someday')],
      ['replace', fc.constantFrom('perhaps', '3')],
    ],
  },
  post_standup_update: {
    method: 'POST',
    path: /^\/v1\/cli\/updates\/$/,
    valid: fc
      .record({ message: maybe(freeText(500)), done: maybe(freeText()), doing: maybe(freeText()), blocked: maybe(freeText()) })
      .map(defined)
      .filter((v) => Object.values(v).some((t) => typeof t === 'string' && t.trim() !== '')),
    invalid: [
      ['message', fc.constant('x'.repeat(10_001))],
      ['done', fc.constant('x'.repeat(5001))],
    ],
  },
  log_agent_report: {
    method: 'POST',
    path: /^\/v1\/agent-reports\/$/,
    valid: fc
      .record({
        agent_name: freeText(128),
        content: freeText(500),
        completed: maybe(fc.array(freeText(), { minLength: 1, maxLength: 4 })),
        in_progress: maybe(fc.array(freeText(), { minLength: 1, maxLength: 4 })),
        blockers: maybe(freeText()),
        metadata: maybe(fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }).filter((k) => k.trim() !== '' && k !== '__proto__'), freeText(100), { maxKeys: 5 })),
        is_milestone: maybe(yesNo),
        co_authors: maybe(fc.array(fc.oneof(fc.uuid(), fc.emailAddress()), { minLength: 1, maxLength: 4 })),
      })
      .map(defined),
    invalid: [
      ['agent_name', fc.constantFrom(undefined, '', '   ', 'a'.repeat(129))],
      ['content', fc.constantFrom(undefined, '', ' \n ')],
      ['co_authors', fc.constantFrom('Ann Lee', ['john@example.com', 'not a person'], ['../x'])],
      ['is_milestone', fc.constantFrom('maybe', '7')],
    ],
  },
  track_mood: {
    method: 'POST',
    path: /^\/v1\/mood\/track\/$/,
    valid: fc
      .record({ score: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom('1', '5', 'Great', 'very low', 'okay', '4 – Good')), date: maybe(ymd) })
      .map(defined),
    invalid: [
      ['score', fc.constantFrom(undefined, '', 0, 6, '3.5', 'meh', -1)],
      ['date', fc.constantFrom('2026-02-30', 'soon')],
    ],
  },
  invite_user: {
    method: 'POST',
    path: /^\/v1\/invite-user\/$/,
    valid: fc
      .record({
        users: fc.array(fc.emailAddress(), { minLength: 1, maxLength: 5 }),
        teams: maybe(teamIds(1)),
        checkins: maybe(fc.array(fc.uuid(), { minLength: 1, maxLength: 3 })),
        is_guest_account_invite: maybe(yesNo),
      })
      .map(defined),
    invalid: [
      ['users', fc.constantFrom(undefined, '', [], 'Ann Lee', ['ann@example.com', 'not an email'], Array.from({ length: 101 }, (_, i) => `p${i}@example.com`))],
      ['teams', fc.constantFrom(['../x'], ['{{x}}'])],
      ['checkins', fc.constantFrom(['a b'], 'x/y')],
      ['is_guest_account_invite', fc.constantFrom('maybe', '7')],
    ],
  },
};

// ---------------------------------------------------------------- the checks

const ZAPIER_ERRORS = new Set(['AppError', 'HaltedError', 'ExpiredAuthError', 'ThrottledError']);

interface Outcome {
  result?: Record<string, unknown>;
  error?: { name: string; message: string; code?: string };
  requests: Sent[];
  listings: Sent[];
}

const readError = (error: unknown): Outcome['error'] => {
  const e = error as Error;
  try {
    const parsed = JSON.parse(e.message) as { message?: unknown; code?: string };
    if (typeof parsed?.message === 'string') return { name: e.name, message: parsed.message, code: parsed.code };
  } catch {
    // a plain message
  }
  return { name: e?.name, message: String(e?.message) };
};

const run = async (key: string, inputData: Record<string, unknown>): Promise<Outcome> => {
  sent.length = 0;
  let result: Record<string, unknown> | undefined;
  let error: Outcome['error'];
  try {
    result = await runActionQuickly(key, inputData, auth);
  } catch (e) {
    error = readError(e);
  }
  const listings = sent.filter((r) => r.method === 'GET' && r.origin === API_ORIGIN && r.path === '/v1/users/');
  const formReads = sent.filter((r) => r.method === 'GET' && r.origin === API_ORIGIN && FORM_READ.test(r.path));
  expect(formReads.length).toBeLessThanOrEqual(1);
  return { result, error, requests: sent.filter((r) => !listings.includes(r) && !formReads.includes(r)), listings };
};

/** What holds for every run, whatever the input. */
const checkOutcome = (module: StepModule, spec: Spec, { result, error, requests, listings }: Outcome): void => {
  expect(listings.length).toBeLessThanOrEqual(1);
  for (const request of sent) {
    // the key goes to the API only (its host and its /v1/ path)
    const toApi = request.origin === API_ORIGIN && request.path.startsWith('/v1/');
    expect({ origin: request.origin, path: request.path, key: request.apiKey }).toEqual({ origin: request.origin, path: request.path, key: toApi ? API_KEY : undefined });
  }
  if (error) {
    expect(ZAPIER_ERRORS.has(error.name) ? error.name : `${error.name}: ${error.message}`).toBe(error.name);
    expect(error.message.trim().length).toBeGreaterThan(10);
    expectNoSecrets(error.message);
    expect(requests).toEqual([]); // DailyBot here never fails: a failure is the app's, before it sends anything
    if (error.code === 'invalid_input') expect(listings).toEqual([]);
    return;
  }
  expect(requests).toHaveLength(1);
  const [request] = requests as [Sent];
  expect(request.method).toMatch(new RegExp(`^${spec.method}$`));
  expect(request.origin).toBe(spec.origin ?? API_ORIGIN);
  expect(request.path).toMatch(spec.path);
  const body = (module as StepModule & { request: LazySchema<Zod.ZodType> }).request.safeParse(request.body);
  if (!body.success) throw new Error(`body refused by its schema: ${JSON.stringify(request.body)}\n${JSON.stringify(body.error.issues)}`);
  const output = module.output.safeParse(result);
  if (!output.success) throw new Error(`output refused by its schema: ${JSON.stringify(result)}\n${JSON.stringify(output.error.issues)}`);
  expectNoSecrets(JSON.stringify(result));
};

type Field = { key: string; label?: string; choices?: Array<{ value: string }> };

/** A step's fields: the static ones, and those a dynamic field shows for any choice of the others (Fixed reminders' minutes). */
const inputFieldsOf = (module: StepModule): Field[] => {
  const all = (module.default as unknown as { operation: { inputFields: Array<Field | ((z: unknown, bundle: unknown) => Field[])> } }).operation.inputFields;
  const plain = all.filter((field): field is Field => typeof field !== 'function');
  const revealed = all
    .filter((field): field is (z: unknown, bundle: unknown) => Field[] => typeof field === 'function')
    .flatMap((fn) => plain.flatMap((field) => (field.choices ?? []).flatMap((choice) => fn(null, { inputData: { [field.key]: choice.value } }))));
  return [...plain, ...revealed.filter((field, i) => revealed.findIndex((f) => f.key === field.key) === i)];
};

const modules = createSteps.map((module): [string, StepModule] => [module.default.key, module]);

it('covers every action', () => {
  expect(Object.keys(specs).sort()).toEqual(modules.map(([key]) => key).sort());
  for (const [, module] of modules) expect((module as { request?: unknown }).request).toBeDefined();
});

describe.each(modules)('%s', (key, module) => {
  const spec = specs[key] as Spec;

  beforeEach(fakeDailyBot);
  afterEach(() => nock.cleanAll()); // before test/setup.ts looks for unused interceptors: these are meant to stay unused

  it('sends one request with a body its schema accepts, for every valid input', async () => {
    await fc.assert(
      fc.asyncProperty(spec.valid, async (inputData) => {
        const outcome = await run(key, inputData);
        if (outcome.error) throw new Error(`a valid input failed: ${JSON.stringify(inputData)} → ${outcome.error.message}`);
        checkOutcome(module, spec, outcome);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses an input with one invalid field, naming it, and sends nothing', async () => {
    const labels = new Map(inputFieldsOf(module).map((field) => [field.key, field.label]));
    const corrupted = fc.tuple(spec.valid, fc.constantFrom(...spec.invalid)).chain(([valid, [field, bad]]) =>
      bad.map((value) => ({ field, inputData: value === undefined ? defined({ ...valid, [field]: undefined }) : { ...valid, [field]: value } })),
    );
    await fc.assert(
      fc.asyncProperty(corrupted, async ({ field, inputData }) => {
        const outcome = await run(key, inputData);
        expect(outcome.error?.code).toBe('invalid_input');
        expect(outcome.error?.message).toContain(`“${labels.get(field) ?? field}”`);
        expect(sent).toEqual([]);
        checkOutcome(module, spec, outcome);
      }),
      { numRuns: RUNS },
    );
  });

  it('ends any input in a request its schema accepts or in a readable Zapier error', async () => {
    const fields = inputFieldsOf(module).map((field) => field.key);
    const anything = fc
      .tuple(spec.valid, fc.dictionary(fc.constantFrom(...fields, 'unknown_field', '__proto__', 'constructor'), hostile, { maxKeys: 4 }))
      .map(([valid, wild]) => ({ ...valid, ...wild }));
    await fc.assert(
      fc.asyncProperty(anything, async (inputData) => {
        checkOutcome(module, spec, await run(key, inputData));
      }),
      { numRuns: RUNS },
    );
  });
});
