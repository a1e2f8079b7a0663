/**
 * An action's inputs: checked by its rules (src/inputs.ts), then for text Zapier will not send.
 *
 * zapier-platform-core refuses any request holding `{{bundle.…}}` or `{{process.…}}` (it reads them as
 * request templates, prepare-request.js `throwForCurlies`), with an error that reads like a network
 * failure. So such text is refused here, before anything is sent, naming the field that holds it.
 */
import type { ZObject } from 'zapier-platform-core';
import type * as Zod from 'zod';

import { parseInputs } from '../inputs';
import type { LazySchema } from '../schema';

type Fields = Parameters<typeof parseInputs>[3];

const ZAPIER_CURLIES = /{{\s*(bundle|process)\.[^}]*}}/;

const refuseZapierCurlies = (z: ZObject, inputs: unknown, fields: Fields): void => {
  if (!inputs || typeof inputs !== 'object') return;
  const labels = Object.entries(inputs)
    .filter(([, value]) => value !== undefined && ZAPIER_CURLIES.test(JSON.stringify(value)))
    .map(([key]) => `“${fields.find((field) => field.key === key)?.label ?? key}”`);
  if (labels.length === 0) return;
  throw new z.errors.Error(
    `Check ${labels.length === 1 ? 'this field' : 'these fields'}: ${labels.join(', ')} ${labels.length === 1 ? 'holds' : 'hold'} text like ` +
      '“{{bundle.…}}” or “{{process.…}}”, which Zapier does not let a step send. Remove those double curly braces.',
    'invalid_input',
    400,
  );
};

export const parseActionInputs = <T extends Zod.ZodType>(z: ZObject, rules: LazySchema<T>, inputData: unknown, fields: Fields): Zod.output<T> => {
  const inputs = parseInputs(z, rules, inputData, fields);
  refuseZapierCurlies(z, inputs, fields);
  return inputs;
};

/** Only the values the Zap builder gave, under the documented keys. */
export const pickDefined = <K extends string>(values: Partial<Record<K, unknown>>, keys: readonly K[]): Partial<Record<K, unknown>> => {
  const out: Partial<Record<K, unknown>> = {};
  for (const key of keys) if (values[key] !== undefined) out[key] = values[key];
  return out;
};
