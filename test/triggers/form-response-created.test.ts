import * as trigger from '../../src/triggers/form-response-created';
import { envelope, FORM_UUID, formResponseBody } from '../fixtures/webhooks';
import { freezeNow, mockRecentFormResponses } from './form-list';
import { deliver, describeHook } from './hook-cases';

beforeEach(() => {
  freezeNow();
});

describeHook({
  module: trigger,
  key: 'form_response_created',
  label: 'New Form Response',
  event: 'forms.response.created',
  filter: { key: 'form', value: FORM_UUID, subscribed: true },
  body: formResponseBody,
  mockList: () => mockRecentFormResponses(),
  expected: { id: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c', user_email: 'john@example.com', answer_2: 'Family trip — Cartagena', has_blocker: false },
});

describe('form_response_created: the chosen form', () => {
  it('says which form the response is for: the one the Zap chose, since the payload names none', async () => {
    const items = await deliver(trigger, envelope('forms.response.created', formResponseBody()), { inputData: { form: FORM_UUID } });
    expect(items).toEqual([expect.objectContaining({ form_uuid: FORM_UUID, form_name: null })]);
  });

  it('drops a delivery whose payload names another form', async () => {
    const body = { ...formResponseBody(), form: { uuid: 'another-form', name: 'Expenses' } };
    await expect(deliver(trigger, envelope('forms.response.created', body), { inputData: { form: FORM_UUID } })).resolves.toEqual([]);
  });

  it('keeps the form a payload names, with its name, when no form is chosen', async () => {
    const body = { ...formResponseBody(), form: { uuid: FORM_UUID, name: 'Vacation request' } };
    const items = await deliver(trigger, envelope('forms.response.created', body));
    expect(items).toEqual([expect.objectContaining({ form_uuid: FORM_UUID, form_name: 'Vacation request' })]);
  });
});
