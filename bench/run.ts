/**
 * `npm run bench` (issue 7): one run, one table, every figure beside its goal; the same table goes to
 * bench/RESULTS.md with the date and the machine (bench/report.ts).
 *
 *   1. cold start: the built app vs zapier-platform-core alone (bench/cold-start.ts)
 *   2. HTTP requests per step vs the API's minimum (bench/requests.ts, bench/minimums.ts)
 *   3. 50 recipients by email in an organization of 10,000 users (bench/directory.ts)
 *      and the same at 60 requests a minute: first run and Zapier's retry
 *   4. per-step overhead: send_message through the app vs a bare fetch (bench/overhead.ts)
 *   5. webhooks: payloads/s through perform alone, events/s end to end (bench/webhooks.ts)
 *   6. build.zip as `zapier-platform build` makes it (bench/build-zip.ts, also `npm run build:zip`)
 *   7. hostile answers: HTML stripping at 100 and 200 KB stays linear (bench/hostile.ts)
 *   8. hostile paging: requests per run at the bound, and the retry (bench/hostile-paging.ts)
 *   9. the n8n package: packed size; the DailyBot node vs n8n's HTTP Request node, same request, in a real
 *      n8n when `npm run test:n8n` has installed it (bench/n8n.ts; `-- --n8n-install` installs it first)
 *
 * Adding a row: add it to the rows function in the section's module (e.g. a new step's count goes in
 * measureRequests, and requestRows shows it). Adding a section: write a `Section` (bench/section.ts)
 * beside its measure: `progress`, `run` giving a title (numbered here) and rows, optional `notes`
 * for RESULTS.md and `how` lines; then list it in STAGES below, in a stage with the sandbox it needs
 * (sections in one stage share one sandbox; a stage without `sandbox` gets none). Test its rows
 * function in test/bench/.
 *
 * Steps run through sandbox/harness.ts (the app's definitions in zapier-platform-core's runtime, a
 * local DailyBot, a local catch hook). Nothing leaves the machine except `npm ci` in section 6.
 */
import './env';

import os from 'node:os';

import { startHarness } from '../sandbox/harness';
import { zipSection } from './build-zip';
import { coldStartSection } from './cold-start';
import { directorySection, throttledDirectorySection } from './directory';
import { hostileSection } from './hostile';
import { hostilePagingSection } from './hostile-paging';
import { n8nSection } from './n8n';
import { overheadSection } from './overhead';
import { writeResults } from './report';
import { requestsSection } from './requests';
import type { Section, SectionResult, Stage } from './section';
import { ROOT, run } from './shell';
import { ms } from './stats';
import { renderTable, tally, type Line } from './table';
import { webhooksSection } from './webhooks';

const SMALL_ORG = { users: 25, seed: 1 };

const STAGES: Stage[] = [
  { sections: [coldStartSection] },
  { sandbox: SMALL_ORG, sections: [requestsSection] },
  { sandbox: { users: 10_000, seed: 1, keepCache: true }, sections: [directorySection] },
  { sandbox: { users: 10_000, seed: 1, keepCache: true, paging: 'page' }, sections: [throttledDirectorySection] },
  { sandbox: SMALL_ORG, sections: [overheadSection, webhooksSection] },
  { sections: [zipSection] },
  { sections: [hostileSection] },
  { sections: [hostilePagingSection] },
  { sections: [n8nSection] },
];

/** The whole run, start to end: under 5 minutes. */
const BENCH_GOAL_MS = 5 * 60_000;

const progress = (text: string) => process.stderr.write(`${text}\n`);

const main = async (): Promise<void> => {
  const started = new Date();
  const t0 = performance.now();
  const results: SectionResult[] = [];
  const total = STAGES.reduce((n, stage) => n + stage.sections.length, 0);
  const runSection = async <S>(section: Section<S>, sandbox: S): Promise<void> => {
    progress(`${results.length + 1}/${total} ${section.progress} …`);
    results.push(await section.run(sandbox));
  };

  progress('Building the app (npm run build) …');
  await run('npm', ['run', 'build', '--silent'], { cwd: ROOT });

  for (const stage of STAGES) {
    if (!('sandbox' in stage)) {
      for (const section of stage.sections) await runSection(section, undefined);
      continue;
    }
    const h = await startHarness(stage.sandbox);
    try {
      for (const section of stage.sections) await runSection(section, h);
    } finally {
      await h.close();
    }
  }

  const elapsed = performance.now() - t0;
  const lines: Line[] = [
    ...results.flatMap((r, i): Line[] => [{ section: `${i + 1}. ${r.title}` }, ...r.rows]),
    { section: 'The run' },
    { measure: 'npm run bench, start to end', result: ms(elapsed), goal: '< 5 min (aim ~2)', met: elapsed < BENCH_GOAL_MS, why: `${os.cpus().length} CPUs` },
  ];

  const table = renderTable(lines);
  console.log(`\n${table}\n`);
  const { met, missed, informational } = tally(lines);
  console.log(`${met} met, ${missed} missed, ${informational} without a goal. Written to bench/RESULTS.md.`);
  const sections = [...STAGES.flatMap((stage): readonly Section<never>[] => stage.sections)];
  writeResults({ table, lines, started, elapsedMs: elapsed, notes: results.flatMap((r) => r.notes ?? []), how: sections.flatMap((s) => s.how ?? []) });
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
