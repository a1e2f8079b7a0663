/**
 * Zapier's compatibility checks (C001–C003): a version may not remove or hide a public step (C001), an
 * input key (C002) or a sample key (C003) that an earlier version had, or Zaps built on it break.
 * test/fixtures/v1-surface.json is version 1.0.0's surface (main at 8907c8b), read from its app
 * definition: every step with its hidden flag, its input keys (line-item children as `parent[]child`)
 * and its sample keys, and the connection's fields. An input that became dynamic (shown only for some
 * choices, issue 15 item 10) still counts when a dynamic field function gives it for one of the step's
 * own choices.
 */
import App from '../index';
import v1 from './fixtures/v1-surface.json';

type Field = { key: string; choices?: unknown; children?: Field[] } | ((z: unknown, bundle: unknown) => unknown);
interface Step {
  display?: { hidden?: boolean };
  operation: { inputFields?: Field[]; sample?: Record<string, unknown> };
}
type Kind = 'triggers' | 'creates' | 'searches';
interface Surface {
  hidden: boolean;
  inputs: string[];
  sample: string[];
}

const staticKeys = (fields: readonly Field[]): string[] =>
  fields.flatMap((f) => (typeof f === 'function' ? [] : [f.key, ...(f.children ?? []).map((c) => `${f.key}[]${(c as { key: string }).key}`)]));

const choiceValues = (choices: unknown): string[] =>
  Array.isArray(choices) ? choices.map((c) => (typeof c === 'object' && c !== null ? String((c as { value: unknown }).value) : String(c))) : Object.keys(choices ?? {});

/** The keys the step's dynamic field functions give, for each choice of each of its fields (no request is allowed). */
const dynamicKeys = (fields: readonly Field[]): string[] => {
  const z = { request: () => Promise.reject(new Error('no request here')) };
  const choices = fields.flatMap((f) => (typeof f === 'function' ? [] : choiceValues(f.choices).map((value) => ({ [f.key]: value }))));
  const keys = new Set<string>();
  for (const fn of fields.filter((f): f is Exclude<Field, { key: string }> => typeof f === 'function')) {
    for (const inputData of [{}, ...choices]) {
      const given = fn(z, { inputData, authData: {} });
      if (Array.isArray(given)) for (const key of staticKeys(given as Field[])) keys.add(key);
    }
  }
  return [...keys];
};

const app = App as unknown as Record<Kind, Record<string, Step>> & { authentication: { fields: Field[] } };
const kinds: Kind[] = ['triggers', 'creates', 'searches'];
const before = v1 as unknown as Record<Kind, Record<string, Surface>> & { authentication: string[] };
const rows = kinds.flatMap((kind) => Object.entries(before[kind]).map(([key, surface]) => [kind, key, surface] as const));

describe('everything version 1.0.0 offered is still there', () => {
  it.each(rows)('%s %s: the step, every input key and every sample key (C001–C003)', (kind, key, surface) => {
    const step = app[kind][key];
    expect(step).toBeDefined();
    if (!surface.hidden) expect(step!.display?.hidden ?? false).toBe(false);
    const fields = step!.operation.inputFields ?? [];
    const inputs = new Set(staticKeys(fields));
    const missing = surface.inputs.filter((k) => !inputs.has(k));
    if (missing.length > 0) {
      const dynamic = new Set(dynamicKeys(fields));
      expect(missing.filter((k) => !dynamic.has(k))).toEqual([]);
    }
    expect(surface.sample.filter((k) => !(k in (step!.operation.sample ?? {})))).toEqual([]);
  });

  it('the connection keeps its fields', () => {
    const keys = staticKeys(app.authentication.fields);
    expect(before.authentication.filter((k) => !keys.includes(k))).toEqual([]);
  });
});
