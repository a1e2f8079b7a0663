/**
 * Deliveries that cannot break a trigger, through each trigger's perform: no bearer kept (issue 12
 * item 5), no ID or no user (item 13), answers too big or too deep (items 8, 9), dates that are not
 * dates (item 10), and templated questions (issue 11 item 4).
 */
import * as completed from '../../src/triggers/checkin-response-completed';
import { instantTriggerSteps } from '../../src/triggers';
import { TEXT_LIMIT } from '../../src/triggers/normalize/text';
import { checkinResponseBody, envelope, Q1 } from '../fixtures/webhooks';
import { expectNoSecrets } from '../helpers';
import { BEARER, deliver } from './hook-cases';

describe('a subscription without a bearer', () => {
  it('refuses the delivery and logs why, without any secret', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const items = await deliver(completed, envelope('followups.response.completed', checkinResponseBody()), { bearer: null, headers: { 'Http-X-Bearer': BEARER } });
    expect(items).toEqual([]);
    const lines = log.mock.calls.map((call) => call.join(' ')).join('\n');
    expect(lines).toMatch(/Ignored a delivery: this Zap’s DailyBot subscription holds no bearer secret/);
    expect(lines).not.toContain(BEARER);
    log.mockRestore();
  });

  it('logs why a delivery with a wrong bearer was ignored', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await expect(deliver(completed, envelope('followups.response.completed', checkinResponseBody()), { headers: { 'Http-X-Bearer': 'guess' } })).resolves.toEqual([]);
    expect(log.mock.calls.flat().join('\n')).toMatch(/X-BEARER header does not match/);
    log.mockRestore();
  });
});

describe.each(instantTriggerSteps.map((m) => [m.default.key, m] as const))('%s: a delivery without an ID or a user', (_key, trigger) => {
  const event = String(trigger.default.operation.sample?.event);
  const body = { has_issue: true, content: { note: 'hello' } };

  it('is passed on, under an ID made from its content and timestamp', async () => {
    const [item] = await deliver(trigger, envelope(event, body, 1707154471.5));
    expect(item).toBeDefined();
    expect(item!.id).toMatch(/^derived:[0-9a-f]{32}/);
    const parsed = trigger.output.safeParse(item);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));

    const [again] = await deliver(trigger, envelope(event, { content: { note: 'hello' }, has_issue: true }, 1707154471.5));
    const [later] = await deliver(trigger, envelope(event, body, 1707154999));
    const [other] = await deliver(trigger, envelope(event, { ...body, content: { note: 'bye' } }, 1707154471.5));
    expect(again!.id).toBe(item!.id);
    expect(later!.id).not.toBe(item!.id);
    expect(other!.id).not.toBe(item!.id);
  });

  it('keeps dates that are not dates as null, and what DailyBot sent beside them', async () => {
    const [item] = await deliver(trigger, envelope(event, { ...body, created_at: 'build 7', user: { uuid: 'u-1', timeoff_start: '-1' } }, '20000-01-01'));
    expect(item!.event_timestamp).toBeNull();
    expect(item!.unreadable_dates).toContain('event_timestamp: 20000-01-01');
    if ('created_at' in item!) {
      expect(item!.created_at).toBeNull();
      expect(item!.unreadable_dates).toContain('created_at: build 7');
    }
    if ('user_timeoff_start' in item!) expect(item!.unreadable_dates).toContain('user_timeoff_start: -1');
  });
});

describe('answers a responder can type', () => {
  const withAnswer = (answer: unknown) => {
    const body = checkinResponseBody();
    (body.content as Record<string, unknown>)[Q1] = answer;
    return envelope('followups.response.completed', body);
  };

  it('an answer nested 3,000 lists deep gives an item, not a RangeError with the bundle in it', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 3000; i++) deep = [deep];
    const [item] = await deliver(completed, withAnswer(deep));
    expect(item!.answer_1).toBe('…');
  });

  it('a 5 MB answer gives each output text at most TEXT_LIMIT characters, marked where it was cut', async () => {
    const huge = `<p>${'word '.repeat(1_000_000)}</p>`;
    const [item] = await deliver(completed, withAnswer(huge));
    const answers = item!.answers as Array<Record<string, string>>;
    for (const text of [answers[0]!.response, answers[0]!.response_text, item!.answer_1, item!.answers_text] as string[]) {
      expect(text.length).toBeLessThanOrEqual(TEXT_LIMIT);
    }
    expect(item!.answer_1).toMatch(/\[… cut here by the Zapier app: [\d,]+ more characters\]$/);
    expect(JSON.stringify(item).length).toBeLessThan(5 * TEXT_LIMIT);
    expectNoSecrets(JSON.stringify(item));
  });
});

describe('templated questions (Pipedream’s check-in sample)', () => {
  const template = 'Your previous day plan ({previous_response_date}):\n{previous_response_#2}\n\nWhat did you complete in your previous workday?';

  const templated = (withoutVariables: string | null) => {
    const body = checkinResponseBody();
    const [first, second] = body.questions.fields;
    Object.assign(first!, {
      question: template,
      question_without_special_vars: withoutVariables,
      extra_params: { i18n: { es: { question: 'Tu plan ({previous_response_date})', question_without_special_vars: '¿En qué trabajaste?' } }, special_vars: ['previous_response_#2', 'previous_response_date'] },
    });
    Object.assign(second!, { question: 'Plans for {date}?', question_without_special_vars: null });
    return envelope('followups.response.completed', body);
  };

  it.each([['given', 'What did you complete in your previous workday?'], ['null', null]])(
    'question labels, question_N and answers_text show the readable question (question_without_special_vars %s)',
    async (_name, withoutVariables) => {
      const [item] = await deliver(completed, templated(withoutVariables));
      expect(item!.question_1).toBe('What did you complete in your previous workday?');
      expect(item!.question_2).toBe('Plans for?');
      const answers = item!.answers as Array<{ question: string }>;
      expect(answers[0]!.question).toBe('What did you complete in your previous workday?');
      expect(JSON.stringify(item)).not.toMatch(/\{previous_response|\{date\}/);
      expect(item!.answers_text).toContain('Previous work day progress: Shipped the billing export');
    },
  );

  it('labels an answer with no short question by its readable question', async () => {
    const request = templated(null);
    const fields = (request.body as ReturnType<typeof checkinResponseBody>).questions.fields;
    Object.assign(fields[0]!, { question_short: null });
    const [item] = await deliver(completed, request);
    expect(item!.answers_text).toMatch(/^What did you complete in your previous workday\?: Shipped/);
  });
});
