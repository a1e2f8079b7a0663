/**
 * What Zapier's reviewers and integration checks look at, for every step at once:
 * the sample parses with the step's own output schema (zod is the single source of truth), the sample
 * and the output fields describe the same keys with the same types (D024), dates are ISO 8601 with an
 * offset (D023), labels are Title Case (D018) and descriptions follow Zapier's wording (D021).
 */
import { createSteps } from '../src/creates';
import { searchSteps } from '../src/searches';
import type { StepModule } from '../src/steps';
import { triggerSteps } from '../src/triggers';

interface OutputField {
  key: string;
  label?: string;
  type?: string;
  required?: boolean;
}

interface StepDefinition {
  key: string;
  noun: string;
  display: { label: string; description: string; hidden?: boolean };
  operation: { sample?: Record<string, unknown>; outputFields?: OutputField[]; inputFields?: Array<{ key: string; label?: string }> };
}

const steps: Array<[string, StepModule]> = [
  ...triggerSteps.map((m): [string, StepModule] => [`trigger ${m.default.key}`, m]),
  ...createSteps.map((m): [string, StepModule] => [`action ${m.default.key}`, m]),
  ...searchSteps.map((m): [string, StepModule] => [`search ${m.default.key}`, m]),
];

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'vs']);

/** The sample's keys in Zapier's notation: `user__name` for nested objects, `answers[]question` for lists of objects. */
const flatten = (value: unknown, prefix = ''): Map<string, unknown> => {
  const out = new Map<string, unknown>();
  if (Array.isArray(value)) {
    const objects = value.filter((item) => item !== null && typeof item === 'object' && !Array.isArray(item));
    if (objects.length > 0) {
      for (const item of objects) for (const [k, v] of flatten(item)) if (!out.has(`${prefix}[]${k}`)) out.set(`${prefix}[]${k}`, v);
    } else {
      out.set(prefix, value);
    }
    return out;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const key = prefix ? `${prefix}__${k}` : k;
      if (v !== null && typeof v === 'object' && (!Array.isArray(v) || v.some((i) => i !== null && typeof i === 'object'))) {
        for (const [fk, fv] of flatten(v, key)) out.set(fk, fv);
      } else {
        out.set(key, v);
      }
    }
  }
  return out;
};

const isTitleCase = (label: string): boolean =>
  label.split(/\s+/).every((word, i) => {
    const bare = word.replace(/^[("“]+|[)"”:,.]+$/g, '');
    if (bare === '' || /^[^A-Za-z]/.test(bare)) return true;
    if (i > 0 && SMALL_WORDS.has(bare.toLowerCase()) && bare === bare.toLowerCase()) return true;
    return /^[A-Z0-9]/.test(bare); // a hyphenated word ("Check-in") is capitalized once
  });

describe.each(steps)('%s', (_name, module) => {
  const step = module.default as unknown as StepDefinition;
  const sample = step.operation.sample ?? {};
  const outputFields = step.operation.outputFields ?? [];

  it('has a sample that parses with its own output schema', () => {
    const parsed = module.output.safeParse(sample);
    if (!parsed.success) throw new Error(`sample does not match the schema: ${JSON.stringify(parsed.error.issues, null, 2)}`);
  });

  it('declares an output field for every key of its sample, and no other', () => {
    const sampleKeys = [...flatten(sample).keys()].sort();
    const fieldKeys = outputFields.map((f) => f.key).sort();
    expect(fieldKeys).toEqual(sampleKeys);
  });

  it('gives each output field a label and the type of its sample value', () => {
    const values = flatten(sample);
    for (const field of outputFields) {
      expect({ key: field.key, label: field.label?.trim() ? 'ok' : 'missing' }).toEqual({ key: field.key, label: 'ok' });
      const value = values.get(field.key);
      if (value === null || value === undefined) continue;
      const expected =
        typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'number' : typeof value === 'string' && ISO_WITH_OFFSET.test(value) ? 'datetime' : 'string';
      const declared = field.type === 'integer' ? 'number' : (field.type ?? 'string');
      if (expected === 'string' && Array.isArray(value)) continue;
      expect({ key: field.key, type: declared }).toEqual({ key: field.key, type: expected });
    }
  });

  it('writes every date in its sample as ISO 8601 with an offset', () => {
    for (const [key, value] of flatten(sample)) {
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) expect({ key, value, iso: ISO_WITH_OFFSET.test(value) }).toMatchObject({ iso: true });
    }
  });

  it('reads well to a Zap builder', () => {
    expect(isTitleCase(step.display.label)).toBe(true);
    expect(step.display.description).toMatch(/\.$/);
    if (_name.startsWith('trigger')) expect(step.display.description).toMatch(/^Triggers when /);
    if (_name.startsWith('search')) expect(step.display.description).toMatch(/^Finds /);
    for (const field of step.operation.inputFields ?? []) expect({ key: field.key, title: isTitleCase(field.label ?? '') }).toEqual({ key: field.key, title: true });
  });
});
