/**
 * Fuzz families for issue 19's attacks, each with a check of what must hold beyond "no crash, no
 * leak, no stray request":
 * - hostile paging counts: a listing that claims up to a billion items and hands out one or two a
 *   page, with a fresh `next` every time; one run asks for at most MAX_PAGES_PER_RUN pages;
 * - polling lists: the approvals poll fed nulls, texts, numbers, repeats, responses without IDs and
 *   far more than asked for; at most 100 items, no id twice;
 * - giant questions: a form whose question, short question and choices are up to 1 MB; every field
 *   label at most 120 characters, every help text at most 1,000;
 * - hostile emails: Invite User and the non-respondents' Pending Emails given NUL, CR/LF, `Bcc:`
 *   lines, commas, 10 KB addresses; only well-formed addresses come out.
 */
import fc from 'fast-check';

import { MAX_PAGES_PER_RUN } from '../../src/http/paginate';
import { EMAIL_PATTERN } from '../../src/schemas/patterns';
import type { FuzzCase } from './cases';
import type { Answer } from './hostile';

const ok = (body: unknown): Answer => ({ status: 200, body, headers: {} });
const API = 'https://api.dailybot.com/v1';
const FORM = 'c3d4e5f6-a7b8-4901-8cde-f12345678902';

/** A hostile listing: `count` claims anything, `perPage` items a page, `pages` pages each pointing one further on. */
const hostilePages = (path: string, item: (n: number) => Record<string, unknown>) =>
  fc
    .record({ count: fc.constantFrom<unknown>(1_000_000_000, 2 ** 53, 1e308, -5, '1e9', null), perPage: fc.integer({ min: 0, max: 2 }), pages: fc.integer({ min: 101, max: 160 }) })
    .map(({ count, perPage, pages }) =>
      Array.from({ length: pages }, (_, page) =>
        ok({ count, next: `${API}${path}?page=${page + 2}`, results: Array.from({ length: perPage }, (_, i) => item(page * 10 + i)) }),
      ),
    );

const person = (n: number) => ({ uuid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, full_name: `Person ${n}`, email: `p${n}@example.com` });

const hostileEmail = fc.oneof(
  fc.constantFrom(
    'ann\u0000@example.com',
    'ann@example.com\r\nBcc: eve@evil.example',
    'ann@example.com, eve@evil.example',
    'ann@example.com\nBcc: eve@evil.example',
    `${'a'.repeat(10_000)}@example.com`,
    'ann\t@example.com',
    '\u001b[31mann@example.com',
    'ann@example.com',
  ),
  fc.string({ maxLength: 40 }).map((s) => `${s}@example.com`),
);

const texts = (value: unknown): string[] => (Array.isArray(value) ? value.flatMap(texts) : typeof value === 'string' ? [value] : []);

export const familyCases = (): FuzzCase[] => [
  {
    name: 'hostile paging: find_user',
    method: 'searches.find_user.operation.perform',
    input: hostilePages('/users/', person).map((answers) => ({ bundle: { inputData: { query: 'nobody@example.com' } }, answers })),
    check: (_, requests) => (requests > MAX_PAGES_PER_RUN ? `${requests} requests in one run (bound ${MAX_PAGES_PER_RUN})` : undefined),
  },
  {
    name: 'polling list: form_response_state_changed',
    method: 'triggers.form_response_state_changed.operation.perform',
    input: fc
      .record({
        items: fc.array(
          fc.oneof(
            fc.constantFrom<unknown>(null, 'oops', 42, [], true),
            fc.record({ uuid: fc.constantFrom<unknown>(undefined, null, 'r-1', 'r-2', ''), flow_status: fc.constantFrom('approved', 'denied', 'pending', 'weird'), current_state: fc.constantFrom(undefined, 'approved', 'x') }),
          ),
          { maxLength: 30 },
        ),
        padding: fc.integer({ min: 0, max: 3000 }),
        status: fc.constantFrom(undefined, 'approved', 'denied', 'pending'),
      })
      .map(({ items, padding, status }) => ({
        bundle: { inputData: { form: FORM, status } },
        answers: [ok([...items, ...Array.from({ length: padding }, (_, n) => ({ uuid: `p-${n}`, flow_status: 'approved', current_state: 'approved' }))])],
      })),
    check: (output) => {
      const items = Array.isArray(output) ? (output as Array<{ id?: unknown }>) : [];
      if (items.length > 100) return `${items.length} items from a poll that asked for 100`;
      return new Set(items.map((i) => i.id)).size === items.length ? undefined : 'two items with one id';
    },
  },
  {
    name: 'giant questions: submit_form_response fields',
    method: 'creates.submit_form_response.operation.inputFields',
    input: fc
      .record({ size: fc.constantFrom(10, 1_000, 100_000, 1_000_000), unit: fc.constantFrom('Why ', 'x', '\n', '😀', '<b>') })
      .map(({ size, unit }) => {
        const giant = unit.repeat(Math.ceil(size / unit.length));
        const question = { uuid: '0b6c3e1a-2d4f-4a8b-9c7d-1e2f3a4b5c6d', question: giant, short_question: `S ${giant}`, question_type: 'multiple_choice', required: true, choices: [{ label: giant, value: 'v' }] };
        return { bundle: { inputData: { form: FORM } }, answers: [ok({ uuid: FORM, name: giant, questions: [question, { ...question, uuid: '1c7d4f2b-3e5a-4b9c-8d6e-2f3a4b5c6d7e', question_type: 'text', choices: [] }] })] };
      }),
    check: (output) => {
      const fields = (Array.isArray(output) ? output : []) as Array<{ label?: unknown; helpText?: unknown; choices?: Array<{ label: unknown }> }>;
      for (const field of fields) {
        if (typeof field.label === 'string' && field.label.length > 120) return `a label of ${field.label.length} characters`;
        if (typeof field.helpText === 'string' && field.helpText.length > 1000) return `a help text of ${field.helpText.length} characters`;
        for (const choice of field.choices ?? []) if (typeof choice.label === 'string' && choice.label.length > 120) return `a choice label of ${choice.label.length} characters`;
      }
      return undefined;
    },
  },
  {
    name: 'hostile emails: invite_user',
    method: 'creates.invite_user.operation.perform',
    input: fc.array(hostileEmail, { minLength: 1, maxLength: 4 }).map((users) => ({ bundle: { inputData: { users } }, answers: [ok({ users_invited: { count: 1, members: ['ann@example.com'] } })] })),
    check: (_output, _requests, sent) => {
      const invited = sent.flatMap((body) => texts((body as { users_identifiers?: unknown } | null)?.users_identifiers));
      const bad = invited.find((email) => !EMAIL_PATTERN.test(email));
      return bad === undefined ? undefined : `sent DailyBot ${JSON.stringify(bad.slice(0, 40))}`;
    },
  },
  {
    name: 'hostile emails: find_checkin_non_respondents',
    method: 'searches.find_checkin_non_respondents.operation.perform',
    input: fc.array(hostileEmail, { minLength: 1, maxLength: 5 }).map((emails) => {
      const checkin = { uuid: 'b1b292b3-29b2-4235-8103-321ed749db8d', id: 'b1b292b3-29b2-4235-8103-321ed749db8d', name: 'Standup', is_anonymous: false, pending_users: emails.map((email, n) => ({ ...person(n), email })) };
      return { bundle: { inputData: { checkin: checkin.uuid } }, answers: [ok({ count: 1, next: null, results: [checkin] }), ok({ count: 0, next: null, results: [] })] };
    }),
    check: (output) => {
      const [result] = (Array.isArray(output) ? output : []) as Array<{ pending_emails?: unknown }>;
      const list = typeof result?.pending_emails === 'string' ? result.pending_emails : '';
      const bad = list === '' ? undefined : list.split(', ').find((email) => !EMAIL_PATTERN.test(email));
      return bad === undefined ? undefined : `Pending Emails holds ${JSON.stringify(bad.slice(0, 40))}`;
    },
  },
];
