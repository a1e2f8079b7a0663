/** Delete Check-in: `DELETE /checkins/{uuid}/`. */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { sendAction } from './shared/request';
import { checkinField } from '../inputs/fields';
import { parseInputs, wasMapped } from '../inputs/parse';
import { schema, type Infer } from '../schemas/lazy';
import { dailybotId } from '../inputs/rules';

const inputFields = defineInputFields([
  {
    key: 'delete_warning',
    type: 'copy',
    helpText:
      '**Deleting a check-in cannot be undone.** DailyBot removes the check-in with its settings, and it stops asking its questions. ' +
      'To stop it for a while instead, use **Update Check-in** and set **Active** to No.',
  },
  checkinField(true, 'The check-in to delete. This cannot be undone.'),
]);

const Inputs = schema((zod) => zod.object({ checkin: dailybotId(zod) }));

/** `DELETE /checkins/{uuid}/` carries no body. */
export const request = schema((zod) => zod.undefined());

export const output = schema((zod) => zod.object({ id: zod.string(), uuid: zod.string(), deleted: zod.boolean() }));

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const { checkin } = parseInputs(z, Inputs, bundle.inputData, inputFields);
  await sendAction(z, bundle, {
    method: 'DELETE',
    path: `/checkins/${encodeURIComponent(checkin)}/`,
    notFound:
      'DailyBot has no check-in with this ID that the API key’s owner can see (HTTP 404): it may have been deleted already. ' +
      'Pick the check-in again from the list in “Check-in”.',
    // a check-in mapped from an earlier step (a trigger's) may have been deleted since: nothing left to do
    haltOnNotFound: wasMapped(bundle, 'checkin') ? 'Nothing to delete: DailyBot no longer has the check-in mapped into “Check-in” (HTTP 404).' : undefined,
  });
  return { id: checkin, uuid: checkin, deleted: true };
};

export default defineCreate({
  key: 'delete_checkin',
  noun: 'Check-in',
  display: {
    label: 'Delete Check-in',
    description: 'Deletes a check-in for good. This cannot be undone.',
  },
  operation: {
    inputFields,
    perform,
    sample: { id: 'b1b292b3-29b2-4235-8103-321ed749db8d', uuid: 'b1b292b3-29b2-4235-8103-321ed749db8d', deleted: true },
    outputFields: [
      { key: 'id', label: 'Check-in ID' },
      { key: 'uuid', label: 'Check-in UUID (Same as Check-in ID)' },
      { key: 'deleted', label: 'Deleted', type: 'boolean' },
    ],
  },
});
