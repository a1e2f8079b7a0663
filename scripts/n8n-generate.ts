/**
 * Writes the n8n package's descriptions from the Zapier app's own definitions (n8n/src/generated/), so
 * a label, help text, default, required mark or group has one home. `npm run docs` runs it too;
 * test/n8n/generate.test.ts fails when the generated files are stale.
 *
 * The DailyBot node: one resource per noun, one operation per visible action and search (value = the
 * step key; Ask in Chat is n8n's `sendAndWait`). The trigger node: one event per instant trigger
 * (value = the trigger key) with its filter. The approvals node: the polling trigger's fields.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type AppDefinition from '../index';
import type { OperationPlan } from '../n8n/src/runtime/plan';
import { forN8n } from '../n8n/src/runtime/wording';
import { collectionLabel, collectionOf, describeField, listOf, type ZField } from './n8n-describe';

const App = (require('../index.ts') as { default: typeof AppDefinition }).default;

export const GENERATED_DIR = path.resolve(__dirname, '..', 'n8n', 'src', 'generated');

type FieldFn = (z: unknown, bundle: { inputData: Record<string, unknown> }) => unknown;
interface Step {
  key: string;
  noun: string;
  display: { label: string; description: string; hidden?: boolean };
  operation: { type?: string; inputFields?: Array<ZField | FieldFn>; inputFieldGroups?: Array<{ key: string; label: string }> };
}

/** The operation value n8n needs for Ask in Chat (house style §10). */
export const SEND_AND_WAIT = 'sendAndWait';
export const operationValue = (key: string): string => (key === 'ask_in_chat' ? SEND_AND_WAIT : key);

/** "Check-in Response" → "checkinResponse". */
const resourceValue = (noun: string): string =>
  noun
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word, i) => (i === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()))
    .join('')
    .replace(/^checkIn/, 'checkin');

/** "Send Check-in Reminder" → "Send check-in reminder" (n8n wants actions in sentence case). */
const sentenceCase = (label: string): string => label.charAt(0) + label.slice(1).toLowerCase().replace(/\bdailybot\b/g, 'DailyBot');

const byName = <T extends { name: string }>(items: T[]): T[] => [...items].sort((a, b) => a.name.localeCompare(b.name));

/**
 * The fields a function adds: a fixed list (called with each choice of the fields before it) when it
 * sends no request, else `undefined` (the step needs a resource mapper: a form's questions).
 */
const probeFunction = async (fn: FieldFn, before: ZField[]): Promise<ZField[] | undefined> => {
  const refuse = () => {
    throw new Error('probe');
  };
  const z = { request: refuse, errors: { Error, HaltedError: Error }, cache: { get: refuse, set: refuse }, hash: () => 'x', console: { log: () => undefined } };
  const probes: Record<string, unknown>[] = [{}];
  for (const field of before.filter((f) => f.altersDynamicFields)) {
    const values = field.choices ? (Array.isArray(field.choices) ? field.choices.map((c) => (typeof c === 'string' ? c : c.value)) : Object.keys(field.choices)) : ['5945bf02-66f5-4b29-bbd6-07421dfa0a87'];
    for (const value of values) probes.push({ [field.key]: value });
  }
  const found = new Map<string, ZField>();
  for (const inputData of probes) {
    try {
      const fields = (await fn(z, { inputData })) as ZField[];
      for (const field of fields ?? []) found.set(field.key, field);
    } catch {
      return undefined;
    }
  }
  return [...found.values()];
};

interface Described {
  properties: INodeProperties[];
  plan: OperationPlan;
}

/** One step's properties (shown for `show`) and plan. */
const describeStep = async (kind: OperationPlan['kind'], step: Step, show: Record<string, string[]>): Promise<Described> => {
  const top: INodeProperties[] = [];
  const collections = new Map<string, INodeProperties[]>();
  const plan: OperationPlan = { kind, key: step.key, label: step.display.label, fields: [] };
  const seen: ZField[] = [];
  const add = (field: ZField) => {
    const described = describeField(field);
    if (!described) return;
    const collection = collectionOf(field, kind === 'triggers');
    if (collection) {
      collections.set(collection, [...(collections.get(collection) ?? []), described.property]);
      plan.fields.push({ ...described.plan, in: collection });
    } else {
      top.push({ ...described.property, displayOptions: { show } });
      plan.fields.push(described.plan);
    }
  };
  for (const entry of step.operation.inputFields ?? []) {
    if (typeof entry !== 'function') {
      add(entry);
      seen.push(entry);
      continue;
    }
    const fixed = await probeFunction(entry, seen);
    if (fixed) {
      for (const field of fixed) add(field);
      continue;
    }
    const dependsOn = seen.filter((f) => f.altersDynamicFields).map((f) => f.key);
    plan.mapper = { dependsOn };
    plan.fields.push({ key: 'fields', kind: 'mapper' });
    top.push({
      displayName: dependsOn.some((k) => k === 'form' || k === 'checkin') ? 'Answers' : 'Fields',
      name: 'fields',
      type: 'resourceMapper',
      noDataExpression: true,
      default: { mappingMode: 'defineBelow', value: null },
      required: true,
      displayOptions: { show },
      typeOptions: {
        loadOptionsDependsOn: dependsOn.map((k) => `${k}.value`),
        resourceMapper: {
          resourceMapperMethod: 'stepFields',
          mode: 'add',
          fieldWords: { singular: 'answer', plural: 'answers' },
          addAllFields: true,
          multiKeyMatch: false,
          supportAutoMap: false,
          noFieldsError: 'Choose one first: its questions appear here.',
        },
      },
    } as INodeProperties);
  }
  for (const [name, options] of collections) {
    top.push({
      displayName: collectionLabel(name, step.operation.inputFieldGroups),
      name,
      type: 'collection',
      placeholder: 'Add Field',
      default: {},
      displayOptions: { show },
      options: [...options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
    });
  }
  return { properties: top, plan };
};

const visible = (steps: Record<string, Step>): Step[] => Object.values(steps).filter((s) => !s.display.hidden);

const app = App as unknown as Record<'creates' | 'searches' | 'triggers', Record<string, Step>>;

/** Every `list_*` a generated property searches. */
const listsIn = (properties: unknown): string[] => [...new Set([...JSON.stringify(properties).matchAll(/"searchListMethod":"([^"]+)"/g)].map((m) => m[1]!))].sort();

export const describeActions = async () => {
  const steps = [...visible(app.creates).map((s) => ['creates', s] as const), ...visible(app.searches).map((s) => ['searches', s] as const)];
  const nouns = new Map<string, string>();
  for (const [, step] of steps) nouns.set(resourceValue(step.noun), step.noun);
  const resource: INodeProperties = {
    displayName: 'Resource',
    name: 'resource',
    type: 'options',
    noDataExpression: true,
    options: byName([...nouns].map(([value, name]) => ({ name, value }))),
    default: resourceValue(steps[0]![1].noun),
  };
  const operations: INodeProperties[] = [];
  const fields: INodeProperties[] = [];
  const plans: Record<string, OperationPlan> = {};
  for (const [value] of nouns) {
    const mine = steps.filter(([, s]) => resourceValue(s.noun) === value);
    const options: INodePropertyOptions[] = mine.map(([, s]) => ({
      name: s.display.label,
      value: operationValue(s.key),
      description: forN8n(s.display.description),
      action: sentenceCase(s.display.label),
    }));
    operations.push({
      displayName: 'Operation',
      name: 'operation',
      type: 'options',
      noDataExpression: true,
      displayOptions: { show: { resource: [value] } },
      options: byName(options),
      default: options[0]!.value as string,
    });
    for (const [kind, step] of mine) {
      const op = operationValue(step.key);
      const described = await describeStep(kind, step, { resource: [value], operation: [op] });
      fields.push(...described.properties);
      plans[op] = described.plan;
    }
  }
  const properties = [resource, ...operations, ...fields];
  return { properties, plans, lists: listsIn(properties) };
};

export const describeTriggers = async () => {
  const instant = visible(app.triggers).filter((s) => s.operation.type === 'hook');
  const polling = visible(app.triggers).filter((s) => s.operation.type !== 'hook');
  const event: INodeProperties = {
    displayName: 'Event',
    name: 'event',
    type: 'options',
    noDataExpression: true,
    required: true,
    options: byName(instant.map((s) => ({ name: s.display.label, value: s.key, description: forN8n(s.display.description) }))),
    default: instant[0]!.key,
  };
  const filters = new Map<string, { property: INodeProperties; events: string[] }>();
  const plans: Record<string, OperationPlan> = {};
  for (const step of instant) {
    const described = await describeStep('triggers', step, {});
    plans[step.key] = described.plan;
    for (const property of described.properties) {
      const entry = filters.get(property.name) ?? { property, events: [] };
      entry.events.push(step.key);
      filters.set(property.name, entry);
    }
  }
  const filterProperties = [...filters.values()].map(({ property, events }) => ({ ...property, displayOptions: { show: { event: events } } }));
  const polls = await Promise.all(polling.map(async (step) => ({ step, described: await describeStep('triggers', step, {}) })));
  const pollProperties = polls.flatMap(({ described }) => described.properties.map(({ displayOptions: _unused, ...property }) => property as INodeProperties));
  const pollPlans = Object.fromEntries(polls.map(({ step, described }) => [step.key, described.plan]));
  const properties = [event, ...filterProperties];
  return { properties, plans, pollProperties, pollPlans, lists: listsIn([properties, pollProperties]) };
};

/** The connection's fields as the credential's (camelCase names; help turned into n8n's form). */
export const describeCredential = () => {
  const fields = (App as unknown as { authentication: { fields: ZField[] } }).authentication.fields;
  const camel = (key: string) => key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  const properties = fields.map((field) => {
    const { property } = describeField({ ...field, type: field.type === 'password' ? 'password' : field.type })!;
    return { ...property, name: camel(field.key) };
  });
  const keys = Object.fromEntries(fields.map((field) => [camel(field.key), field.key]));
  return { properties, keys };
};

/**
 * n8n's node lint, mechanically: no `required: false` (the default), no empty description, and no final
 * period on a one-sentence description (its node-param-description-excess-final-period rule's test).
 */
const tidy = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(tidy);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === 'required' && item === false) continue;
    if (key === 'description' && typeof item === 'string') {
      if (item === '') continue;
      const oneSentence = item.replace('e.g.', '').split('. ').length === 1 && item.endsWith('.') && !/\s{2,}/.test(item);
      out[key] = oneSentence ? item.slice(0, -1) : item;
      continue;
    }
    out[key] = tidy(item);
  }
  return out;
};

const HEADER = '// Written by `npm run docs` (scripts/n8n-generate.ts) from the Zapier app\'s definitions: do not edit by hand.\n';

const file = (body: string): string => `${HEADER}${body}`;
/** JSON with identifier keys unquoted, as hand-written descriptions are: n8n's lint rules match `key: value` properties by identifier, so quoted keys would hide every description from them. */
const json = (value: unknown): string => JSON.stringify(tidy(value), null, 2).replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, '$1$2:');

/** Every generated file: name → content. */
export const generate = async (): Promise<Record<string, string>> => {
  const actions = await describeActions();
  const triggers = await describeTriggers();
  const credential = describeCredential();
  return {
    'credential.ts': file(
      `import type { INodeProperties } from 'n8n-workflow';\n\n` +
        `export const credentialProperties: INodeProperties[] = ${json(credential.properties)};\n\n` +
        `/** Each credential field's Zapier connection key. */\nexport const connectionKeys: Record<string, string> = ${json(credential.keys)};\n`,
    ),
    'actions.ts': file(
      `import type { INodeProperties } from 'n8n-workflow';\n\nimport type { OperationPlan } from '../runtime/plan';\n\n` +
        `export const actionProperties: INodeProperties[] = ${json(actions.properties)};\n\n` +
        `export const operationPlans: Record<string, OperationPlan> = ${json(actions.plans)};\n\n` +
        `export const actionLists: string[] = ${json(actions.lists)};\n`,
    ),
    'triggers.ts': file(
      `import type { INodeProperties } from 'n8n-workflow';\n\nimport type { OperationPlan } from '../runtime/plan';\n\n` +
        `export const triggerProperties: INodeProperties[] = ${json(triggers.properties)};\n\n` +
        `export const triggerPlans: Record<string, OperationPlan> = ${json(triggers.plans)};\n\n` +
        `export const pollProperties: INodeProperties[] = ${json(triggers.pollProperties)};\n\n` +
        `export const pollPlans: Record<string, OperationPlan> = ${json(triggers.pollPlans)};\n\n` +
        `export const triggerLists: string[] = ${json(triggers.lists)};\n`,
    ),
  };
};

if (require.main === module) {
  void generate().then((files) => {
    fs.mkdirSync(GENERATED_DIR, { recursive: true });
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(GENERATED_DIR, name), content);
    console.log(`n8n descriptions written to ${path.relative(process.cwd(), GENERATED_DIR)}/ (${Object.keys(files).join(', ')})`);
  });
}
