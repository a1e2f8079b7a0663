/**
 * Move Form Response: `POST /forms/{uuid}/responses/{response}/transition/` with `{to_state, note?}`
 * (dailybot-api-beyond.md §3; DailyBot's CLI `transition_form_response` and its forms skill's error
 * table). One request; the answer is the response after the move.
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { explainCodes, sendAction } from './shared/request';
import { formResponseField } from '../inputs/fields';
import { parseInputs } from '../inputs/parse';
import { dailybotId, optionalText, text } from '../inputs/rules';
import { schema, type Infer } from '../schemas/lazy';
import { FORM_NOT_FOUND, formPicker } from '../forms/form';
import { readState, StateOutput, stateOutputFields, stateSample } from '../forms/state';

const inputFields = defineInputFields([
  formPicker('The form the response belongs to.'),
  {
    ...formResponseField(
      'The form response to move: pick it (the form’s responses, newest first), find it with Find Form Response, or map the Response ID from a form trigger or Submit Form Response.',
    ),
    altersDynamicFields: true,
  },
  {
    key: 'to_state',
    label: 'Move To State',
    type: 'string',
    required: true,
    dynamic: 'list_form_states.id.name',
    helpText: 'The workflow state to move the response to. With a response picked or typed in, the list shows only the moves DailyBot allows for it.',
  },
  { key: 'note', label: 'Note', type: 'text', required: false, helpText: 'A note kept in the response’s state history with this move.' },
]);

const Inputs = schema((zod) => zod.object({ form: dailybotId(zod), response: dailybotId(zod), to_state: text(zod, 100), note: optionalText(zod, 2000) }));

/** The body of the transition. */
export const request = schema((zod) => zod.strictObject({ to_state: zod.string().min(1), note: zod.string().min(1).optional() }));

export const output = schema((zod) =>
  zod.intersection(
    zod.object({
      id: zod.string(),
      form_uuid: zod.string(),
      can_change_state: zod.boolean().nullable(),
      allowed_transitions: zod.array(zod.object({ to_state: zod.string(), label: zod.string() })),
    }),
    StateOutput.get(),
  ),
);

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const response = await sendAction(z, bundle, {
    method: 'POST',
    path: `/forms/${encodeURIComponent(inputs.form)}/responses/${encodeURIComponent(inputs.response)}/transition/`,
    body: { to_state: inputs.to_state, ...(inputs.note ? { note: inputs.note } : {}) },
    notFound: 'DailyBot has no response with this ID in this form that the API key’s owner can see (HTTP 404). Check “Response” and “Form”.',
    explain: explainCodes({
      form_does_not_exists: FORM_NOT_FOUND,
      form_response_not_found:
        'DailyBot has no response with this ID in this form that the API key’s owner can see. Check that “Response” is a response of the form picked in “Form”.',
      form_response_change_state_forbidden:
        'The API key’s owner is not among the people this form lets change the state of responses. Ask the form’s owner to add them (the form’s “who can change states” setting), or reconnect with the API key of someone who may.',
      final_state_locked:
        'This response is already in the form’s final state, and the form does not allow moving responses out of it. Nothing was changed; if it must move, the form’s owner can allow reopening from the final state in DailyBot.',
      invalid_workflow_state: `The form has no workflow state “${inputs.to_state}”, or the response cannot move there from where it is. Pick the state again from the list in “Move To State” (it follows the form’s workflow).`,
    }),
  });
  const moved = readState(response.data);
  const uuid = moved.uuid ?? inputs.response;
  return {
    id: uuid,
    form_uuid: inputs.form,
    can_change_state: moved.can_change_state,
    allowed_transitions: moved.allowed_transitions,
    ...moved.state,
    // DailyBot answers with the moved response; should it leave out its state, the move says where it is
    current_state: moved.state.current_state ?? inputs.to_state,
  };
};

export default defineCreate({
  key: 'change_form_response_state',
  noun: 'Form Response',
  display: {
    label: 'Move Form Response',
    description: 'Moves a form response to another state of the form’s workflow (for example from Requested to Approved).',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      id: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c',
      form_uuid: 'c3d4e5f6-a7b8-4901-8cde-f12345678902',
      can_change_state: true,
      allowed_transitions: [{ to_state: 'requested', label: 'Back to requested' }],
      ...stateSample,
    },
    outputFields: [
      { key: 'id', label: 'Response ID' },
      { key: 'form_uuid', label: 'Form ID' },
      { key: 'can_change_state', label: 'Can Change State', type: 'boolean' },
      { key: 'allowed_transitions[]to_state', label: 'Allowed Move: To State' },
      { key: 'allowed_transitions[]label', label: 'Allowed Move: Label' },
      ...stateOutputFields,
    ],
  },
});
