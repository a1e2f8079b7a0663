import nock from 'nock';

import { API, errorOf, expectNoSecrets } from '../helpers';
import { FORM, nockForm, Q_COUNT, Q_DAYS, RESPONSE, stateResponse, vacationForm } from '../fixtures/forms';
import { nockDirectory, john } from '../creates/support';
import { FoundFormResponseOutput } from '../../src/forms/responses';
import { output } from '../../src/searches/find-form-response';
import { runSearch } from './support';

const LIST = `/forms/${FORM}/responses/`;
const OLDER = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
const older = stateResponse({
  uuid: OLDER,
  user: { uuid: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', full_name: 'Ann Lee', email: 'ann@example.com' },
  current_state: 'requested',
  flow_status: 'pending',
  state_history: [{ from_state: null, to_state: 'requested', actor_name: 'Ann Lee', at: '2026-05-20T10:00:00Z' }],
  content: { [Q_DAYS]: 'June 1 to June 2', [Q_COUNT]: 2 },
  created_at: '2026-05-20T10:00:00Z',
  updated_at: '2026-05-20T10:00:00Z',
});
const base = { all: 'true', order: 'recent', limit: '100', page_size: '100' };

describe('Find Form Response', () => {
  it('reads one response by its ID and the form (for its questions and name): flattened as New Form Response, with its state', async () => {
    nock(API).get(`${LIST}${RESPONSE}/`).reply(200, stateResponse());
    nockForm();
    const [result] = await runSearch('find_form_response', { form: FORM, response: RESPONSE, user: 'ignored@example.com', status: 'denied' });
    expect(FoundFormResponseOutput.safeParse(result).success).toBe(true);
    expect(output.safeParse(result).success).toBe(true);
    expect(result).toMatchObject({
      id: RESPONSE,
      response_uuid: RESPONSE,
      event: 'forms.response.created',
      form_uuid: FORM,
      form_name: 'Vacation request',
      user_full_name: 'John Wick',
      user_first_name: 'John',
      question_1: 'Which days will you be away?',
      answer_1: 'March 3 to March 7',
      question_2: 'How many days?',
      answer_2: '5',
      current_state: 'approved',
      flow_status: 'approved',
      response_count: 1,
      responses_cut: false,
    });
    expect((result!.state_history as Array<{ to_state: string }>)[0]!.to_state).toBe('approved');
    // the filters are not used with an ID: an item without its own status is not given the one asked for
    nock(API).get(`${LIST}${RESPONSE}/`).reply(200, stateResponse({ flow_status: undefined }));
    nockForm();
    const [unfiltered] = await runSearch('find_form_response', { form: FORM, response: RESPONSE, status: 'denied' });
    expect(unfiltered!.flow_status).toBeNull();
    expect(result!.responses).toEqual([expect.objectContaining({ response_uuid: RESPONSE, answer_1: 'March 3 to March 7', current_state: 'approved' })]);
    expect(result!.responses as unknown[]).toEqual([expect.not.objectContaining({ answers: expect.anything() })]);
  });

  it.each([
    ['DRF’s plain 404', { detail: 'Not found.' }],
    ['form_response_not_found (missing, or not the key owner’s to read)', { detail: 'Not found.', code: 'form_response_not_found' }],
  ])('a 404 on a response ID is a miss (%s), without reading the form', async (_name, body) => {
    nock(API).get(`${LIST}${RESPONSE}/`).reply(404, body);
    await expect(runSearch('find_form_response', { form: FORM, response: RESPONSE })).resolves.toEqual([]);
  });

  it('a form that is gone is an error, not a miss', async () => {
    nock(API).get(`${LIST}${RESPONSE}/`).reply(404, { detail: 'Form not found.', code: 'form_does_not_exists' });
    const error = await errorOf(runSearch('find_form_response', { form: FORM, response: RESPONSE }));
    expect(error.message).toContain('Pick the form again from the list in “Form”');
  });

  it('lists with every filter (the person by email, resolved once), newest first, the count from DailyBot', async () => {
    nockDirectory();
    nock(API)
      .get(LIST)
      .query({ ...base, user: john.uuid, search: 'March', flow_status: 'approved', state: 'approved', date_from: '2026-05-01', date_to: '2026-05-31' })
      .reply(200, { count: 2, next: null, previous: null, results: [stateResponse(), older] });
    nockForm();
    const [result] = await runSearch('find_form_response', {
      form: FORM,
      user: 'john@example.com',
      search: ' March ',
      status: 'Approved',
      state: 'approved',
      date_from: '2026-05-01',
      date_to: '2026-05-31',
    });
    expect(result).toMatchObject({ response_uuid: RESPONSE, response_count: 2, responses_cut: false });
    expect((result!.responses as Array<{ response_uuid: string }>).map((r) => r.response_uuid)).toEqual([RESPONSE, OLDER]);
  });

  it('says how many matched when DailyBot has more than the 100 newest it gives', async () => {
    nock(API).get(LIST).query(base).reply(200, { count: 250, next: `${API}${LIST}?page=2`, previous: null, results: [stateResponse()] });
    nockForm();
    const [result] = await runSearch('find_form_response', { form: FORM });
    expect(result).toMatchObject({ response_count: 250, responses_cut: true });
  });

  it('finds nothing as [] with one request (the form is not read)', async () => {
    nock(API).get(LIST).query(base).reply(200, { count: 0, next: null, previous: null, results: [] });
    await expect(runSearch('find_form_response', { form: FORM })).resolves.toEqual([]);
  });

  it('reads a bare array too, and a form without questions leaves answers unplaced but readable', async () => {
    nock(API).get(LIST).query(base).reply(200, [stateResponse()]);
    nockForm(vacationForm({ questions: [] }));
    const [result] = await runSearch('find_form_response', { form: FORM });
    expect(result).toMatchObject({ response_count: 1, answer_1: 'March 3 to March 7' });
  });

  it.each([
    [403, 'form_response_view_all_forbidden', 'Reconnect DailyBot with the API key of an admin or of the form’s owner'],
    [403, 'user_can_not_see_form_responses', 'Ask the form’s owner to let them see responses'],
    [400, 'invalid_workflow_state', 'Pick the state again from the list in “Workflow State”'],
  ])('explains a %i %s', async (status, code, message) => {
    nock(API).get(LIST).query(true).reply(status, { detail: code, code });
    const error = await errorOf(runSearch('find_form_response', { form: FORM, state: 'gone' }));
    expect(error.message).toContain(message);
    expectNoSecrets(error.message);
  });

  it.each([
    ['no form', { form: '' }, '“Form” is required'],
    ['a response that is no ID', { form: FORM, response: '../users' }, '“Response”'],
    ['text over 256 characters', { form: FORM, search: 'x'.repeat(257) }, '“Text” must be at most 256 characters'],
    ['an unknown status', { form: FORM, status: 'maybe' }, '“Approval Status” must be one of'],
    ['days in the wrong order', { form: FORM, date_from: '2026-05-31', date_to: '2026-05-01' }, '“To Date” is before “From Date”'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await errorOf(runSearch('find_form_response', inputData));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });
});
