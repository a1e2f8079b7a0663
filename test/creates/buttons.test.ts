/**
 * Message buttons against DailyBot's whole contract (dailybot-api-more.md §8.1), in Send Message and Update Message:
 * links sent as the normalized URL (issue 19 item 3), buttons that run a workflow or open a form, the legacy
 * Command's label_after_click, and every button DailyBot would refuse stopped before any request, by name.
 */
import nock from 'nock';

import { API, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { failsBeforeAnyRequest, runAction } from './support';

const WORKFLOW = '7d1c2a9e-5b4f-4c3d-8e2a-1f0b9c8d7e6a';
const FORM = '3f2b9c1a-8d7e-4f6a-9b5c-2e1d0c9b8a7f';
const base = { message: 'Vacation request', target_teams: [seeds.team.uuid] };
const send = (buttons: unknown) => runAction('send_message', { ...base, buttons });
const update = (buttons: unknown) => runAction('update_message', { ...base, bot_message_id: '$db/ae007b43-1', buttons });

/** nock for one POST /send-message/ whose buttons must be exactly `buttons`. */
const expectButtons = (buttons: unknown[]) =>
  nock(API)
    .post('/send-message/', (body: { buttons?: unknown }) => JSON.stringify(body.buttons) === JSON.stringify(buttons))
    .reply(200, { bot_message_id: '$db/1' });

describe('buttons that run a workflow or open a form', () => {
  it.each([
    ['Send Message', send],
    ['Update Message', update],
  ])('%s sends them as interactive buttons with exactly one callback; an empty value is the label', async (_step, run) => {
    expectButtons([
      { label: 'Approve', button_type: 'interactive', value: 'approve', callback_workflow: WORKFLOW },
      { label: 'Request time off', button_type: 'interactive', value: 'Request time off', callback_form: FORM },
      { label: 'Plan', button_type: 'interactive', value: 'Plan', callback_workflow: WORKFLOW },
    ]);
    await run([
      { label: 'Approve', button_type: 'Workflow', workflow: WORKFLOW, value: 'approve' },
      { label: 'Request time off', button_type: 'form', form: ` ${FORM} ` },
      // no type: a picked workflow makes it a Workflow button
      { label: 'Plan', workflow: WORKFLOW },
    ]);
  });

  it.each([
    ['a Workflow button without a workflow', { label: 'Go', button_type: 'Workflow' }, '“Buttons” (item 1) “Workflow” is required for a Workflow button'],
    ['a Form button without a form', { label: 'Go', button_type: 'Form' }, '“Buttons” (item 1) “Form” is required for a Form button'],
    ['a workflow that is not an ID', { label: 'Go', workflow: '../../admin' }, '“Buttons” (item 1) “Workflow” must be picked from the list'],
    ['a link with a workflow (link_and_callback_conflict)', { label: 'Go', url: 'https://x.example', workflow: WORKFLOW }, '“Workflow” belongs to Workflow buttons, not to a Link button'],
    ['a workflow and a form (callback_conflict)', { label: 'Go', button_type: 'Workflow', workflow: WORKFLOW, form: FORM }, '“Form” belongs to Form buttons, not to a Workflow button'],
    ['a Form button with an after-click label', { label: 'Go', form: FORM, label_after_click: 'Done' }, '“Label After Click” belongs to Command buttons, not to a Form button'],
    ['a label over 75 characters', { label: 'x'.repeat(76), url: 'https://x.example' }, '“Buttons” (item 1) “Label” must be at most 75 characters'],
    ['a value over 2000 characters', { label: 'Go', value: 'x'.repeat(2001) }, '“Buttons” (item 1) “Value” must be at most 2000 characters'],
    ['an after-click label over 150 characters', { label: 'Go', value: '/x', label_after_click: 'x'.repeat(151) }, '“Label After Click” must be at most 150 characters'],
  ])('refuses %s before any request, naming the button', async (_what, button, message) => {
    const error = await failsBeforeAnyRequest(() => send([button]));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });

  it('names the second button when it is the broken one', async () => {
    const error = await failsBeforeAnyRequest(() => send([{ label: 'Ok', url: 'https://x.example' }, { label: 'Run', button_type: 'Workflow' }]));
    expect(error.message).toContain('“Buttons” (item 2) “Workflow” is required');
  });

  it.each([
    ['button_callback_workflow_not_found', 'start “When triggered via API or button” and be active'],
    ['button_callback_form_not_found', 'Pick it again in the button’s “Form”'],
  ])('explains DailyBot’s %s', async (code, what) => {
    nock(API).post('/send-message/').reply(400, { detail: code, code });
    const error = await errorOf(send([{ label: 'Go', workflow: WORKFLOW }]));
    expect(error).toMatchObject({ code, status: 400 });
    expect(error.message).toContain(`(DailyBot code: ${code})`);
    expect(error.message).toContain(what);
  });
});

describe('the legacy Command button', () => {
  it('always carries label_after_click (the help center requires it): an empty one is the label', async () => {
    expectButtons([
      { label: 'Standup', button_type: 'Command', value: '/standup', label_after_click: 'Started' },
      { label: 'Retro', button_type: 'Command', value: '/retro', label_after_click: 'Retro' },
    ]);
    await send([
      { label: 'Standup', value: '/standup', label_after_click: 'Started' },
      { label: 'Retro', button_type: 'Command', value: '/retro', label_after_click: '  ' },
    ]);
  });
});

describe('link buttons: the URL sent is the one checked (issue 19 item 3)', () => {
  it.each([
    ['HTTPS://Example.COM/a b'.replace(' ', '%20'), 'https://example.com/a%20b'],
    ['https://bücher.example/straße?q=ä', 'https://xn--bcher-kva.example/stra%C3%9Fe?q=%C3%A4'],
    ['https://example.com', 'https://example.com/'],
    ['  https://example.com/path/../x  ', 'https://example.com/x'],
  ])('sends %j as %j', async (typed, sent) => {
    expectButtons([{ label: 'Open', button_type: 'link', url: sent }]);
    await send([{ label: 'Open', url: typed }]);
  });

  it.each([
    ['no slashes', 'https:evil.example.com'],
    ['one slash', 'https:/evil.example.com'],
    ['backslashes', 'https:\\\\evil.example.com\\x'],
    ['a backslash in the path', 'https://example.com\\@evil.example.com'],
    ['a line break', 'https://example.com/\r\nSet-Cookie: x=1'],
    ['a bare line feed', 'https://example.com/a\nb'],
    ['a tab', 'https://exam\tple.com/'],
    ['a space', 'https://example.com/a b'],
    ['a NUL', 'https://example.com/\u0000'],
    ['another control character', 'https://example.com/\u001b[31m'],
    ['a user name and password', 'https://app.dailybot.com:pw@evil.example.com/'],
    ['no host', 'https:///path'],
    ['another scheme', 'javascript://example.com/%0aalert(1)'],
    ['over 2048 characters', `https://example.com/${'a'.repeat(2040)}`],
  ])('refuses a link with %s before any request', async (_what, url) => {
    const error = await failsBeforeAnyRequest(() => send([{ label: 'Open', url }]));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain('“Buttons” (item 1) “URL”');
  });

  it('the Image URL is sent normalized and refused alike', async () => {
    nock(API).post('/send-message/', (body: { image_url?: string }) => body.image_url === 'https://example.com/a%20b.png').reply(200, { bot_message_id: '$db/1' });
    await runAction('send_message', { ...base, image_url: 'HTTPS://EXAMPLE.com/a%20b.png' });
    const error = await failsBeforeAnyRequest(() => runAction('send_message', { ...base, image_url: 'https:evil.example.com/a.png' }));
    expect(error.message).toContain('“Image URL” must be a full https:// link');
  });
});

describe('a label that is not text (issue 19 item 4)', () => {
  it.each([
    ['an object whose toString is not a function', { toString: 1 }],
    ['an object without a prototype', Object.create(null) as object],
    ['a list', ['a', 'b']],
    ['a number', 7],
  ])('%s is an invalid input, not a TypeError, in Send Message and Update Message', async (_what, label) => {
    for (const run of [send, update]) {
      const error = await failsBeforeAnyRequest(() => run([{ label, url: 'https://example.com' }]));
      expect(error).toMatchObject({ code: 'invalid_input' });
      expect(error.message).toContain('“Buttons” (item 1) “Label”');
      expect(error.name).not.toBe('TypeError');
    }
  });

  it('any other field given as an object is refused the same way', async () => {
    const error = await failsBeforeAnyRequest(() => send([{ label: 'Go', url: { toString: 1 } }]));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain('“Buttons” (item 1) “URL”');
  });
});
