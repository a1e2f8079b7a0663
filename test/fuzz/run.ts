/**
 * The fuzz run: `runs` inputs for each case (fast-check, seeded), one at a time, and the figures:
 * cases, inputs tried, crashes (throws that are not z.errors.*), leaks (a secret in an output, a
 * message or a log line), stray requests (to any host but DailyBot's API) and the worst time per input.
 */
import fc from 'fast-check';

import { fuzzCases } from './cases';
import { runStep, startNetwork, stopNetwork } from './engine';

export interface Finding {
  kind: 'crash' | 'leak' | 'stray' | 'broken';
  case: string;
  detail: string;
}

export interface Figures {
  cases: number;
  inputs: number;
  crashes: number;
  leaks: number;
  stray: number;
  worstMs: number;
  worstCase: string;
  /** Outputs or runs that broke their family's rule (a help text over 1,000 characters, say). */
  broken: number;
  /** The most API requests one run made, and where: bounded by the paging bound whatever a server claims. */
  mostRequests: number;
  mostRequestsCase: string;
  findings: Finding[];
}

/** A case's own seed offset, so its inputs do not depend on which other cases run. */
const nameHash = (name: string): number => [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);

export const runFuzz = async (options: { runs: number; seed?: number; only?: RegExp; onCase?: (name: string, done: number, total: number) => void }): Promise<Figures> => {
  const seed = options.seed ?? 20260301;
  const cases = fuzzCases().filter((c) => !options.only || options.only.test(c.name));
  const figures: Figures = { cases: cases.length, inputs: 0, crashes: 0, leaks: 0, stray: 0, worstMs: 0, worstCase: '', broken: 0, mostRequests: 0, mostRequestsCase: '', findings: [] };
  const note = (finding: Finding) => {
    if (figures.findings.filter((f) => f.case === finding.case && f.kind === finding.kind).length < 3) figures.findings.push(finding);
  };
  startNetwork();
  try {
    for (const [index, fuzzCase] of cases.entries()) {
      options.onCase?.(fuzzCase.name, index, cases.length);
      for (const input of fc.sample(fuzzCase.input, { numRuns: options.runs, seed: seed + nameHash(fuzzCase.name) })) {
        const outcome = await runStep(fuzzCase.method, input.bundle, input.answers);
        figures.inputs += 1;
        if (outcome.ms > figures.worstMs) {
          figures.worstMs = outcome.ms;
          figures.worstCase = fuzzCase.name;
        }
        if (outcome.requests > figures.mostRequests) {
          figures.mostRequests = outcome.requests;
          figures.mostRequestsCase = fuzzCase.name;
        }
        const broken = fuzzCase.check?.(outcome.output, outcome.requests, outcome.sent);
        if (broken) {
          figures.broken += 1;
          note({ kind: 'broken', case: fuzzCase.name, detail: broken });
        }
        if (outcome.crash) {
          figures.crashes += 1;
          note({ kind: 'crash', case: fuzzCase.name, detail: outcome.crash });
        }
        if (outcome.leaks.length > 0) {
          figures.leaks += 1;
          note({ kind: 'leak', case: fuzzCase.name, detail: outcome.leaks.join(', ') });
        }
        if (outcome.stray.length > 0) {
          figures.stray += outcome.stray.length;
          note({ kind: 'stray', case: fuzzCase.name, detail: outcome.stray.join(', ').slice(0, 200) });
        }
      }
    }
  } finally {
    stopNetwork();
  }
  return figures;
};

export const formatFigures = (f: Figures): string =>
  [
    `cases: ${f.cases}`,
    `inputs tried: ${f.inputs}`,
    `crashes (not z.errors): ${f.crashes}`,
    `leaks (API key, hook URL, bearer): ${f.leaks}`,
    `stray requests: ${f.stray}`,
    `broken rules (bounds, ids, emails): ${f.broken}`,
    `most requests in one run: ${f.mostRequests} (${f.mostRequestsCase})`,
    `worst time per input: ${Math.round(f.worstMs)} ms (${f.worstCase})`,
    ...f.findings.map((x) => `  ${x.kind} in ${x.case}: ${x.detail}`),
  ].join('\n');
