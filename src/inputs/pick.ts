/** Small helpers the actions share. */
/** Only the values the Zap builder gave, under the documented keys. */
export const pickDefined = <K extends string>(values: Partial<Record<K, unknown>>, keys: readonly K[]): Partial<Record<K, unknown>> => {
  const out: Partial<Record<K, unknown>> = {};
  for (const key of keys) if (values[key] !== undefined) out[key] = values[key];
  return out;
};
