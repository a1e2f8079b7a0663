/** Create Check-in: `POST /checkins/` with a name, a template and the settings the Zap builder filled in. */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import {
  checkinOutput,
  CheckinOutput,
  checkinOutputFields,
  checkinSample,
  endNotBeforeStart,
  SETTING_KEYS,
  settingsBodyShape,
  settingsRules,
} from './shared/checkin';
import { CHECKIN_FIELD_GROUPS, nameAndTemplateFields, settingsFieldLabels, settingsFields } from './shared/checkin-fields';
import { pickDefined } from '../inputs/pick';
import { parseActionAnswer, sendAction } from './shared/request';
import { parseInputs } from '../inputs/parse';
import { schema } from '../schemas/lazy';
import { Checkin } from '../schemas/api';
import { dailybotId, text } from '../inputs/rules';
import { DAILYBOT_ID_PATTERN } from '../schemas/patterns';

const inputFields = defineInputFields([...nameAndTemplateFields(true), ...settingsFields(false)]);
/** Every field's label, for input errors (the one shown only for Fixed reminders included). */
const fieldLabels = [...nameAndTemplateFields(true), ...settingsFieldLabels(false)];

const Inputs = schema((zod) =>
  zod
    .object({ name: text(zod, 255), template: dailybotId(zod), ...settingsRules(zod) })
    .refine(endNotBeforeStart, { path: ['end_on'], message: 'must not be before “Start Date”' }),
);

/** The body of `POST /checkins/` as DailyBot documents it. */
export const request = schema((zod) =>
  zod.strictObject({ ...settingsBodyShape(zod), name: zod.string().min(1).max(255), template: zod.string().regex(DAILYBOT_ID_PATTERN) }),
);

export const output = CheckinOutput;

const perform = async (z: ZObject, bundle: Bundle): Promise<CheckinOutput> => {
  const inputs = parseInputs(z, Inputs, bundle.inputData, fieldLabels);
  const response = await sendAction(z, bundle, {
    method: 'POST',
    path: '/checkins/',
    body: { name: inputs.name, template: inputs.template, ...pickDefined(inputs, SETTING_KEYS) },
    notFound: 'DailyBot could not find the chosen template (HTTP 404). Pick the template again from the list in “Template”.',
  });
  return checkinOutput(parseActionAnswer(z, Checkin, response, 'the new check-in'));
};

export default defineCreate({
  key: 'create_checkin',
  noun: 'Check-in',
  display: {
    label: 'Create Check-in',
    description: 'Creates a check-in from a template, with its schedule and reminder settings.',
  },
  operation: { inputFields, inputFieldGroups: CHECKIN_FIELD_GROUPS, perform, sample: checkinSample, outputFields: checkinOutputFields },
});
