/**
 * Section 1: cold start. In fresh Node 22 processes (the project's `node_modules/.bin/node`, Zapier's
 * runtime), `require('./dist/index.js')` (the built app, which loads zapier-platform-core itself)
 * against `require('zapier-platform-core')` alone, alternately (A, B, A, B…) so drift hits both.
 *
 * Two figures per run: the load itself (timed around `require` inside the process) and the whole
 * process as Zapier meets it (spawn to exit, with Node's own start-up, the same for both). The child
 * also says whether zod was loaded: it must not be (src/schemas/lazy.ts builds schemas on first use).
 */
import type { Section } from './section';
import { NODE, nodeVersion, ROOT, run } from './shell';
import { median, ms, percentOver, percentile, times } from './stats';
import type { Row } from './table';

/** app ÷ core, for the load and for the whole process: at most +10 %. */
export const COLD_START_GOAL = 1.1;
const RUNS = 40;

export interface LoadSample {
  /** `require(target)` alone, in ms. */
  load: number;
  /** From the process's start to the end of the require (performance.now()). */
  ready: number;
  /** Spawn to exit, seen from the parent. */
  wall: number;
  zod: boolean;
  modules: number;
}

export interface ColdStartRun {
  runs: number;
  core: { load: number; ready: number; wall: number; modules: number };
  app: { load: number; ready: number; wall: number; modules: number };
  /** app ÷ core, medians. */
  loadRatio: number;
  wallRatio: number;
  /** The middle half (25th–75th percentile) of the ratios of each app run to the core run beside it. */
  loadRatioIqr: [number, number];
  /** True when any app run had zod in require.cache after loading. */
  appLoadsZod: boolean;
}

const CHILD = `
const t0 = performance.now();
require(process.argv[1]);
const t1 = performance.now();
const sep = require('node:path').sep;
const names = Object.keys(require.cache);
process.stdout.write(JSON.stringify({
  load: t1 - t0,
  ready: t1,
  zod: names.some((name) => name.includes(sep + 'node_modules' + sep + 'zod' + sep)),
  modules: names.length,
}));
`;

export const APP_ENTRY = './dist/index.js';
export const CORE_ENTRY = 'zapier-platform-core';

/** The environment of a fresh process: the bench's own settings (NODE_ENV=test) left out. */
const childEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env.NODE_ENV;
  return env;
};

const sample = async (target: string): Promise<LoadSample> => {
  const started = performance.now();
  const { stdout } = await run(NODE, ['-e', CHILD, target], { cwd: ROOT, env: childEnv() });
  const wall = performance.now() - started;
  return { ...(JSON.parse(stdout) as Omit<LoadSample, 'wall'>), wall };
};

const summary = (samples: readonly LoadSample[]) => ({
  load: median(samples.map((s) => s.load)),
  ready: median(samples.map((s) => s.ready)),
  wall: median(samples.map((s) => s.wall)),
  modules: samples[0]?.modules ?? 0,
});

export const measureColdStart = async (runs = 30, warmup = 3): Promise<ColdStartRun> => {
  for (let i = 0; i < warmup; i += 1) {
    await sample(APP_ENTRY);
    await sample(CORE_ENTRY);
  }
  const app: LoadSample[] = [];
  const core: LoadSample[] = [];
  for (let i = 0; i < runs; i += 1) {
    // alternate which goes first, too
    if (i % 2 === 0) {
      app.push(await sample(APP_ENTRY));
      core.push(await sample(CORE_ENTRY));
    } else {
      core.push(await sample(CORE_ENTRY));
      app.push(await sample(APP_ENTRY));
    }
  }
  const a = summary(app);
  const c = summary(core);
  const pairs = app.map((s, i) => s.load / core[i]!.load);
  return {
    runs,
    core: c,
    app: a,
    loadRatio: a.load / c.load,
    wallRatio: a.wall / c.wall,
    loadRatioIqr: [percentile(pairs, 25), percentile(pairs, 75)],
    appLoadsZod: app.some((s) => s.zod),
  };
};

const GOAL = `≤ ${times(COLD_START_GOAL)} (+10 %)`;

export const coldStartRows = (c: ColdStartRun): Row[] => [
  { measure: 'load zapier-platform-core alone', result: ms(c.core.load), goal: 'baseline', why: `require() timed inside the process; ${c.core.modules} modules` },
  { measure: "load the app (require('./dist/index.js'))", result: ms(c.app.load), goal: 'baseline', why: `core included; ${c.app.modules} modules, ${c.app.modules - c.core.modules} of them the app’s` },
  {
    measure: 'load: app ÷ core',
    result: `${times(c.loadRatio)} (${percentOver(c.loadRatio)})`,
    goal: GOAL,
    met: c.loadRatio <= COLD_START_GOAL,
    why: `the app adds ${ms(c.app.load - c.core.load)} to core’s load; run-by-run ratios, middle half: ${times(c.loadRatioIqr[0])}–${times(c.loadRatioIqr[1])}`,
  },
  { measure: 'whole process, spawn → exit: core', result: ms(c.core.wall), goal: 'baseline', why: 'with Node’s own start-up, as a cold Zapier step meets it' },
  { measure: 'whole process, spawn → exit: app', result: ms(c.app.wall), goal: 'baseline' },
  { measure: 'whole process: app ÷ core', result: `${times(c.wallRatio)} (${percentOver(c.wallRatio)})`, goal: GOAL, met: c.wallRatio <= COLD_START_GOAL },
  {
    measure: 'zod loaded with the app',
    result: c.appLoadsZod ? 'yes' : 'no',
    goal: 'no (built on first use)',
    met: !c.appLoadsZod,
    why: 'src/schemas/lazy.ts loads zod the first time a schema is used',
  },
];

export const coldStartSection: Section = {
  progress: `cold start (${RUNS} + ${RUNS} fresh processes)`,
  run: async () => {
    const c = await measureColdStart(RUNS);
    return { title: `Cold start: fresh Node ${nodeVersion()} processes, ${c.runs} runs each, interleaved; medians`, rows: coldStartRows(c) };
  },
  how: [
    '- Cold start: `node -e` child processes with the project’s Node 22, each requiring one target and timing the require;',
    '  the parent times spawn to exit. App and core alternate (and which goes first alternates), after warm-up runs.',
  ],
};
