import nock from 'nock';

import { creates } from '../../src/creates';
import { questionId } from '../../src/creates/shared/callback';
import { API, appTester, authData, errorOf } from '../helpers';
import { failsBeforeAnyRequest, john, nockDirectory, runAction } from './support';

/** The callback URL zapier-platform-core's app tester hands every run. */
const CALLBACK = 'https://auth-json-server.zapier-staging.com/echo';
const Q = questionId(CALLBACK);
const ask = (inputData: Record<string, unknown>) => runAction('ask_in_chat', inputData);

const waiting = {
  bot_message_id: '$db/5b0d7c1e-1',
  question_id: Q,
  question: 'Can you help?',
  choices: ['Yes', 'Not now'],
  target_users: [john.uuid],
  target_channels: [],
  users: [{ uuid: john.uuid, email: 'john@example.com', full_name: 'John Wick', first_name: 'John', last_name: 'Wick' }],
};

/** performResume as Zapier runs it: the perform's output and what the click POSTed. */
const resume = (cleanedRequest: unknown) =>
  appTester(creates.ask_in_chat!.operation.performResume as never, { authData, inputData: {}, outputData: waiting, cleanedRequest } as never, true) as Promise<
    Record<string, unknown>
  >;

describe('Ask in Chat and Wait for an Answer', () => {
  it('sends one interactive button per choice, each with the run’s callback URL and a value tagged with this question', async () => {
    nockDirectory();
    nock(API)
      .post('/send-message/', {
        message: 'Can you help?',
        target_users: [john.uuid],
        buttons: [
          { label: 'Yes', button_type: 'interactive', value: `${Q}:1`, callback_url: CALLBACK },
          { label: 'Not now', button_type: 'interactive', value: `${Q}:2`, callback_url: CALLBACK },
        ],
      })
      .reply(200, { bot_message_id: '$db/5b0d7c1e-1' });
    await expect(ask({ message: 'Can you help?', target_users: ['john@example.com'], choices: ['Yes', 'Not now'] })).resolves.toEqual(waiting);
  });

  it('asks in a channel, choices given as one mapped text', async () => {
    nock(API)
      .post('/send-message/', (body: { target_channels: unknown; buttons: Array<{ label: string }> }) => {
        expect(body.target_channels).toEqual([{ id: 'C0123', is_channel_message: true }]);
        return body.buttons.map((b) => b.label).join('|') === 'Ship it|Wait|Cancel';
      })
      .reply(200, { bot_message_id: '$db/2' });
    await expect(ask({ message: 'Release?', target_channels: ['C0123'], choices: 'Ship it, Wait\nCancel' })).resolves.toMatchObject({
      choices: ['Ship it', 'Wait', 'Cancel'],
      target_channels: ['C0123'],
    });
  });

  it.each([
    ['one choice', { message: 'Q?', target_channels: 'C1', choices: ['Yes'] }, '“Answer Buttons” needs at least 2 answers'],
    ['11 choices', { message: 'Q?', target_channels: 'C1', choices: Array.from({ length: 11 }, (_, i) => `c${i}`) }, '“Answer Buttons” takes at most 10 answers'],
    ['a repeated choice', { message: 'Q?', target_channels: 'C1', choices: ['Yes', 'yes'] }, '“Answer Buttons” must not repeat an answer'],
    ['nobody to ask', { message: 'Q?', choices: ['Yes', 'No'] }, 'name who to ask in “Users” or “Channels”'],
    ['no question', { target_channels: 'C1', choices: ['Yes', 'No'] }, '“Question” is required'],
    ['choices given as an object with no prototype', { message: 'Q?', target_channels: 'C1', choices: Object.create(null) as object }, '“Answer Buttons”'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => ask(inputData));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });

  describe('performResume', () => {
    const who = { uuid: john.uuid, full_name: 'John Wick', email: 'john@example.com' };
    it.each([
      ['the value at the top level, who clicked beside it (the sandbox’s shape)', { value: `${Q}:1`, user: who, clicked_at: '2026-03-31T14:05:09Z' }, 'Yes', who],
      ['the button nested, no one named', { button: { label: 'Not now', value: `${Q}:2` } }, 'Not now', { uuid: null, full_name: null, email: null }],
      ['Slack-style actions[] and user fields beside them', { actions: [{ value: `${Q}:2` }], user_uuid: john.uuid, user_email: 'john@example.com' }, 'Not now', { ...who, full_name: null }],
      ['a JSON text under payload', { payload: JSON.stringify({ action: { value: `${Q}:1` }, clicked_by: { id: john.uuid, name: 'John Wick' } }) }, 'Yes', { ...who, email: null }],
      ['button_value under data', { data: { button_value: `${Q}:1` } }, 'Yes', { uuid: null, full_name: null, email: null }],
    ])('accepts %s', async (_name, body, answer, by) => {
      const result = await resume(body);
      expect(result).toMatchObject({
        ...waiting,
        answer,
        answered_by_uuid: by.uuid,
        answered_by_name: by.full_name,
        answered_by_email: by.email,
        raw_callback: JSON.stringify(body),
      });
      expect(result.answer_number).toBe(waiting.choices.indexOf(answer) + 1);
      expect(String(result.answered_at)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    });

    it('keeps the run’s callback URL (a secret) out of raw_callback when the click echoes it (issue 19 item 9)', async () => {
      const body = {
        value: `${Q}:1`,
        callback_url: CALLBACK,
        note: `posted to ${CALLBACK}.`,
        payload: JSON.stringify({ button: { callback_url: 'https://hooks.zapier.com/hooks/callback/9/8/7/' } }),
        link: 'https://www.dailybot.com/kept',
      };
      const result = await resume(body);
      expect(result.answer).toBe('Yes');
      const raw = String(result.raw_callback);
      expect(raw).not.toContain('auth-json-server');
      expect(raw).not.toContain('hooks.zapier.com');
      expect(JSON.parse(raw)).toMatchObject({ value: `${Q}:1`, callback_url: '[hidden]', note: 'posted to [hidden].', link: 'https://www.dailybot.com/kept' });
    });

    it('resumes a question asked before people had first and last names (their names read as unknown)', async () => {
      const before = { ...waiting, users: [{ uuid: john.uuid, email: 'john@example.com', full_name: 'John Wick' }] };
      const result = (await appTester(
        creates.ask_in_chat!.operation.performResume as never,
        { authData, inputData: {}, outputData: before, cleanedRequest: { value: `${Q}:1` } } as never,
        true,
      )) as Record<string, unknown>;
      expect(result).toMatchObject({ answer: 'Yes', users: [{ uuid: john.uuid, full_name: 'John Wick', first_name: null, last_name: null }] });
    });

    it('takes the time DailyBot gives for the click (epoch seconds)', async () => {
      await expect(resume({ value: `${Q}:1`, timestamp: 1774965909 })).resolves.toMatchObject({ answered_at: '2026-03-31T14:05:09.000Z' });
    });

    it.each([
      ['a value of another question', { value: 'q0123456789:1' }, 'ask_in_chat_unknown_answer'],
      ['a choice number this question did not offer', { value: `${Q}:3` }, 'ask_in_chat_unknown_answer'],
      ['a label without our value', { value: 'Yes' }, 'ask_in_chat_unknown_answer'],
      ['no value at all', { user: who }, 'ask_in_chat_no_answer'],
      ['an empty callback', undefined, 'ask_in_chat_no_answer'],
      ['two different choices at once', { value: `${Q}:1`, actions: [{ value: `${Q}:2` }] }, 'ask_in_chat_ambiguous_answer'],
    ])('refuses %s with a clear error, never an invented answer', async (_name, body, code) => {
      const error = await errorOf(resume(body));
      expect(error).toMatchObject({ name: 'AppError', code });
      expect(error.message).toContain('Can you help?');
      expect(error.message).toContain('instead of guessing an answer');
    });
  });
});
