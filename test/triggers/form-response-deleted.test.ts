import * as trigger from '../../src/triggers/form-response-deleted';
import { envelope, FORM_UUID, formResponseBody } from '../fixtures/webhooks';
import { freezeNow, mockRecentFormResponses } from './form-list';
import { deliver, describeHook } from './hook-cases';

beforeEach(() => {
  freezeNow();
});

describeHook({
  module: trigger,
  key: 'form_response_deleted',
  label: 'Deleted Form Response',
  event: 'forms.response.deleted',
  filter: { key: 'form', value: FORM_UUID, subscribed: true },
  body: formResponseBody,
  mockList: () => mockRecentFormResponses(),
  expected: { id: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c:deleted', response_uuid: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c' },
});

describe('form_response_deleted: the chosen form', () => {
  it('says which form the response is for: the one the Zap chose, since the payload names none', async () => {
    const items = await deliver(trigger, envelope('forms.response.deleted', formResponseBody()), { inputData: { form: FORM_UUID } });
    expect(items).toEqual([expect.objectContaining({ form_uuid: FORM_UUID, form_name: null })]);
  });

  it('drops a delivery whose payload names another form', async () => {
    const body = { ...formResponseBody(), form: { uuid: 'another-form', name: 'Expenses' } };
    await expect(deliver(trigger, envelope('forms.response.deleted', body), { inputData: { form: FORM_UUID } })).resolves.toEqual([]);
  });

  it('keeps the form a payload names, with its name, when no form is chosen', async () => {
    const body = { ...formResponseBody(), form: { uuid: FORM_UUID, name: 'Vacation request' } };
    const items = await deliver(trigger, envelope('forms.response.deleted', body));
    expect(items).toEqual([expect.objectContaining({ form_uuid: FORM_UUID, form_name: 'Vacation request' })]);
  });
});
