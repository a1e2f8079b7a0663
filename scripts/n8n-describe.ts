/**
 * Zapier input fields → n8n node properties and the plans that read them back (n8n/src/runtime/plan.ts).
 * Used by scripts/n8n-generate.ts; nothing here runs inside n8n.
 *
 * - Required fields, and fields of an "at least one of" group, sit at the top; other optional fields
 *   go into a collection: their Zapier group's ("Schedule", "More Options"), else "Additional Fields".
 * - A dropdown (`dynamic: 'list_x.id.name'`) is a resource locator searching `list_x`, with an ID mode
 *   (for people: ID, email or name); a list of them is rows of locators.
 * - Fields a function adds (a form's questions) are a resource mapper.
 */
import type { INodeProperties } from 'n8n-workflow';

import type { FieldPlan } from '../n8n/src/runtime/plan';
import { forN8n } from '../n8n/src/runtime/wording';

export interface ZField {
  key: string;
  label?: string;
  type?: string;
  required?: boolean;
  list?: boolean;
  dynamic?: string;
  helpText?: string;
  default?: string;
  placeholder?: string;
  choices?: Array<{ value: string; label: string }> | Record<string, string> | string[];
  children?: ZField[];
  dict?: boolean;
  group?: string;
  altersDynamicFields?: boolean;
  meta?: Record<string, unknown>;
}

const GROUP_LABELS: Record<string, string> = { more: 'More Options' };
export const ADDITIONAL = 'additional_fields';

/** Zapier's Markdown help → the HTML-ish text n8n shows. */
export const helpHtml = (markdown: string | undefined): string =>
  forN8n(markdown ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');

const choicesOf = (field: ZField): Array<{ name: string; value: string }> => {
  const raw = field.choices;
  const list = Array.isArray(raw)
    ? raw.map((c) => (typeof c === 'string' ? { name: c, value: c } : { name: c.label, value: c.value }))
    : Object.entries(raw ?? {}).map(([value, name]) => ({ name, value }));
  return list.length >= 5 ? [...list].sort((a, b) => a.name.localeCompare(b.name)) : list;
};

/** The list a dropdown reads (`list_users` of `list_users.id.name`). */
export const listOf = (field: ZField): string | undefined => field.dynamic?.split('.')[0];

const isPeople = (list: string | undefined) => list === 'list_users' || list === 'list_checkin_participants' || list === 'list_team_members';

const locator = (field: ZField, name: string, displayName: string, required: boolean, description: string): INodeProperties => {
  const list = listOf(field)!;
  return {
    displayName,
    name,
    type: 'resourceLocator',
    default: { mode: 'list', value: '' },
    required,
    description,
    modes: [
      { displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: list, searchable: true } },
      {
        displayName: isPeople(list) ? 'By ID, Email or Name' : 'By ID',
        name: 'id',
        type: 'string',
        placeholder: isPeople(list) ? 'e.g. priya@example.com' : 'e.g. 5945bf02-66f5-4b29-bbd6-07421dfa0a87',
      },
    ],
  } as INodeProperties;
};

/** One Zapier field → its n8n property and plan (without displayOptions or collection). */
export const describeField = (field: ZField): { property: INodeProperties; plan: FieldPlan } | undefined => {
  const displayName = field.label ?? field.key;
  const description = helpHtml(field.helpText);
  const required = field.required === true;
  const base = { displayName, name: field.key, description, ...(required ? { required: true } : {}) };
  if (field.type === 'copy') {
    return { property: { displayName: description || displayName, name: field.key, type: 'notice', default: '' }, plan: { key: field.key, kind: 'value' } };
  }
  /** Rows of `values` (n8n's fixedCollection whose value is `{values: [{…}]}`). */
  const rows = (placeholder: string, optionName: string, values: INodeProperties[]): INodeProperties => ({
    ...base,
    type: 'fixedCollection',
    typeOptions: { multipleValues: true },
    default: {},
    placeholder,
    options: [{ displayName: optionName, name: 'values', values: [...values].sort((a, b) => a.displayName.localeCompare(b.displayName)) }],
  });
  const one = displayName.replace(/s$/, '');
  if (field.children) {
    const children = field.children.map((child) => describeField(child)!);
    return {
      property: rows(`Add ${one}`, displayName, children.map((c) => c.property)),
      plan: { key: field.key, kind: 'rows', children: children.map((c) => c.plan) },
    };
  }
  if (field.dict) {
    const pair = ['Name', 'Value'].map((label) => ({ displayName: label, name: label.toLowerCase(), type: 'string', default: '' }) as INodeProperties);
    return { property: rows('Add Value', 'Values', pair), plan: { key: field.key, kind: 'pairs' } };
  }
  if (field.dynamic) {
    if (!field.list) return { property: locator(field, field.key, displayName, required, description), plan: { key: field.key, kind: 'locator' } };
    return { property: rows(`Add ${one}`, displayName, [locator(field, 'value', one, false, '')]), plan: { key: field.key, kind: 'locators' } };
  }
  if (field.choices) {
    const options = choicesOf(field);
    if (field.list) return { property: { ...base, type: 'multiOptions', options, default: [] }, plan: { key: field.key, kind: 'value' } };
    return { property: { ...base, type: 'options', options, default: field.default ?? options[0]?.value ?? '' }, plan: { key: field.key, kind: 'value' } };
  }
  if (field.list) {
    return {
      property: { ...base, type: 'string', typeOptions: { multipleValues: true }, default: [], placeholder: `Add ${displayName.replace(/s$/, '')}` },
      plan: { key: field.key, kind: 'texts' },
    };
  }
  const typed: Partial<INodeProperties> =
    field.type === 'boolean'
      ? { type: 'boolean', default: false }
      : field.type === 'integer' || field.type === 'number'
        ? { type: 'number', default: 0 }
        : field.type === 'datetime'
          ? { type: 'dateTime', default: '' }
          : field.type === 'password'
            ? { type: 'string', typeOptions: { password: true }, default: '' }
            : field.type === 'text'
              ? { type: 'string', typeOptions: { rows: 4 }, default: field.default ?? '' }
              : { type: 'string', default: field.default ?? '' };
  return { property: { ...base, ...typed, ...(field.placeholder ? { placeholder: field.placeholder } : {}) } as INodeProperties, plan: { key: field.key, kind: 'value' } };
};

/** Where an optional field goes: its group's collection, or "Additional Fields" (a trigger's filters: on top). */
export const collectionOf = (field: ZField, filtersOnTop = false): string | undefined => {
  if (field.required || field.type === 'copy' || field.meta?.at_least_one_of) return undefined;
  // a trigger's filters (a check-in, a form, a team) are what it is about: on top, empty for "any"
  if (filtersOnTop && field.dynamic && !field.list) return undefined;
  return field.group ?? ADDITIONAL;
};

export const collectionLabel = (group: string, groups: Array<{ key: string; label: string }> = []): string =>
  groups.find((g) => g.key === group)?.label ?? GROUP_LABELS[group] ?? (group === ADDITIONAL ? 'Additional Fields' : group);
