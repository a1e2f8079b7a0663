/**
 * n8n parameters → the Zapier inputs a step reads, by the generated plans (./plan.ts). Empty values are
 * left out, as Zapier leaves out a field nobody filled in. The same conversion of the raw parameters
 * (expressions unresolved) gives `inputDataRaw`, so a step can tell a mapped value that came out empty
 * from a field left empty, as it does on Zapier (src/inputs/parse.ts `wasMapped`).
 */
import type { FieldPlan, OperationPlan } from './plan';

/** Reads one parameter: `raw` asks for expressions unresolved. */
export type ParameterReader = (name: string, fallback: unknown, raw: boolean) => unknown;

type Row = Record<string, unknown>;

const isRecord = (value: unknown): value is Row => value !== null && typeof value === 'object' && !Array.isArray(value);

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (isRecord(value) && Object.keys(value).length === 0);

/** A resource locator's value (`{__rl, mode, value}`), or the value itself. */
export const locatorValue = (value: unknown): unknown => (isRecord(value) && 'value' in value ? value.value : value);

const rowsOf = (value: unknown): Row[] => (isRecord(value) && Array.isArray(value.values) ? (value.values as unknown[]).filter(isRecord) : []);

const convert = (plan: FieldPlan, value: unknown): unknown => {
  switch (plan.kind) {
    case 'locator':
      return locatorValue(value);
    case 'locators':
      return rowsOf(value)
        .map((row) => locatorValue(row.value))
        .filter((v) => !isEmpty(v));
    case 'texts':
      return (Array.isArray(value) ? value : isEmpty(value) ? [] : [value]).filter((v) => !isEmpty(v));
    case 'rows':
      return rowsOf(value).map((row) => {
        const out: Row = {};
        for (const child of plan.children ?? []) {
          const converted = convert(child, row[child.key]);
          if (!isEmpty(converted)) out[child.key] = converted;
        }
        return out;
      });
    case 'pairs':
      return Object.fromEntries(rowsOf(value).filter((row) => typeof row.name === 'string' && row.name.trim() !== '').map((row) => [String(row.name).trim(), row.value ?? '']));
    case 'mapper':
      return isRecord(value) && isRecord(value.value) ? value.value : {};
    default:
      return value;
  }
};

const read = (plan: OperationPlan, get: ParameterReader, raw: boolean): Row => {
  const inputs: Row = {};
  const collections = new Map<string, Row>();
  for (const field of plan.fields) {
    let value: unknown;
    if (field.in) {
      if (!collections.has(field.in)) {
        const collection = get(field.in, {}, raw);
        collections.set(field.in, isRecord(collection) ? collection : {});
      }
      value = collections.get(field.in)![field.key];
    } else {
      value = get(field.key, undefined, raw);
    }
    const converted = convert(field, value);
    if (field.kind === 'mapper' && isRecord(converted)) {
      for (const [key, answer] of Object.entries(converted)) if (!isEmpty(answer)) inputs[key] = answer;
    } else if (!isEmpty(converted)) {
      inputs[field.key] = converted;
    }
  }
  return inputs;
};

/** The step's `inputData` and `inputDataRaw` for one item. */
export const readInputs = (plan: OperationPlan, get: ParameterReader): { inputData: Row; inputDataRaw: Row } => ({
  inputData: read(plan, get, false),
  inputDataRaw: read(plan, get, true),
});
