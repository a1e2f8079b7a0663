/**
 * What a section of the benchmark is: it measures, then gives a title and its rows (each figure beside
 * its goal); bench/run.ts numbers the titles, runs the sections in order and prints the one table.
 * Sections listed in one stage share one sandbox (sandbox/harness.ts), started for the stage.
 */
import type { Harness, HarnessOptions } from '../sandbox/harness';
import type { Row } from './table';

export interface SectionResult {
  /** The section's heading without its number: `Cold start: fresh Node v22 processes, …`. */
  title: string;
  rows: Row[];
  /** Markdown for RESULTS.md, after its "Missed goals" (each block ending in an empty line). */
  notes?: string[];
}

export interface Section<Sandbox = undefined> {
  /** Said on stderr while it runs, after `n/N`: `cold start (40 + 40 fresh processes)`. */
  progress: string;
  run: (sandbox: Sandbox) => Promise<SectionResult>;
  /** Its lines of RESULTS.md's "How each figure is measured" list, markdown. */
  how?: readonly string[];
}

/** Sections run one after another; with `sandbox`, in one sandbox started with those options. */
export type Stage = { sections: readonly Section[] } | { sandbox: HarnessOptions; sections: readonly Section<Harness>[] };
