import nock from 'nock';

import { API, errorOf, expectNoSecrets } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { FORM, nockForm, Q_COUNT, Q_DAYS, Q_KIND, Q_PAID, RESPONSE, stateResponse } from '../fixtures/forms';
import { output } from '../../src/creates/update-form-response';
import { creates } from '../../src/creates';
import { failsBeforeAnyRequest, runAction } from './support';

const PATH = `/forms/${FORM}/responses/${RESPONSE}/`;
const update = (inputData: Record<string, unknown>) => runAction('update_form_response', { form: FORM, response: RESPONSE, ...inputData });

describe('Update Form Response', () => {
  it('PATCHes only the answers filled in, typed as the form says; the output is Find Form Response’s', async () => {
    nockForm();
    nock(API)
      .patch(PATH, { content: { [Q_COUNT]: 6, [Q_KIND]: 'Sick leave' } })
      .reply(200, stateResponse({ content: { [Q_DAYS]: 'March 3 to March 7', [Q_COUNT]: 6, [Q_KIND]: 'Sick leave' }, edited: true }));
    const result = await update({ [`answer_${Q_COUNT}`]: '6', [`answer_${Q_KIND}`]: 'sick', [`answer_${Q_DAYS}`]: '  ', [`answer_${Q_PAID}`]: '' });
    expect(output.safeParse(result).success).toBe(true);
    expect(result).toMatchObject({
      response_uuid: RESPONSE,
      form_name: 'Vacation request',
      question_1: 'Which days will you be away?',
      answer_1: 'March 3 to March 7',
      answer_2: '6',
      answer_4: 'Sick leave',
      current_state: 'approved',
      response_count: 1,
    });
  });

  it('needs at least one answer, and checks answers against the form, before the PATCH', async () => {
    nockForm();
    const nothing = await failsBeforeAnyRequest(() => update({}));
    expect(nothing.message).toContain('fill in the answer of at least one question');
    nockForm();
    const bad = await failsBeforeAnyRequest(() => update({ [`answer_${Q_COUNT}`]: 'five' }));
    expect(bad).toMatchObject({ code: 'invalid_input' });
    expect(bad.message).toContain('must be a number');
  });

  it('offers the form’s questions as inputs, none required, each saying an empty one is kept', async () => {
    nockForm();
    const { appTester, authData } = await import('../helpers');
    const dynamic = (creates.update_form_response!.operation.inputFields as unknown[]).at(-1);
    const fields = (await appTester(dynamic as never, { authData, inputData: { form: FORM } } as never)) as Array<{ key: string; required: boolean; helpText: string }>;
    expect(fields.map((f) => f.key)).toEqual([`answer_${Q_DAYS}`, `answer_${Q_COUNT}`, `answer_${Q_PAID}`, `answer_${Q_KIND}`]);
    expect(fields.every((f) => !f.required && f.helpText.includes('Leave empty to keep the answer given.'))).toBe(true);
  });

  it.each([
    ['403 form_response_edit_forbidden (CLI API reference: not the author, owner or an admin)', 403, { detail: 'Forbidden.', code: 'form_response_edit_forbidden' }, 'only its author, the form’s owner and organization admins may'],
    ['404 form_response_not_found (forms skill: own responses only)', 404, { detail: 'Not found.', code: 'form_response_not_found' }, 'lets only the person who submitted a response edit it'],
    ['a plain 404', 404, { detail: 'Not found.' }, 'Either it does not exist (deleted, or from another form)'],
  ])('says it is about permission on %s', async (_name, status, body, message) => {
    nockForm();
    nock(API).patch(PATH).reply(status, body);
    const error = await errorOf(update({ [`answer_${Q_COUNT}`]: 6 }));
    expect(error.message).toContain(message);
    expect(error.message).toContain('API key');
    expectNoSecrets(error.message);
  });

  it('keeps DailyBot’s plan message for a 403 plan_* answer', async () => {
    nockForm();
    nock(API).patch(PATH).reply(403, seeds.errors.planUpgrade);
    const error = await errorOf(update({ [`answer_${Q_COUNT}`]: 6 }));
    expect(error.message).toContain('https://app.dailybot.com/billing');
  });

  it.each([
    ['no response', { response: '' }, '“Response” is required'],
    ['a response that is no ID', { response: '../../users' }, '“Response”'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => update(inputData));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });
});
