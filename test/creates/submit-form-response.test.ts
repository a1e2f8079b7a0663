import nock from 'nock';

import App from '../../index';
import { API, appTester, authData, errorOf } from '../helpers';
import { FORM, nockForm, Q_COUNT, Q_DAYS, Q_KIND, Q_PAID, RESPONSE, vacationForm } from '../fixtures/forms';
import { failsBeforeAnyRequest, runAction } from './support';

const submit = (inputData: Record<string, unknown>) => runAction('submit_form_response', inputData);
const PATH = `/forms/${FORM}/responses/`;
const answers = { [`answer_${Q_DAYS}`]: 'March 3 to March 7', [`answer_${Q_COUNT}`]: '5' };

describe('Submit Form Response', () => {
  it('turns the form’s questions into typed fields: text, number, yes/no, choices; required as the form says', async () => {
    nockForm();
    const fields = (await appTester(App.creates!.submit_form_response!.operation.inputFields!.at(-1) as never, { authData, inputData: { form: FORM } } as never)) as unknown[];
    expect(fields).toEqual([
      expect.objectContaining({ key: `answer_${Q_DAYS}`, label: 'Which days will you be away?', type: 'text', required: true }),
      expect.objectContaining({ key: `answer_${Q_COUNT}`, label: 'How many days?', type: 'number', required: true }),
      expect.objectContaining({ key: `answer_${Q_PAID}`, label: 'Paid leave?', type: 'boolean', required: false }),
      expect.objectContaining({
        key: `answer_${Q_KIND}`,
        type: 'string',
        required: false,
        choices: [
          { value: 'Vacation', label: 'Vacation', sample: 'Vacation' },
          { value: 'Sick leave', label: 'Sick leave', sample: 'Sick leave' },
        ],
      }),
    ]);
  });

  it('bounds a giant question’s label, help and choice labels (Zapier allows a help text 1,000 characters), with an ellipsis', async () => {
    const giant = 'Why\n'.repeat(250_000); // 1 MB
    const form = vacationForm();
    form.questions = [
      { ...form.questions[0]!, question: giant, short_question: `Short ${giant}` },
      { ...form.questions[3]!, choices: [{ label: `Choice ${giant}`, value: 'big' }] },
    ];
    nockForm(form);
    const fields = (await appTester(App.creates!.submit_form_response!.operation.inputFields!.at(-1) as never, { authData, inputData: { form: FORM } } as never)) as Array<{
      label: string;
      helpText: string;
      choices?: Array<{ value: string; label: string }>;
    }>;
    const [text, choice] = fields;
    expect(text!.label).toHaveLength(120);
    expect(text!.label).toMatch(/^Why Why .*…$/);
    expect(text!.helpText.length).toBeLessThanOrEqual(1000);
    expect(text!.helpText).toMatch(/^Short Why .*…\. Text\. The form requires an answer\.$/);
    expect(choice!.choices![0]!.label.length).toBeLessThanOrEqual(120);
    expect(choice!.choices![0]!.label.endsWith('…')).toBe(true);
    expect(choice!.choices![0]!.value).toBe(`Choice ${giant}`); // sent as DailyBot has it
  });

  it('reads the form, then posts typed answers by question ID as an automation from Zapier; outputs the new response', async () => {
    nockForm();
    nock(API)
      .post(PATH, {
        content: { [Q_DAYS]: 'March 3 to March 7', [Q_COUNT]: 5, [Q_PAID]: true, [Q_KIND]: 'Sick leave' },
        automation: true,
        guest_user: { full_name: 'Ann Lee', email: 'ann@example.com' },
        submission_source: 'Zapier',
      })
      .reply(201, { uuid: RESPONSE, current_state: 'requested', allowed_transitions: [], can_change_state: false });
    const result = await submit({
      form: FORM,
      ...answers,
      [`answer_${Q_PAID}`]: 'yes',
      [`answer_${Q_KIND}`]: 'sick', // a choice's value is sent as its label
      guest_full_name: 'Ann Lee',
      guest_email: 'ann@example.com',
    });
    expect(result).toEqual({
      id: RESPONSE,
      form_uuid: FORM,
      form_name: 'Vacation request',
      can_change_state: false,
      current_state: 'requested',
      flow_status: null,
      answers: [
        { question_uuid: Q_DAYS, question: 'Which days will you be away?', answer: 'March 3 to March 7' },
        { question_uuid: Q_COUNT, question: 'How many days?', answer: '5' },
        { question_uuid: Q_PAID, question: 'Paid leave?', answer: 'true' },
        { question_uuid: Q_KIND, question: 'What kind of leave?', answer: 'Sick leave' },
      ],
    });
  });

  it('names every answer that does not fit its question, before sending anything', async () => {
    nockForm();
    const error = await failsBeforeAnyRequest(() => submit({ form: FORM, [`answer_${Q_COUNT}`]: 'five', [`answer_${Q_PAID}`]: 'maybe', [`answer_${Q_KIND}`]: 'Holiday' }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('“Which days will you be away?” is required by the form');
    expect(error.message).toContain('“How many days?” must be a number');
    expect(error.message).toContain('“Paid leave?” must be yes or no');
    expect(error.message).toContain('“What kind of leave?” must be one of: Vacation, Sick leave');
  });

  it('says plainly that a form requiring name and email needs the guest fields', async () => {
    nockForm(vacationForm({ require_email_and_name: true }));
    const error = await failsBeforeAnyRequest(() => submit({ form: FORM, ...answers }));
    expect(error).toMatchObject({ code: 'guest_user_required' });
    expect(error.message).toContain('Fill in “Guest Full Name” and “Guest Email”');
  });

  it('refuses a guest email without a name, and an email that is not one', async () => {
    const error = await failsBeforeAnyRequest(() => submit({ form: FORM, guest_email: 'not-an-email' }));
    expect(error.message).toContain('“Guest Email” must be an email address');
  });

  it.each([
    [402, { detail: 'Payment required' }, 'payment_required', 'used up the form responses its plan allows'],
    [400, { detail: 'guest_user_required', code: 'guest_user_required' }, 'guest_user_required', 'Fill in “Guest Full Name”'],
    [404, { detail: 'Not found.', code: 'form_does_not_exists' }, 'form_does_not_exists', 'Pick the form again'],
  ])('explains HTTP %i', async (status, body, _code, message) => {
    nockForm();
    nock(API).post(PATH).reply(status, body);
    const error = await errorOf(submit({ form: FORM, ...answers }));
    expect(error.message).toContain(message);
  });
});
