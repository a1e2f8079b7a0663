/**
 * Each step file exports its definition (`default`) and the zod schema of what it outputs (`output`).
 * The index files list step modules; `stepsByKey` makes the `{key: definition}` record Zapier wants,
 * and test/definition.test.ts checks every step's sample against its schema and output fields.
 */
import type * as Zod from 'zod';

import type { LazySchema } from './schemas/lazy';

export interface StepModule<D extends { key: string } = { key: string }> {
  default: D;
  output: LazySchema<Zod.ZodType>;
}

export const stepsByKey = <D extends { key: string }>(modules: readonly StepModule<D>[]): Record<string, D> =>
  Object.fromEntries(modules.map((module) => [module.default.key, module.default]));
