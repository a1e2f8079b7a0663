/**
 * bench/RESULTS.md: the date, the machine, the table, the tally, the missed goals, then each section's
 * notes and how its figures are measured.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { nodeVersion, ROOT } from './shell';
import { ms } from './stats';
import { tally, type Line, type Row } from './table';

const git = (...args: string[]): string => {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

/** The CPU, memory, Node, zapier-platform-core, load and commit the figures were measured on. */
export const machine = (): string[] => {
  const cpus = os.cpus();
  const core = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'zapier-platform-core', 'package.json'), 'utf8')) as { version: string };
  const commit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'index.ts', 'src', 'package.json', 'scripts/build.js') !== '';
  return [
    `CPU: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}; memory ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; ${os.type()} ${os.release()} (${os.arch()})`,
    `Node: ${nodeVersion()} for the cold-start processes and the zip; ${process.version} for the rest; zapier-platform-core ${core.version}`,
    `Load average at the start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')} (other work on the machine shows up in the timings)`,
    `Commit: ${commit || 'unknown'}${dirty ? ' with uncommitted changes to the app (index.ts, src/, package.json or scripts/build.js)' : ''}`,
  ];
};

export interface Results {
  table: string;
  lines: readonly Line[];
  started: Date;
  elapsedMs: number;
  machine: readonly string[];
  /** The sections' notes, in order (markdown). */
  notes: readonly string[];
  /** The sections' "How each figure is measured" lines, in order (markdown). */
  how: readonly string[];
}

export const resultsMarkdown = (r: Results): string => {
  const missed = r.lines.filter((line): line is Row => !('section' in line) && line.met === false);
  const { met, informational } = tally(r.lines);
  return [
    '# Benchmark results (`npm run bench`)',
    '',
    `Run on ${r.started.toISOString().replace('T', ' ').slice(0, 19)} UTC, in ${ms(r.elapsedMs)}. Written by bench/run.ts; do not edit by hand.`,
    '',
    ...r.machine.map((line) => `- ${line}`),
    '',
    '```text',
    r.table,
    '```',
    '',
    `${met} figures met their goal, ${missed.length} missed, ${informational} have no goal set.`,
    '',
    '## Missed goals',
    '',
    ...(missed.length === 0 ? ['None.'] : missed.map((row) => `- **${row.measure}**: ${row.result} (goal ${row.goal}). ${row.why ?? ''}`)),
    '',
    ...r.notes,
    '## How each figure is measured',
    '',
    ...r.how,
    '',
  ].join('\n');
};

export const RESULTS_PATH = path.join(ROOT, 'bench', 'RESULTS.md');

export const writeResults = (results: Omit<Results, 'machine'>): void => {
  fs.writeFileSync(RESULTS_PATH, resultsMarkdown({ ...results, machine: machine() }));
};
