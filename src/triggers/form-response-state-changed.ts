/**
 * Form Response Approved, Denied or Moved (polling): the newest responses of a form that have an
 * approval status or a workflow state, `GET /forms/{uuid}/responses/?all=true&order=recent` with
 * `flow_status` and/or `state` when the Zap picks them (dailybot-api-beyond.md §1 and §3: DailyBot
 * has no webhook for approvals, its CLI reads them this way). One request per poll.
 *
 * Each item's `id` is the response UUID with the status and/or state the Zap watches, so Zapier's
 * dedupe fires once per response per status or state it reaches, and again when it moves on.
 * DailyBot silently ignores `flow_status` on a form without an approval flow (CLI forms skill): an
 * item whose own status or state differs from the one picked is dropped here too.
 */
import { defineInputFields, defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { parseInputs } from '../inputs/parse';
import { dailybotId, oneOf, optionalText } from '../inputs/rules';
import { schema, type Infer } from '../schemas/lazy';
import { PageEnvelope } from '../schemas/api';
import { parseAnswer } from '../http/client';
import { explainCodes, sendAction } from '../creates/shared/request';
import { FORM_NOT_FOUND, formPicker } from '../forms/form';
import { FLOW_STATUSES, readState, StateOutput, stateOutputFields, stateSample, type FlowStatus } from '../forms/state';
import { formDelivery } from './deliveries';
import { FormResponseOutput, formResponseOutputFields, formResponseSample } from './normalize/form-response';

const EVENT = 'forms.response.state_changed';
/** Responses read per poll: the newest, more than a form gets between two polls. */
export const POLL_SIZE = 100;

const inputFields = defineInputFields([
  formPicker('The form whose responses to watch. Only forms with an approval flow or workflow states have responses that get approved, denied or moved.'),
  {
    key: 'status',
    label: 'Approval Status',
    type: 'string',
    required: false,
    choices: [
      { value: 'approved', label: 'Approved', sample: 'approved' },
      { value: 'denied', label: 'Denied', sample: 'denied' },
      { value: 'pending', label: 'Pending', sample: 'pending' },
    ],
    helpText: 'Fire only for responses with this approval status. Leave empty to fire for every status and state a response reaches.',
  },
  {
    key: 'state',
    label: 'Workflow State',
    type: 'string',
    required: false,
    dynamic: 'list_form_states.id.name',
    helpText: 'Fire only when a response reaches this state of the form’s workflow. Pick the form first.',
  },
]);

const Inputs = schema((zod) => zod.object({ form: dailybotId(zod), status: oneOf(zod, FLOW_STATUSES), state: optionalText(zod, 100) }));

export const output = schema((zod) => zod.intersection(FormResponseOutput.get(), StateOutput.get()));
type Output = Infer<typeof output>;

const AnyItems = schema((zod) => zod.union([zod.array(zod.unknown()), PageEnvelope.get().transform((page) => page.results)]));

const perform = async (z: ZObject, bundle: Bundle): Promise<Output[]> => {
  const { form, status, state } = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const response = await sendAction(z, bundle, {
    path: `/forms/${encodeURIComponent(form)}/responses/`,
    // `limit` for limit/offset deployments, `page_size` for page/page_size ones (SURFACE.md, Lists)
    params: { all: 'true', order: 'recent', flow_status: status, state, limit: POLL_SIZE, page_size: POLL_SIZE },
    notFound: FORM_NOT_FOUND,
    explain: explainCodes({
      form_does_not_exists: FORM_NOT_FOUND,
      form_response_view_all_forbidden:
        'DailyBot only shows everyone’s responses to this form to its owner and organization admins. Reconnect DailyBot with the API key of an admin or of the form’s owner.',
      user_can_not_see_form_responses:
        'The form’s settings keep its responses from the API key’s owner. Ask the form’s owner to let them see responses, or reconnect with an admin’s API key.',
      invalid_workflow_state: state
        ? `The form has no workflow state “${state}” (any more). Pick the state again from the list in “Workflow State”, or leave it empty.`
        : 'DailyBot says this form has no workflow states. Leave “Workflow State” empty.',
    }),
  });
  const items = parseAnswer(z, AnyItems, response.data, 'the form’s responses');
  const out: Output[] = [];
  for (const item of items) {
    const { state: where } = readState(item, status as FlowStatus | undefined);
    if (status && where.flow_status !== status) continue;
    if (state && where.current_state !== state) continue;
    const watched = status && !state ? [where.flow_status] : state && !status ? [where.current_state] : [where.flow_status, where.current_state];
    const parts = watched.filter((part): part is string => Boolean(part));
    if (parts.length === 0) continue; // a response with no status and no state has reached nothing yet
    const normalized = formDelivery(z, item, { event: EVENT, filter: form });
    out.push({ ...normalized, id: `${normalized.response_uuid}:${parts.join(':')}`, ...where });
  }
  return out;
};

export default defineTrigger({
  key: 'form_response_state_changed',
  noun: 'Form Response',
  display: {
    label: 'Form Response Approved, Denied or Moved',
    description: 'Triggers when a form response is approved or denied, or reaches a state of the form’s workflow.',
  },
  operation: {
    type: 'polling',
    inputFields,
    perform,
    sample: { ...formResponseSample, id: `${formResponseSample.response_uuid}:approved:approved`, event: EVENT, ...stateSample },
    outputFields: [...formResponseOutputFields, ...stateOutputFields],
  },
});
