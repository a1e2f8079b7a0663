/** Update Check-in: `PATCH /checkins/{uuid}/` with only the settings the Zap builder filled in. */
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
import { answerOf, sendAction } from './shared/request';
import { checkinField } from '../inputs/fields';
import { haltWhenMappedEmpty, parseInputs } from '../inputs/parse';
import { schema } from '../schemas/lazy';
import { Checkin } from '../schemas/api';
import { dailybotId, optionalDailybotId, optionalText } from '../inputs/rules';
import { CHECKIN_NOT_FOUND } from '../forms/checkin';

const inputFields = defineInputFields([
  checkinField(true, 'The check-in to change. Only the fields you fill in below are changed.'),
  ...nameAndTemplateFields(false),
  ...settingsFields(true),
]);
/** Every field's label, for input errors (the one shown only for Fixed reminders included). */
const fieldLabels = [inputFields[0], ...nameAndTemplateFields(false), ...settingsFieldLabels(true)];

const CHANGEABLE = ['name', 'template', ...SETTING_KEYS] as const;

const Inputs = schema((zod) =>
  zod
    .object({ checkin: dailybotId(zod), name: optionalText(zod, 255), template: optionalDailybotId(zod), ...settingsRules(zod) })
    .refine(endNotBeforeStart, { path: ['end_on'], message: 'must not be before “Start Date”' })
    .refine((values) => CHANGEABLE.some((key) => values[key] !== undefined), {
      message: 'fill in at least one thing to change besides “Check-in” (a name, a template or a setting)',
    }),
);

/** The body of `PATCH /checkins/{uuid}/`: only the changed settings, at least one. */
export const request = schema((zod) =>
  zod.strictObject(settingsBodyShape(zod)).refine((body) => Object.keys(body).length > 0, 'changes nothing'),
);

export const output = CheckinOutput;

const perform = async (z: ZObject, bundle: Bundle): Promise<CheckinOutput> => {
  haltWhenMappedEmpty(z, bundle, CHANGEABLE, 'Nothing to change: every field mapped for this check-in was empty in this run, so the check-in was left as it is.');
  const { checkin, ...inputs } = parseInputs(z, Inputs, bundle.inputData, fieldLabels);
  const body = pickDefined(inputs, CHANGEABLE);
  const response = await sendAction(z, bundle, {
    method: 'PATCH',
    path: `/checkins/${encodeURIComponent(checkin)}/`,
    body,
    notFound: CHECKIN_NOT_FOUND,
  });
  // DailyBot answers with the updated check-in; an older deployment answers with nothing
  const updated = Checkin.safeParse(answerOf(response));
  return checkinOutput(updated.success ? updated.data : { ...body, uuid: checkin });
};

export default defineCreate({
  key: 'update_checkin',
  noun: 'Check-in',
  display: {
    label: 'Update Check-in',
    description: 'Changes the settings of an existing check-in, leaving the ones you do not fill in as they are.',
  },
  operation: { inputFields, inputFieldGroups: CHECKIN_FIELD_GROUPS, perform, sample: checkinSample, outputFields: checkinOutputFields },
});
