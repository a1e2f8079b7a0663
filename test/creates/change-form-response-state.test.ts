import nock from 'nock';

import { API, errorOf } from '../helpers';
import { FORM, RESPONSE, stateResponse } from '../fixtures/forms';
import { failsBeforeAnyRequest, runAction } from './support';

const move = (inputData: Record<string, unknown>) => runAction('change_form_response_state', inputData);
const PATH = `/forms/${FORM}/responses/${RESPONSE}/transition/`;

describe('Move Form Response', () => {
  it('posts the target state and the note; outputs the response after the move', async () => {
    nock(API).post(PATH, { to_state: 'approved', note: 'Enjoy!' }).reply(200, stateResponse());
    await expect(move({ form: FORM, response: RESPONSE, to_state: 'approved', note: 'Enjoy!' })).resolves.toEqual({
      id: RESPONSE,
      form_uuid: FORM,
      can_change_state: true,
      allowed_transitions: [{ to_state: 'requested', label: 'Back to requested' }],
      current_state: 'approved',
      flow_status: 'approved',
      // newest first
      state_history: [
        { from_state: 'requested', to_state: 'approved', actor_name: 'Priya Natarajan', at: '2026-05-26T09:05:42Z' },
        { from_state: null, to_state: 'requested', actor_name: 'John Wick', at: '2026-05-25T14:22:11Z' },
      ],
    });
  });

  it('sends no note when none is given', async () => {
    nock(API).post(PATH, { to_state: 'in_review' }).reply(200, { uuid: RESPONSE, current_state: 'in_review' });
    await expect(move({ form: FORM, response: RESPONSE, to_state: 'in_review' })).resolves.toMatchObject({ current_state: 'in_review' });
  });

  it.each([
    [403, 'form_response_change_state_forbidden', 'not among the people this form lets change the state'],
    [403, 'final_state_locked', 'already in the form’s final state'],
    [400, 'invalid_workflow_state', 'Pick the state again from the list in “Move To State”'],
    [404, 'form_response_not_found', 'Check that “Response” is a response of the form'],
  ])('explains HTTP %i %s and what to do', async (status, code, message) => {
    nock(API).post(PATH).reply(status, { detail: code, code });
    const error = await errorOf(move({ form: FORM, response: RESPONSE, to_state: 'approved' }));
    expect(error).toMatchObject({ code });
    expect(error.message).toContain(message);
  });

  it('refuses a response ID that is not one before any request', async () => {
    const error = await failsBeforeAnyRequest(() => move({ form: FORM, response: '../../x', to_state: 'approved' }));
    expect(error.message).toContain('“Response”');
  });
});
