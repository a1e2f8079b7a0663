/** The app's steps by key, as the n8n nodes run them (the same definitions Zapier runs). */
import { createSteps } from '../../../src/creates';
import { searchSteps } from '../../../src/searches';
import { triggerSteps } from '../../../src/triggers';

import type { HostRun } from '../../../src/host/z';

// zapier-platform-core's types through the shared runtime: n8n's lint refuses any import of the package
type Fn = (z: HostRun['z'], bundle: HostRun['bundle']) => Promise<unknown>;

export interface StepOperation {
  perform: Fn;
  performResume?: Fn;
  performSubscribe?: Fn;
  performUnsubscribe?: Fn;
  inputFields?: unknown[];
}

const index = (modules: ReadonlyArray<{ default: unknown }>): Map<string, StepOperation> =>
  new Map(modules.map((m) => { const d = m.default as { key: string; operation: StepOperation }; return [d.key, d.operation]; }));

const registry = { creates: index(createSteps), searches: index(searchSteps), triggers: index(triggerSteps) };

export type StepKind = keyof typeof registry;

/** A step's operation; throws when the app has no such step (a generated file out of date). */
export const stepOperation = (kind: StepKind, key: string): StepOperation => {
  const found = registry[kind].get(key);
  if (!found) throw new Error(`DailyBot has no ${kind.slice(0, -1)} "${key}" in this version of the package.`);
  return found;
};
