/**
 * Zapier-shaped inputs (`{target_users: ['a@b.c'], buttons: [{label, value}], more_field: 'x'}`) → the
 * parameters of one DailyBot node operation, as the n8n editor would save them, read from the built
 * node's own description: resource locators in ID mode, lists as `fixedCollection` rows, key/value
 * pairs, line items, fields under a collection ("More Options"), and a form's answers in the resource
 * mapper. So the real-n8n tests and the demo state each case once, in the words of the Zapier tests.
 */
/**
 * The part of n8n's `INodeProperties` read here (n8n-workflow's own type is not needed to read a
 * built description).
 */
export interface INodeProperties {
  name: string;
  displayName?: string;
  type: string;
  default?: unknown;
  displayOptions?: { show?: Record<string, unknown[] | undefined> };
  options?: Array<INodeProperties | { name: string; value: unknown } | { name: string; values?: INodeProperties[] }>;
  modes?: Array<{ name: string }>;
  typeOptions?: { multipleValues?: boolean } & Record<string, unknown>;
}

/** The part of a node's description read here. */
export interface NodeDescription {
  name: string;
  displayName: string;
  polling?: boolean;
  properties: INodeProperties[];
}

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value]);

/** The properties shown when the selector parameters (`resource`, `operation`, `event`) have these values. */
export const shownProperties = (properties: readonly INodeProperties[], selectors: Record<string, string>): INodeProperties[] =>
  properties.filter((p) => {
    if (p.name in selectors) return false;
    const show = p.displayOptions?.show;
    if (!show) return true;
    return Object.entries(selectors).every(([name, value]) => {
      const allowed = show[name] as unknown[] | undefined;
      return !allowed || allowed.includes(value);
    });
  });

/** The resource an operation value belongs to, by the node's Operation options. */
export const resourceOf = (properties: readonly INodeProperties[], operation: string): string | undefined => {
  for (const p of properties) {
    if (p.name !== 'operation' || !p.options?.some((o) => 'value' in o && o.value === operation)) continue;
    return (p.displayOptions?.show?.resource as string[] | undefined)?.[0];
  }
  return undefined;
};

/** Every operation value of the node. */
export const operationsOf = (properties: readonly INodeProperties[]): string[] =>
  properties.filter((p) => p.name === 'operation').flatMap((p) => (p.options ?? []).flatMap((o) => ('value' in o ? [String(o.value)] : [])));

const locator = (property: INodeProperties, value: unknown): Json => {
  const modes = (property.modes ?? []).map((m) => m.name).filter((name) => name !== 'list');
  const mode = modes.includes('id') ? 'id' : (modes[0] ?? 'id');
  return { __rl: true, mode, value: String(value) };
};

const scalar = (property: INodeProperties, value: unknown): unknown => {
  switch (property.type) {
    case 'resourceLocator':
      return locator(property, value);
    case 'boolean':
      return value === true || value === 'true' || value === 'yes';
    case 'number':
      return typeof value === 'number' ? value : Number(value);
    case 'string':
      if (property.typeOptions?.multipleValues) return listOf(value).map(String);
      return typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : String(value);
    case 'multiOptions':
      return listOf(value);
    case 'fixedCollection':
      return fixedCollection(property, value);
    default:
      return value;
  }
};

/** A `fixedCollection`: a list of single values, key/value pairs, or line items. */
const fixedCollection = (property: INodeProperties, value: unknown): Json => {
  const option = (property.options ?? [])[0] as { name: string; values?: INodeProperties[] } | undefined;
  if (!option?.values) throw new Error(`${property.name}: a fixedCollection without values`);
  const fields = option.values;
  const names = fields.map((f) => f.name).sort();
  if (names.length === 2 && names[0] === 'name' && names[1] === 'value' && isRecord(value)) {
    return { [option.name]: Object.entries(value).map(([name, v]) => ({ name, value: v })) };
  }
  if (fields.length === 1 && fields[0]!.name === 'value') {
    const items = typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : listOf(value);
    return { [option.name]: items.map((item) => ({ value: scalar(fields[0]!, item) })) };
  }
  return {
    [option.name]: listOf(value).map((row) => {
      if (!isRecord(row)) throw new Error(`${property.name}: each row must be an object`);
      const out: Json = {};
      for (const [key, v] of Object.entries(row)) {
        const field = fields.find((f) => f.name === key);
        if (!field) throw new Error(`${property.name}: no field "${key}" in a row (has ${names.join(', ')})`);
        out[key] = scalar(field, v);
      }
      return out;
    }),
  };
};

/**
 * Parameters from Zapier inputs for the properties shown. An input that no property or collection
 * option names goes to the resource mapper (a form's or check-in's answers) when there is one, else it
 * is an error (a misspelt key must not pass silently).
 */
const fill = (shown: readonly INodeProperties[], inputs: Json, what: string): Json => {
  const parameters: Json = {};
  const mapper = shown.find((p) => p.type === 'resourceMapper');
  for (const [key, value] of Object.entries(inputs)) {
    if (value === undefined) continue;
    const top = shown.find((p) => p.name === key && p.type !== 'collection');
    if (top) {
      parameters[key] = scalar(top, value);
      continue;
    }
    const collection = shown.find((p) => p.type === 'collection' && (p.options ?? []).some((o) => 'name' in o && o.name === key));
    if (collection) {
      const option = (collection.options as INodeProperties[]).find((o) => o.name === key)!;
      const current = (parameters[collection.name] as Json | undefined) ?? {};
      parameters[collection.name] = { ...current, [key]: scalar(option, value) };
      continue;
    }
    if (mapper) {
      const current = (parameters[mapper.name] as { value: Json } | undefined) ?? { mappingMode: 'defineBelow', value: {} as Json, matchingColumns: [], schema: [] };
      current.value[key] = value;
      parameters[mapper.name] = current;
      continue;
    }
    throw new Error(`${what}: no parameter "${key}" (it has ${shown.map((p) => p.name).join(', ')})`);
  }
  return parameters;
};

/** The DailyBot node's parameters for `operation` with the given Zapier inputs. */
export const toParameters = (properties: readonly INodeProperties[], operation: string, inputs: Json): Json => {
  const resource = resourceOf(properties, operation);
  if (!resource) throw new Error(`The DailyBot node has no operation "${operation}".`);
  return { resource, operation, ...fill(shownProperties(properties, { resource, operation }), inputs, operation) };
};

/** A trigger node's parameters: its `event` (when it has one) and the Zapier trigger's inputs. */
export const triggerParameters = (properties: readonly INodeProperties[], event: string | undefined, inputs: Json): Json => {
  const selectors: Record<string, string> = event === undefined ? {} : { event };
  return { ...selectors, ...fill(shownProperties(properties, selectors), inputs, event ?? 'trigger') };
};
