/**
 * The hidden trigger behind the "Workflow State" dropdowns: the chosen form's workflow states, in
 * their order, from `GET /forms/{uuid}/` (`workflow.states`, dailybot-api-beyond.md §3). When the step
 * also holds a response UUID typed in (not mapped), only the moves DailyBot allows for that response
 * are offered (`allowed_transitions` of `GET /forms/{uuid}/responses/{uuid}/`).
 * Nothing to list (no form picked yet, a form without workflow) gives an empty list.
 */
import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { api } from '../http/client';
import { getForm, statesOf } from '../forms/form';
import { readState } from '../forms/state';
import { DAILYBOT_ID_PATTERN, UUID_PATTERN } from '../schemas/patterns';
import type { StepModule } from '../steps';
import { DropdownOptionSchema, type DropdownOption } from './dropdowns';

const perform = async (z: ZObject, bundle: Bundle): Promise<DropdownOption[]> => {
  const form = typeof bundle.inputData?.form === 'string' ? bundle.inputData.form.trim() : '';
  if (!DAILYBOT_ID_PATTERN.test(form)) return [];
  const detail = await getForm(z, bundle, form);
  const states = statesOf(detail);
  const response = typeof bundle.inputData?.response === 'string' ? bundle.inputData.response.trim() : '';
  if (UUID_PATTERN.test(response)) {
    const current = readState(await api(z, bundle, { path: `/forms/${encodeURIComponent(form)}/responses/${encodeURIComponent(response)}/` }));
    if (current.allowed_transitions.length > 0) {
      return current.allowed_transitions.map((t) => ({ id: t.to_state, name: t.label === t.to_state ? t.to_state : `${t.label} (${t.to_state})` }));
    }
  }
  return states.map((s) => ({ id: s.key, name: s.label }));
};

const definition = defineTrigger({
  key: 'list_form_states',
  noun: 'Form State',
  display: {
    label: 'List Form States',
    description: 'Triggers when a new form state is available (fills the workflow state dropdowns).',
    hidden: true,
  },
  operation: {
    type: 'polling',
    perform,
    sample: { id: 'approved', name: 'Approved' },
    outputFields: [
      { key: 'id', label: 'State Key' },
      { key: 'name', label: 'State Name' },
    ],
  },
});

export const listFormStates: StepModule<typeof definition> = { default: definition, output: DropdownOptionSchema };
