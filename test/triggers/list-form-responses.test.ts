import nock from 'nock';

import App from '../../index';
import { API, appTester, authData } from '../helpers';
import { FORM, RESPONSE, stateResponse } from '../fixtures/forms';

const list = (inputData: Record<string, unknown>, page = 0) =>
  appTester((App.triggers!.list_form_responses!.operation as { perform: unknown }).perform as never, { authData, inputData, meta: { page } } as never, true) as Promise<Array<{ id: string; name: string }>>;

describe('list_form_responses (the Response dropdowns)', () => {
  it('lists the form’s responses, newest first, labelled who, when and state', async () => {
    nock(API)
      .get(`/forms/${FORM}/responses/`)
      .query({ all: 'true', order: 'recent', limit: '100', page_size: '100' })
      .reply(200, {
        count: 3,
        next: null,
        previous: null,
        results: [
          stateResponse(),
          stateResponse({ uuid: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', user: undefined, is_anonymous: true, current_state: null, flow_status: 'pending', created_at: '2026-05-20T10:00:00Z' }),
          stateResponse({ uuid: '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e', user: undefined, is_anonymous: false, current_state: 'requested', created_at: 'not a date' }),
          { detail: 'no ID here' },
        ],
      });
    await expect(list({ form: FORM })).resolves.toEqual([
      { id: RESPONSE, name: 'John Wick · 2026-05-25 14:22 UTC · approved' },
      { id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', name: 'Anonymous · 2026-05-20 10:00 UTC · pending' },
      { id: '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e', name: 'Response 8b9c0d1e · requested' },
    ]);
  });

  it.each([{}, { form: '' }, { form: '{{123__form}}' }])('offers nothing until a form is picked (%j)', async (inputData) => {
    await expect(list(inputData)).resolves.toEqual([]);
  });
});
