/**
 * Form Response Approved, Denied or Moved (polling): the newest responses of a form that have an
 * approval status or a workflow state, `GET /forms/{uuid}/responses/?all=true&order=recent` with
 * `flow_status` and/or `state` when the Zap picks them (dailybot-api-beyond.md §1 and §3: DailyBot
 * has no webhook for approvals, its CLI reads them this way). One request per poll.
 *
 * Each item's `id` is the response UUID with the status and/or state the Zap watches, so Zapier's
 * dedupe fires once per response per status or state it reaches, and again when it moves on. A
 * response without a UUID gets one made from its content (its state left out), so responses without
 * IDs do not all share one; a response listed twice is given once (Zapier refuses a poll whose items
 * repeat an id). DailyBot silently ignores `flow_status` on a form without an approval flow (CLI forms
 * skill): an item whose own status or state differs from the one picked is dropped here too.
 *
 * With neither status nor state chosen it fires on approvals, denials and moves (a response whose
 * state history holds a move), never on a response that is only waiting (New Form Response does that).
 *
 * Hostile listings: at most POLL_SIZE items are read, however many come; an item that is not a
 * response (null, text, a number) is skipped with a log line, and the readable ones fire.
 */
import { defineInputFields, defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { parseInputs } from '../inputs/parse';
import { dailybotId, oneOf, optionalText } from '../inputs/rules';
import { schema, type Infer } from '../schemas/lazy';
import { PageEnvelope } from '../schemas/api';
import { parseAnswer } from '../http/client';
import { explainCodes, sendAction } from '../creates/shared/request';
import { FORM_NOT_FOUND, formPicker, listingCodes } from '../forms/form';
import { FLOW_STATUSES, readState, StateOutput, stateOutputFields, stateSample, type FlowStatus } from '../forms/state';
import { formDelivery } from './deliveries';
import { derivedId, isRecord } from './normalize/common';
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
    ],
    helpText:
      'Fire only for responses with this approval status. Leave empty to fire for every approval, denial and move, but not for new responses waiting for a decision (use New Form Response for those). ' +
      'A Zap made before this choice was dropped that still asks for “pending” keeps firing for responses waiting for a decision.',
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

/** `pending` is no longer offered, but a Zap that stored it keeps working as before. */
const STATUSES = ['approved', 'denied', 'pending'] as const satisfies readonly FlowStatus[];

const Inputs = schema((zod) => zod.object({ form: dailybotId(zod), status: oneOf(zod, STATUSES), state: optionalText(zod, 100) }));

export const output = schema((zod) => zod.intersection(FormResponseOutput.get(), StateOutput.get()));
type Output = Infer<typeof output>;

const AnyItems = schema((zod) => zod.union([zod.array(zod.unknown()), PageEnvelope.get().transform((page) => page.results)]));

/** At most `POLL_SIZE` of what DailyBot listed, cut before anything reads them (a listing may hold far more). */
const firstItems = (data: unknown): unknown => {
  if (Array.isArray(data)) return data.slice(0, POLL_SIZE);
  if (isRecord(data) && Array.isArray(data.results)) return { ...data, results: data.results.slice(0, POLL_SIZE) };
  return data;
};

/** What a response's ID is made from when DailyBot gives none: its content without where it stands. */
const contentId = (item: Record<string, unknown>): string => {
  const { current_state: _s, flow_status: _f, state_history: _h, allowed_transitions: _a, can_change_state: _c, updated_at: _u, ...content } = item;
  return derivedId(EVENT, null, content);
};

const perform = async (z: ZObject, bundle: Bundle): Promise<Output[]> => {
  const { form, status, state } = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const response = await sendAction(z, bundle, {
    path: `/forms/${encodeURIComponent(form)}/responses/`,
    // `limit` for limit/offset deployments, `page_size` for page/page_size ones (SURFACE.md, Lists)
    params: { all: 'true', order: 'recent', flow_status: status, state, limit: POLL_SIZE, page_size: POLL_SIZE },
    notFound: FORM_NOT_FOUND,
    explain: explainCodes(listingCodes(state)),
  });
  const items = parseAnswer(z, AnyItems, firstItems(response.data), 'the form’s responses');
  const out: Output[] = [];
  const ids = new Set<string>();
  let unreadable = 0;
  for (const item of items) {
    if (!isRecord(item)) {
      unreadable += 1;
      continue;
    }
    const { state: where } = readState(item, status as FlowStatus | undefined);
    if (status && where.flow_status !== status) continue;
    if (state && where.current_state !== state) continue;
    // nothing chosen: a decision or a move, never a response that is only waiting
    if (!status && !state && where.flow_status !== 'approved' && where.flow_status !== 'denied' && where.state_history.every((h) => !h.from_state)) continue;
    const watched = status && !state ? [where.flow_status] : state && !status ? [where.current_state] : [where.flow_status, where.current_state];
    const parts = watched.filter((part): part is string => Boolean(part));
    if (parts.length === 0) continue; // a response with no status and no state has reached nothing yet
    const normalized = formDelivery(z, item, { event: EVENT, filter: form });
    const id = `${normalized.response_uuid ?? contentId(item)}:${parts.join(':')}`;
    if (ids.has(id)) continue; // listed twice: Zapier refuses a poll whose items repeat an id
    ids.add(id);
    out.push({ ...normalized, id, ...where });
  }
  if (unreadable > 0) z.console.log(`Skipped ${unreadable} item${unreadable === 1 ? '' : 's'} of the form’s responses that DailyBot gave in no readable shape.`);
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
