/**
 * A step's inputs, checked before any request: `parseInputs(z, rules, bundle.inputData, inputFields)`
 * returns typed, coerced values, or throws one `z.errors.Error` that names every field to fix by the
 * label the Zap builder sees.
 */
import type { ZObject } from 'zapier-platform-core';
import type * as Zod from 'zod';

import type { LazySchema } from '../schemas/lazy';
import { groupFields, groupLabels } from './fields';

interface FieldLike {
  key: string;
  label?: string;
  children?: readonly FieldLike[];
}

const labelOf = (fields: readonly FieldLike[] | undefined, key: PropertyKey): string => {
  const field = fields?.find((f) => f.key === key);
  return field?.label ?? String(key);
};

/** "“Buttons” (item 2) “Label”" for the path ["buttons", 1, "label"]. */
const describePath = (fields: readonly FieldLike[], path: readonly PropertyKey[]): string => {
  const parts: string[] = [];
  let scope: readonly FieldLike[] | undefined = fields;
  let parent: FieldLike | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') {
      parts.push(`(item ${segment + 1})`);
      scope = parent?.children ?? scope;
      continue;
    }
    parent = scope?.find((f) => f.key === segment);
    parts.push(`“${labelOf(scope, segment)}”`);
  }
  return parts.join(' ');
};

export const inputErrorMessage = (issues: readonly Zod.core.$ZodIssue[], fields: readonly FieldLike[]): string => {
  const lines = new Set<string>();
  for (const issue of issues) {
    // a list item's rule sits under the list field; name the field once
    const path = issue.path.filter((segment, i) => !(typeof segment === 'number' && i === issue.path.length - 1 && !fields.find((f) => f.key === issue.path[0])?.children));
    lines.add(path.length === 0 ? issue.message : `${describePath(fields, path)} ${issue.message}`);
  }
  const list = [...lines];
  const head = list.length === 1 ? 'Check this field' : 'Check these fields';
  return `${head}: ${list.join('; ')}.`.replace(/\.\.$/, '.');
};

export const parseInputs = <T extends Zod.ZodType>(
  z: ZObject,
  rules: LazySchema<T>,
  inputData: unknown,
  fields: readonly FieldLike[],
): Zod.output<T> => {
  const result = rules.safeParse(inputData ?? {});
  if (result.success) return result.data;
  throw new z.errors.Error(inputErrorMessage(result.error.issues, fields), 'invalid_input', 400);
};

/*
 * Halting (Zapier's "Halting Execution"): a run that has nothing to do ends with `z.errors.HaltedError`,
 * which Zapier shows as "halted" and never counts toward turning the Zap off; a Zap set up wrong, or
 * a request DailyBot refuses, stays an error. What tells them apart is where a value came from:
 * Zapier's raw input (`bundle.inputDataRaw`) keeps the `{{…}}` of a mapped field, so a field that was
 * mapped but came out empty in this run means "nothing to do this time", while a field left empty in
 * the Zap's setup is the Zap builder's to fix.
 */

interface BundleInputs {
  inputData?: Record<string, unknown>;
  inputDataRaw?: Record<string, unknown>;
}

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.replace(/[\s,;]/g, '') === '') ||
  (Array.isArray(value) && value.every(isBlank));

/** Whether `key` was mapped from an earlier step (its raw value holds `{{…}}`). */
export const wasMapped = (bundle: BundleInputs, key: string): boolean => {
  const raw = bundle.inputDataRaw?.[key];
  const parts = Array.isArray(raw) ? raw : [raw];
  return parts.some((part) => typeof part === 'string' && /\{\{[^}]+\}\}/.test(part));
};

/** Halts with `message` when every one of `keys` is empty in this run although at least one was mapped. */
export const haltWhenMappedEmpty = (z: ZObject, bundle: BundleInputs, keys: readonly string[], message: string): void => {
  const data = bundle.inputData ?? {};
  if (keys.every((key) => isBlank(data[key])) && keys.some((key) => wasMapped(bundle, key))) throw new z.errors.HaltedError(message);
};

/**
 * Halts when the "at least one of" group `group` (src/inputs/fields.ts) is all empty in this run
 * although some of it was mapped: "<what>: “Users”, “Teams” or “Channels” were mapped but empty".
 */
export const haltWhenGroupEmpty = (z: ZObject, bundle: BundleInputs, fields: readonly FieldLike[], group: string, what: string): void => {
  const members = groupFields(fields as readonly (FieldLike & { meta?: Record<string, string | number | boolean> })[], group);
  haltWhenMappedEmpty(
    z,
    bundle,
    members.map((field) => field.key),
    `${what}: ${groupLabels(members)} came from earlier steps but all were empty in this run, so there was nobody to act on.`,
  );
};
