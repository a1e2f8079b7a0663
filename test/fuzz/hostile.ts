/**
 * What an attacker, a careless responder or a broken server can send: values for inputs, deliveries
 * and API answers (fast-check arbitraries). Big values are built once and shared, so a run spends
 * its time in the app, not in making them.
 */
import fc from 'fast-check';

/** The secrets no output, message or log may hold. */
export const API_KEY = 'fuzz-api-key-5f0c1e2d3b4a59687766';
export const HOOK_TOKEN = '9a8b7c6d5e4f30211203f4e5d6c7b8a9';
export const HOOK_URL = `https://api.dailybot.com/activity-hook/${HOOK_TOKEN}/`;
export const BEARER = 'b'.repeat(24) + '0123456789abcdef0123456789abcdef0123456789';
export const TRIGGER_TOKEN = '3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f';
export const TRIGGER_URL = `https://api.dailybot.com/workflow-trigger/${TRIGGER_TOKEN}/`;
export const TRIGGER_SECRET = 'wt-fuzz-secret-7e6d5c4b';
export const SECRETS = [API_KEY, HOOK_TOKEN, HOOK_URL, BEARER, TRIGGER_TOKEN, TRIGGER_URL, TRIGGER_SECRET];

const nested = (depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
};

/** Big and deep values, built once. */
const BIG = {
  deepList: nested(3000, 'x', (inner) => [inner]),
  deepObject: nested(3000, 'x', (inner) => ({ value: inner })),
  anchors: '<a'.repeat(150_000),
  items: '<li'.repeat(100_000),
  scripts: '<script>'.repeat(30_000),
  fiveMb: `<p>${'word '.repeat(1_000_000)}</p>`,
  spaces: `${' '.repeat(200_000)}x`,
  entities: '&a'.repeat(100_000),
  wide: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])),
  longList: Array.from({ length: 50_000 }, (_, i) => `item ${i}`),
};

/** Texts that have broken parsers and templates elsewhere. */
export const INJECTIONS = [
  '',
  ' ',
  '\u0000',
  '../../admin',
  '%2e%2e%2f',
  '?page=2&limit=999999',
  '#frag',
  'https://evil.example/steal',
  'http://169.254.169.254/latest/meta-data/',
  '//evil.example/x',
  '{previous_response_#2}',
  '{{bundle.authData.api_key}}',
  '${process.env}',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  "' OR 1=1 --",
  '\u202e\u200b\ufeff',
  'é́́́́',
  '😀'.repeat(50),
  'NaN',
  '-1',
  'build 7',
  '20000-01-01',
  '2024-02-30T10:00:00+05:00',
  '06/01/2022',
  '1e309',
  '__proto__',
  'constructor',
  'john@example.com, ann@example.com',
  'a@b',
  '5945bf02-66f5-4b29-bbd6-07421dfa0a87',
  'null',
  'true',
];

/** A value of any JSON type, hostile more often than not. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...INJECTIONS) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...Object.values(BIG)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 1e21, 1707154471.495433, 4_200_000_000, [], {}) },
);

/** A hostile value without the big ones: for what Zapier itself keeps (the subscription, the target URL). */
export const smallHostileValue: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom<unknown>(...INJECTIONS), fc.jsonValue({ maxDepth: 2 }));

/** A record with some of `keys` set to hostile values (and, sometimes, keys nobody expects). */
export const hostileRecord = (keys: string[], base: Record<string, unknown> = {}, values = hostileValue): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      fc.subarray(keys),
      fc.array(values, { minLength: keys.length, maxLength: keys.length }),
      fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'extra', 'x'.repeat(300)), hostileValue, { maxKeys: 2 }),
    )
    .map(([chosen, values, extra]) => {
      const record: Record<string, unknown> = { ...base };
      chosen.forEach((key, i) => {
        record[key] = values[i];
      });
      for (const [key, value] of Object.entries(extra)) Object.defineProperty(record, key, { value, enumerable: true, configurable: true, writable: true });
      return record;
    });

/** Headers a server may answer with, `Retry-After` in every form seen in the wild. */
const retryAfter = fc.constantFrom('1', '1e3', '99999999999', '-5', 'soon', 'Wed, 21 Oct 2015 07:28:00 GMT', new Date(Date.now() + 60_000).toUTCString(), '');

export interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** An API answer: a plausible one, or one of the ways servers and proxies go wrong. */
export const hostileAnswer = (plausible: () => unknown): fc.Arbitrary<Answer> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(0).map(() => ({ status: 200, body: plausible(), headers: {} })) },
    { weight: 2, arbitrary: hostileValue.map((body) => ({ status: 200, body, headers: {} })) },
    {
      weight: 2,
      arbitrary: fc.record({
        status: fc.constantFrom(400, 401, 403, 404, 406, 409, 410, 422, 500, 502, 503),
        body: fc.oneof(
          fc.constantFrom<unknown>(
            { detail: `Invalid key ${API_KEY}`, code: 'authentication_failed' },
            { detail: 'Upgrade', code: 'plan_free_api_keys_forbidden', upgrade_url: `https://app.dailybot.com/upgrade?key=${API_KEY}&hook=${HOOK_URL}` },
            { detail: `Hook ${HOOK_TOKEN} refused`, errors: { hook: [HOOK_URL.replace(/\/$/, '')] } },
            { code: 'insufficient_role', required_role: 'ADMIN_ORG', current_role: BIG.anchors },
            '<html><body>502 Bad Gateway</body></html>',
            BIG.deepObject,
          ),
          hostileValue,
        ),
        headers: fc.constant({}),
      }),
    },
    { weight: 1, arbitrary: fc.record({ status: fc.constant(429), body: hostileValue, headers: retryAfter.map((v) => ({ 'Retry-After': v })) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        status: fc.constantFrom(301, 302, 303, 307, 308),
        body: fc.constant(''),
        headers: fc.constantFrom('https://evil.example/v1/users/', 'http://api.dailybot.com/v1/users/', '/v1/users/?page=2').map((l) => ({ Location: l })),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('https://evil.example/v1/users/?page=2', 'https://api.dailybot.com/v1/users/?page=1', 'http://api.dailybot.com/v1/users/?page=3', 'javascript:alert(1)').map((next) => ({
        status: 200,
        body: { count: 1_000_000, next, results: [plausibleUser()] },
        headers: {},
      })),
    },
  );

/** Something like what DailyBot answers for most requests: an object with a user's, a check-in's and a page's keys. */
export const plausibleUser = () => ({
  uuid: '5945bf02-66f5-4b29-bbd6-07421dfa0a87',
  id: 'b1b292b3-29b2-4235-8103-321ed749db8d',
  full_name: 'John Wick',
  name: 'Team standups',
  email: 'john@example.com',
  is_active: true,
});
export const plausibleAnswer = () => ({ ...plausibleUser(), count: 1, next: null, previous: null, results: [plausibleUser()] });
