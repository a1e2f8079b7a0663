/** Form Response Approved, Denied or Moved (polling) and the state dropdown behind it. */
import nock from 'nock';

import App from '../../index';
import { API, appTester, authData, errorOf } from '../helpers';
import { FORM, nockForm, Q_DAYS, RESPONSE, stateResponse, vacationForm } from '../fixtures/forms';

const poll = (inputData: Record<string, unknown>) =>
  appTester((App.triggers!.form_response_state_changed!.operation as { perform: unknown }).perform as never, { authData, inputData } as never, true) as Promise<Array<Record<string, unknown>>>;
const states = (inputData: Record<string, unknown>) =>
  appTester((App.triggers!.list_form_states!.operation as { perform: unknown }).perform as never, { authData, inputData } as never, true) as Promise<Array<Record<string, unknown>>>;

const PATH = `/forms/${FORM}/responses/`;
const BASE = { all: 'true', order: 'recent', limit: '100', page_size: '100' };
const OTHER = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';

describe('form_response_state_changed', () => {
  it('asks for everyone’s newest approved responses in one request; the id holds the status', async () => {
    nock(API).get(PATH).query({ ...BASE, flow_status: 'approved' }).reply(200, { count: 1, next: null, previous: null, results: [stateResponse()] });
    const [item, ...rest] = await poll({ form: FORM, status: 'Approved' });
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      id: `${RESPONSE}:approved`,
      response_uuid: RESPONSE,
      event: 'forms.response.state_changed',
      form_uuid: FORM,
      user_full_name: 'John Wick',
      current_state: 'approved',
      flow_status: 'approved',
      // newest first
      state_history: [
        { from_state: 'requested', to_state: 'approved', actor_name: 'Priya Natarajan', at: '2026-05-26T09:05:42Z' },
        { from_state: null, to_state: 'requested', actor_name: 'John Wick', at: '2026-05-25T14:22:11Z' },
      ],
    });
  });

  it('filters on a workflow state (a bare array too); the id holds the state, so a later move fires again', async () => {
    nock(API).get(PATH).query({ ...BASE, state: 'in_review' }).reply(200, [stateResponse({ current_state: 'in_review', flow_status: 'pending' })]);
    const [item] = await poll({ form: FORM, state: 'in_review' });
    expect(item).toMatchObject({ id: `${RESPONSE}:in_review`, current_state: 'in_review', flow_status: 'pending' });
  });

  it('without filters: one item per response that has a status or a state, keyed by both; others are left out', async () => {
    nock(API)
      .get(PATH)
      .query(BASE)
      .reply(200, [stateResponse(), stateResponse({ uuid: OTHER, current_state: null, flow_status: null, state_history: [] })]);
    const items = await poll({ form: FORM });
    expect(items.map((i) => i.id)).toEqual([`${RESPONSE}:approved:approved`]);
  });

  it('drops items DailyBot did not filter (flow_status is ignored on a form without approvals), and trusts the filter when items carry no status', async () => {
    nock(API)
      .get(PATH)
      .query({ ...BASE, flow_status: 'denied' })
      .reply(200, [stateResponse({ flow_status: 'approved' }), stateResponse({ uuid: OTHER, flow_status: undefined, current_state: undefined })]);
    const items = await poll({ form: FORM, status: 'denied' });
    expect(items.map((i) => [i.id, i.flow_status])).toEqual([[`${OTHER}:denied`, 'denied']]);
  });

  describe('what it fires on with neither status nor state chosen (issue 18 item 12)', () => {
    const NEW = '8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e';
    const waiting = { uuid: NEW, current_state: 'requested', flow_status: 'pending', state_history: [{ from_state: null, to_state: 'requested', actor_name: 'Ann Lee', at: '2026-05-27T08:00:00Z' }] };

    it('fires on approvals, denials and moves, never on a new response that is only waiting', async () => {
      const moved = { uuid: OTHER, current_state: 'in_review', flow_status: 'pending', state_history: [...waiting.state_history, { from_state: 'requested', to_state: 'in_review', actor_name: 'Priya Natarajan', at: '2026-05-27T09:00:00Z' }] };
      const denied = { uuid: '9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f', current_state: 'denied', flow_status: 'denied', state_history: [] };
      nock(API).get(PATH).query(BASE).reply(200, [stateResponse(), stateResponse(waiting), stateResponse(moved), stateResponse(denied)]);
      const items = await poll({ form: FORM });
      expect(items.map((i) => i.id)).toEqual([`${RESPONSE}:approved:approved`, `${OTHER}:pending:in_review`, `${denied.uuid}:denied:denied`]);
    });

    it('no longer offers Pending, but a Zap that stored it still asks for pending responses', async () => {
      const field = (App.triggers!.form_response_state_changed!.operation as { inputFields: Array<{ key: string; choices?: Array<{ value: string }> }> }).inputFields.find((f) => f.key === 'status');
      expect(field?.choices?.map((c) => c.value)).toEqual(['approved', 'denied']);
      nock(API).get(PATH).query({ ...BASE, flow_status: 'pending' }).reply(200, [stateResponse(waiting)]);
      const items = await poll({ form: FORM, status: 'pending' });
      expect(items.map((i) => i.id)).toEqual([`${NEW}:pending`]);
    });
  });

  describe('hostile listings (issue 19 item 2)', () => {
    const noId = (days: string) => stateResponse({ uuid: undefined, id: undefined, content: { [Q_DAYS]: days } });

    it('gives responses without an ID an id made from their content: each fires, and the same one stays the same', async () => {
      nock(API).get(PATH).query({ ...BASE, flow_status: 'approved' }).times(2).reply(200, [noId('March 3'), noId('April 9')]);
      const first = await poll({ form: FORM, status: 'approved' });
      const ids = first.map((i) => i.id as string);
      expect(new Set(ids).size).toBe(2);
      for (const id of ids) expect(id).toMatch(/^derived:[0-9a-f]{32}:approved$/);
      expect((await poll({ form: FORM, status: 'approved' })).map((i) => i.id)).toEqual(ids);
    });

    it('gives a response listed twice once (Zapier refuses a poll whose ids repeat)', async () => {
      nock(API).get(PATH).query({ ...BASE, flow_status: 'approved' }).reply(200, [stateResponse(), stateResponse(), noId('March 3'), noId('March 3')]);
      const items = await poll({ form: FORM, status: 'approved' });
      expect(items).toHaveLength(2);
    });

    it('skips items that are not responses, says so in the log, and fires the readable ones', async () => {
      nock(API).get(PATH).query({ ...BASE, flow_status: 'approved' }).reply(200, { count: 5, next: null, results: [null, 'oops', 42, [], stateResponse()] });
      const logged: string[] = [];
      const spy = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
      try {
        const items = await poll({ form: FORM, status: 'approved' });
        expect(items.map((i) => i.id)).toEqual([`${RESPONSE}:approved`]);
      } finally {
        spy.mockRestore();
      }
      expect(logged.join('\n')).toContain('Skipped 4 items of the form’s responses');
    });

    it('takes at most the 100 asked for from a listing of 100,000', async () => {
      const many = Array.from({ length: 100_000 }, (_, n) => ({ uuid: `r-${n}`, flow_status: 'approved', current_state: 'approved' }));
      nock(API).get(PATH).query({ ...BASE, flow_status: 'approved' }).reply(200, many);
      const items = await poll({ form: FORM, status: 'approved' });
      expect(items).toHaveLength(100);
      expect(items[99]!.id).toBe('r-99:approved');
    });
  });

  it.each([
    [403, { detail: 'Forbidden', code: 'form_response_view_all_forbidden' }, 'Reconnect DailyBot with the API key of an admin'],
    [400, { detail: 'invalid_workflow_state', code: 'invalid_workflow_state' }, 'Pick the state again from the list'],
    [404, { detail: 'Not found.' }, 'Pick the form again'],
  ])('explains HTTP %i', async (status, body, message) => {
    nock(API).get(PATH).query(true).reply(status, body);
    const error = await errorOf(poll({ form: FORM, state: 'gone' }));
    expect(error.message).toContain(message);
  });

  it('refuses a status it does not know before any request', async () => {
    const error = await errorOf(poll({ form: FORM, status: 'archived' }));
    expect(error.message).toContain('“Approval Status” must be one of: approved, denied, pending');
  });
});

describe('list_form_states', () => {
  it('lists the chosen form’s workflow states in their order', async () => {
    nockForm();
    await expect(states({ form: FORM })).resolves.toEqual([
      { id: 'requested', name: 'Requested' },
      { id: 'in_review', name: 'In review' },
      { id: 'approved', name: 'Approved' },
    ]);
  });

  it('offers only the moves DailyBot allows when a response ID is typed in', async () => {
    nockForm();
    nock(API).get(`/forms/${FORM}/responses/${RESPONSE}/`).reply(200, stateResponse());
    await expect(states({ form: FORM, response: RESPONSE })).resolves.toEqual([{ id: 'requested', name: 'Back to requested (requested)' }]);
  });

  it('is empty for a form without workflow, and with no form picked (no request)', async () => {
    nockForm(vacationForm({ workflow: null }));
    await expect(states({ form: FORM })).resolves.toEqual([]);
    await expect(states({})).resolves.toEqual([]);
  });
});
