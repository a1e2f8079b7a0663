/**
 * A step's inputs, checked before any request: `parseInputs(z, rules, bundle.inputData, inputFields)`
 * returns typed, coerced values, or throws one `z.errors.Error` that names every field to fix by the
 * label the Zap builder sees.
 */
import type { ZObject } from 'zapier-platform-core';
import type * as Zod from 'zod';

import type { LazySchema } from '../schemas/lazy';

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
