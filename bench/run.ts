/**
 * `npm run bench` (issue 7): one run, one table, every figure beside its goal; the same table goes to
 * bench/RESULTS.md with the date and the machine.
 *
 *   1. cold start: the built app vs zapier-platform-core alone, fresh Node 22 processes, interleaved
 *   2. HTTP requests per step against the sandbox vs the API's minimum (bench/minimums.ts)
 *   3. 50 recipients by email in an organization of 10,000 users
 *   4. per-step overhead: send_message through the app vs a bare fetch of the same request
 *   5. webhooks: payloads/s through perform alone, events/s end to end
 *   6. build.zip as `zapier-platform build` makes it (bench/build-zip.ts, also `npm run build:zip`)
 *
 * Steps run through sandbox/harness.ts (the app's definitions in zapier-platform-core's runtime, a
 * local DailyBot, a local catch hook). Nothing leaves the machine except `npm ci` in section 6.
 */
import './env';

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startHarness } from '../sandbox/harness';
import { buildZip, type ZipBuild, type ZipFacts } from './build-zip';
import { measureColdStart, type ColdStartRun } from './cold-start';
import { measureDirectory, type DirectoryRun } from './directory';
import { MINIMUMS } from './minimums';
import { measureOverhead, type OverheadRun } from './overhead';
import { measureRequests, type StepCount } from './requests';
import { NODE, ROOT, run } from './shell';
import { count, megabytes, ms, percentOver, perSecond, times } from './stats';
import { renderTable, tally, type Line, type Row } from './table';
import { measureWebhooks, type WebhookRun } from './webhooks';

// before zapier-platform-core's runtime wraps it (it logs every fetch once a step has run)
const bareFetch = globalThis.fetch;

const GOALS = {
  coldStartRatio: 1.1,
  maxPages: 40,
  zipBytes: 1_048_576,
  benchMs: 5 * 60_000,
};

const COLD_RUNS = 40;
const OVERHEAD_SAMPLES = 200;
const WEBHOOK_EVENTS = 500;
const WEBHOOK_PAYLOADS = 2_000;

const progress = (text: string) => process.stderr.write(`${text}\n`);

// ── rows ───────────────────────────────────────────────────────────────────────────────────────

const coldRows = (c: ColdStartRun): Line[] => [
  { section: `1. Cold start: fresh Node ${nodeVersion()} processes, ${c.runs} runs each, interleaved; medians` },
  { measure: 'load zapier-platform-core alone', result: ms(c.core.load), goal: 'baseline', why: `require() timed inside the process; ${c.core.modules} modules` },
  { measure: "load the app (require('./dist/index.js'))", result: ms(c.app.load), goal: 'baseline', why: `core included; ${c.app.modules} modules, ${c.app.modules - c.core.modules} of them the app’s` },
  {
    measure: 'load: app ÷ core',
    result: `${times(c.loadRatio)} (${percentOver(c.loadRatio)})`,
    goal: `≤ ${times(GOALS.coldStartRatio)} (+10 %)`,
    met: c.loadRatio <= GOALS.coldStartRatio,
    why: `the app adds ${ms(c.app.load - c.core.load)} to core’s load; run-by-run ratios, middle half: ${times(c.loadRatioIqr[0])}–${times(c.loadRatioIqr[1])}`,
  },
  { measure: 'whole process, spawn → exit: core', result: ms(c.core.wall), goal: 'baseline', why: 'with Node’s own start-up, as a cold Zapier step meets it' },
  { measure: 'whole process, spawn → exit: app', result: ms(c.app.wall), goal: 'baseline' },
  {
    measure: 'whole process: app ÷ core',
    result: `${times(c.wallRatio)} (${percentOver(c.wallRatio)})`,
    goal: `≤ ${times(GOALS.coldStartRatio)} (+10 %)`,
    met: c.wallRatio <= GOALS.coldStartRatio,
  },
  {
    measure: 'zod loaded with the app',
    result: c.appLoadsZod ? 'yes' : 'no',
    goal: 'no (built on first use)',
    met: !c.appLoadsZod,
    why: 'src/schema.ts loads zod the first time a schema is used',
  },
];

const requestRows = (counts: readonly StepCount[]): Line[] => {
  const lines: Line[] = [
    { section: '2. HTTP requests per step vs the fewest the API allows (bench/minimums.ts); people by email unless said; triggers: subscribe / unsubscribe / perform / performList' },
  ];
  for (const c of counts) {
    if (c.error) {
      lines.push({ measure: c.label, result: 'failed', goal: `= ${c.min}`, met: false, why: c.error });
      continue;
    }
    const result = c.parts ? `${c.parts.made.join(' / ')} = ${c.made}` : String(c.made);
    const goal = c.parts ? `= ${c.parts.min.join(' / ')} = ${c.min}` : `= ${c.min}`;
    lines.push({ measure: c.label, result, goal, met: c.made === c.min, why: c.why });
  }
  const ok = counts.filter((c) => !c.error && c.made === c.min).length;
  const off = counts.filter((c) => c.error || c.made !== c.min).map((c) => (c.error ? `${c.label} (failed)` : `${c.label} (${c.made} vs ${c.min})`));
  lines.push({
    measure: 'rows at their minimum',
    result: `${ok} of ${counts.length}`,
    goal: 'all',
    met: ok === counts.length,
    why: off.length === 0 ? 'every step makes the fewest requests the API allows' : `off: ${off.join('; ')}`,
  });
  return lines;
};

const directoryRows = (d: DirectoryRun): Line[] => [
  { section: `3. ${d.recipients} recipients by email in an organization of ${count(d.users)} users (send_message)` },
  {
    measure: 'user listing',
    result: `${d.pages} pages of ${d.pageSize ?? '?'}${d.oneListing ? ', one listing' : ', NOT one listing'}`,
    goal: `one listing, ≤ ${GOALS.maxPages} pages of 250`,
    met: d.oneListing && d.pages <= GOALS.maxPages && d.pageSize === 250,
    why: `the ${d.recipients} spread over the directory, the last at its very end (so ≥ ${d.minPages} pages)`,
  },
  {
    measure: 'requests in all',
    result: String(d.requests),
    goal: `= ${d.minPages + 1}`,
    met: d.requests === d.minPages + 1,
    why: `${d.pages} × GET /users/ + 1 POST /send-message/; ${d.delivered ? `the message reached exactly the ${d.recipients}` : 'the message did NOT reach exactly the recipients'}`,
  },
  { measure: 'wall time', result: ms(d.ms), goal: 'no goal set', why: 'listing, 10,000 users parsed, the message sent (Zapier stops a step at 30 s)' },
  {
    measure: 'the same step again, same connection',
    result: `${d.again.requests} request, ${ms(d.again.ms)}`,
    goal: 'no goal set',
    why: 'the directory is kept in z.cache for 5 minutes per connection',
  },
];

const overheadRows = (o: OverheadRun): Line[] => [
  { section: `4. Per-step overhead: send_message through the app vs a bare fetch of the same request; ${o.samples} each, interleaved, after a warm-up; medians` },
  { measure: 'send_message through the app', result: ms(o.appMs), goal: 'baseline', why: `p90 ${ms(o.appP90)}; UUID recipients, so one request` },
  { measure: 'bare fetch, same request', result: ms(o.fetchMs), goal: 'baseline', why: `p90 ${ms(o.fetchP90)}; same URL, headers and body${o.same ? '' : ' (NOTE: the answers differed)'}` },
  { measure: 'app ÷ bare fetch', result: times(o.ratio), goal: 'no goal set', why: `the app adds ${ms(o.appMs - o.fetchMs)} per step` },
  {
    measure: 'a step doing next to nothing, same runtime',
    result: ms(o.emptyMs),
    goal: 'no goal set',
    why: `about core’s own share per step (a hook perform ignoring a delivery); send_message’s own work and its request: the other ${ms(o.appMs - o.emptyMs)}`,
  },
];

const webhookRows = (w: WebhookRun): Line[] => [
  { section: '5. Webhooks: checkin_response_completed (answers joined to questions, HTML removed, flattened)' },
  {
    measure: `perform alone, ${count(w.payloads)} payloads`,
    result: perSecond(w.payloads, w.performMs),
    goal: 'no goal set',
    why: `${ms(w.performMs / w.payloads)} each through core’s runtime; ${count(w.events)} real deliveries ×${Math.round(w.payloads / w.events)}; ${w.performRequests} HTTP requests; ${count(w.performItems)} items`,
  },
  {
    measure: `end to end, ${count(w.events)} events`,
    result: perSecond(w.events, w.endToEndMs),
    goal: 'no goal set',
    why: `sandbox → delivery → catch hook → perform: ${ms(w.endToEndMs)} in all, the last delivery in at ${ms(w.deliveredMs)}; ${w.endToEndItems} of ${w.events} gave their item`,
  },
];

const parts = (zip: ZipFacts): string =>
  zip.byPackage
    .slice(0, 4)
    .map((p) => `${p.name} ${megabytes(p.bytes)}`)
    .join(', ');

const zipRows = (z: ZipBuild): Line[] => {
  const lines: Line[] = [
    { section: '6. build.zip from `zapier-platform build` (production copy, npm ci --omit=dev; `npm run build:zip`)' },
    {
      measure: 'build.zip size',
      result: `${megabytes(z.bytes)} (${count(z.bytes)} B)`,
      goal: '≤ 1 MB',
      met: z.bytes <= GOALS.zipBytes,
      why: `${count(z.entries)} entries, ${count(z.packageJsons)} package.json files, ${count(z.appFiles)} files of the app’s code; ${parts(z)}`,
    },
    {
      measure: 'build.zip runs as Zapier runs it',
      result: z.load.ok ? 'yes' : 'no',
      goal: 'loads the app, runs a step',
      met: z.load.ok,
      why: z.load.ok
        ? `${z.load.triggers} triggers, ${z.load.creates} actions, ${z.load.searches} searches; a step parsing with zod ran`
        : `${z.load.error ?? 'failed'}${/index\.js/.test(z.load.error ?? '') ? ' (Zapier’s zapierwrapper.js loads ./index.js; the project has none)' : ''}`,
    },
  ];
  if (z.withIndexJs) {
    const w = z.withIndexJs;
    lines.push({
      measure: 'what-if: + root index.js (scratch only)',
      result: `${megabytes(w.bytes)} (${count(w.bytes)} B)`,
      goal: '≤ 1 MB',
      met: w.bytes <= GOALS.zipBytes,
      why: `${w.load.ok ? 'runs' : `still fails: ${w.load.error}`}; ${count(w.entries)} entries; ${parts(w)}`,
    });
  }
  return lines;
};

// ── the machine and the report ─────────────────────────────────────────────────────────────────

let nodeVersionCache: string | undefined;
const nodeVersion = (): string => (nodeVersionCache ??= execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim());

const git = (...args: string[]): string => {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

const machine = (): string[] => {
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

const overMinimum = (counts: readonly StepCount[]): string[] =>
  counts
    .filter((c) => !c.error && c.made > c.min)
    .map((c) => `- **${c.label}**: ${c.made} requests, minimum ${c.min}. Made: ${c.detail}. Minimum: ${MINIMUMS[c.minId]?.why ?? c.why}.`);

const requestDetail = (counts: readonly StepCount[]): string[] => [
  '| Step | Made | Minimum | Requests made | Why the minimum |',
  '|---|---|---|---|---|',
  ...counts.map((c) => {
    const made = c.error ? `failed: ${c.error}` : c.parts ? `${c.parts.made.join(' / ')} = ${c.made}` : String(c.made);
    const min = c.parts ? `${c.parts.min.join(' / ')} = ${c.min}` : String(c.min);
    return `| ${c.label} | ${made} | ${min} | ${c.detail.replaceAll('|', '\\|')} | ${c.why} |`;
  }),
];

const minimumsTable = (): string[] => [
  '| Step | Minimum | Why |',
  '|---|---|---|',
  ...Object.entries(MINIMUMS).map(([id, m]) => `| ${id} | ${m.requests}${m.userPages ? ' + user listing pages' : ''} | ${m.why} |`),
];

const writeResults = (table: string, lines: readonly Line[], counts: readonly StepCount[], started: Date, elapsedMs: number): void => {
  const missed = lines.filter((line): line is Row => !('section' in line) && line.met === false);
  const over = overMinimum(counts);
  const { met, informational } = tally(lines);
  const md = [
    '# Benchmark results (`npm run bench`)',
    '',
    `Run on ${started.toISOString().replace('T', ' ').slice(0, 19)} UTC, in ${ms(elapsedMs)}. Written by bench/run.ts; do not edit by hand.`,
    '',
    ...machine().map((line) => `- ${line}`),
    '',
    '```text',
    table,
    '```',
    '',
    `${met} figures met their goal, ${missed.length} missed, ${informational} have no goal set.`,
    '',
    '## Missed goals',
    '',
    ...(missed.length === 0 ? ['None.'] : missed.map((row) => `- **${row.measure}**: ${row.result} (goal ${row.goal}). ${row.why ?? ''}`)),
    '',
    '## Steps making more requests than the API requires',
    '',
    ...(over.length === 0 ? ['None.'] : over),
    '',
    '## Requests per step, in detail',
    '',
    ...requestDetail(counts),
    '',
    '## The minimum per step (bench/minimums.ts)',
    '',
    'People named by email: DailyBot’s write endpoints take user UUIDs and `GET /users/` has no email filter, so emails',
    'cost the user listing up to the page holding the last person named (one page of 250 in the 25-user sandbox).',
    'The Activity Hook and check-in reminders take emails as they are. UUIDs need no lookup.',
    '',
    ...minimumsTable(),
    '',
    '## How each figure is measured',
    '',
    '- Cold start: `node -e` child processes with the project’s Node 22, each requiring one target and timing the require;',
    '  the parent times spawn to exit. App and core alternate (and which goes first alternates), after warm-up runs.',
    '- Requests: the sandbox’s request log during each step, run through sandbox/harness.ts (createAppTester on the',
    '  app’s definitions). Triggers are subscribed, sent a real event by the sandbox, performed, listed and unsubscribed.',
    '- Overhead: medians of `send_message` through the harness and of a bare `fetch` replaying the request the app sent.',
    '- Webhooks: real deliveries from the sandbox to a local catch hook; perform runs through core’s runtime.',
    '- Zip: bench/build-zip.ts (see its header); the zip is then unpacked and its `zapierwrapper.js` handler is run.',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(ROOT, 'bench', 'RESULTS.md'), md);
};

// ── the run ────────────────────────────────────────────────────────────────────────────────────

const main = async (): Promise<void> => {
  const started = new Date();
  const t0 = performance.now();
  const lines: Line[] = [];

  progress('Building the app (npm run build) …');
  await run('npm', ['run', 'build', '--silent'], { cwd: ROOT });

  progress(`1/6 cold start (${COLD_RUNS} + ${COLD_RUNS} fresh processes) …`);
  lines.push(...coldRows(await measureColdStart(COLD_RUNS)));

  progress('2/6 requests per step (sandbox, 25 users) …');
  let counts: StepCount[];
  {
    const h = await startHarness({ users: 25, seed: 1 });
    try {
      counts = await measureRequests(h);
    } finally {
      await h.close();
    }
  }
  lines.push(...requestRows(counts));

  progress('3/6 50 recipients by email among 10,000 users …');
  {
    const h = await startHarness({ users: 10_000, seed: 1, keepCache: true });
    try {
      lines.push(...directoryRows(await measureDirectory(h)));
    } finally {
      await h.close();
    }
  }

  progress(`4/6 per-step overhead (${OVERHEAD_SAMPLES} × app, bare fetch, a step doing nothing) …`);
  {
    const h = await startHarness({ users: 25, seed: 1 });
    try {
      lines.push(...overheadRows(await measureOverhead(h, bareFetch, OVERHEAD_SAMPLES)));
      progress(`5/6 webhooks (${WEBHOOK_EVENTS} events end to end, ${WEBHOOK_PAYLOADS} payloads through perform) …`);
      lines.push(...webhookRows(await measureWebhooks(h, WEBHOOK_EVENTS, WEBHOOK_PAYLOADS)));
    } finally {
      await h.close();
    }
  }

  progress('6/6 build.zip (npm ci --omit=dev, zapier-platform build) …');
  lines.push(...zipRows(await buildZip({ skipBuild: true, log: (line) => progress(`    ${line}`) })));

  const elapsed = performance.now() - t0;
  lines.push(
    { section: 'The run' },
    { measure: 'npm run bench, start to end', result: ms(elapsed), goal: '< 5 min (aim ~2)', met: elapsed < GOALS.benchMs, why: `${os.cpus().length} CPUs` },
  );

  const table = renderTable(lines);
  console.log(`\n${table}\n`);
  const { met, missed, informational } = tally(lines);
  console.log(`${met} met, ${missed} missed, ${informational} without a goal. Written to bench/RESULTS.md.`);
  writeResults(table, lines, counts, started, elapsed);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
