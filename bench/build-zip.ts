/**
 * `npm run build:zip`: the zip `zapier-platform build` makes, built the way Zapier's own build does
 * it (a copy of the app with production dependencies only), left in build/ (gitignored), then run.
 *
 *   1. `npm run build` (tsc → dist/), unless --skip-build;
 *   2. a production copy in a scratch folder: dist/, package.json, package-lock.json, .zapierapprc,
 *      .gitignore (and index.js if there is one), then `npm ci --omit=dev` there (npm registry);
 *   3. the project's CLI on Node 22, `zapier-platform build --skip-dep-install --skip-validation`,
 *      with analytics off and TMPDIR in the scratch folder. The CLI would first run the app's
 *      `_zapier-build` script (tsc), which the copy cannot (no dev dependencies) and need not (dist/
 *      is built): it is skipped the way the CLI skips it when already inside that script.
 *      `--skip-validation` skips the remote style checks (they need zapier.com); `npm run validate`
 *      runs the schema validation. The CLI tests the zip by loading its entry point, which does not
 *      load the app itself;
 *   4. build/build.zip and build/source.zip are copied back, and the zip is run as Zapier runs it:
 *      unpacked, its `zapierwrapper.js` handler asked for the app's definition and to run one step
 *      that parses with zod (New Kudos' perform on a sample delivery, no network);
 *   5. when that fails because the project has no root index.js (the CommonJS zapierwrapper.js
 *      loads `./index.js`), the same build again with a one-line index.js added to the scratch copy
 *      only, to show the size a working zip would have. The project's files are never changed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Section } from './section';
import { NODE, pathWithProjectBin, ROOT, run } from './shell';
import { count, megabytes } from './stats';
import type { Row } from './table';
import { bytesByPackage, extractZip, zipEntries } from './zip';

/** What running the zip as Zapier does gave. */
export interface ZipLoad {
  ok: boolean;
  triggers?: number;
  creates?: number;
  searches?: number;
  /** A step that parses with zod ran and zod was found. */
  stepRan?: boolean;
  error?: string;
}

export interface ZipFacts {
  bytes: number;
  entries: number;
  symlinks: number;
  /** package.json files among the entries (the CLI adds every required package's). */
  packageJsons: number;
  /** Entries that are the app's own code (dist/, index.js). */
  appFiles: number;
  byPackage: Array<{ name: string; bytes: number; files: number }>;
  load: ZipLoad;
}

export interface ZipBuild extends ZipFacts {
  zipPath: string;
  ms: { build: number; install: number; zip: number; total: number };
  /** The what-if build with a root index.js, when the real zip could not load the app for want of one. */
  withIndexJs?: ZipFacts;
}

/** Zapier's upload limit as the issue sets it: 1 MB. */
export const ZIP_GOAL_BYTES = 1_048_576;

/** What the production copy holds: the files Zapier's build copies that matter to the zip. */
export const COPIED = ['dist', 'package.json', 'package-lock.json', '.zapierapprc', '.gitignore', 'index.js'] as const;

/** The root index.js a CommonJS Zapier app needs when its code is compiled to dist/ (what-if only). */
export const INDEX_JS_SHIM = "module.exports = require('./dist/index.js').default;\n";

/** Runs in the unpacked zip: the handler Zapier calls, for the definition and for one step. */
const LOAD_CHECK = `
const { handler } = require('./zapierwrapper.js');
const call = (event) => new Promise((resolve) => handler(event, {}, (err, res) => resolve({ err, res })));
const platformVersion = require('./node_modules/zapier-platform-core/package.json').version;
(async () => {
  const out = { ok: false };
  const def = await call({ command: 'definition', platformVersion });
  if (def.err) out.error = String(def.err.message).split('\\n')[0];
  else {
    const app = def.res.results;
    out.triggers = Object.keys(app.triggers || {}).length;
    out.creates = Object.keys(app.creates || {}).length;
    out.searches = Object.keys(app.searches || {}).length;
    const delivery = { event: 'kudos.posted', event_timestamp: 1707154471.495433, hook: { id: 'h1', name: 'Zapier' },
      body: { uuid: 'k1', organization_uuid: 'o1', content: 'Thanks!', is_anonymous: false, company_value: null,
        giver: { uuid: 'u1', full_name: 'Alex Rivera' }, receivers: [{ uuid: 'u2', full_name: 'Priya Natarajan' }] } };
    const step = await call({ command: 'execute', method: 'triggers.kudos_posted.operation.perform', platformVersion,
      // signed as DailyBot signs a delivery: the subscription's bearer, echoed in X-BEARER (unsigned ones are refused)
      bundle: { cleanedRequest: delivery, rawRequest: { headers: { 'Http-X-Bearer': 'zip-check-bearer' } }, authData: {}, inputData: {},
        subscribeData: { id: 'h1', hook_url: 'https://hooks.zapier.com/hooks/standard/1/abc/', bearer: 'zip-check-bearer', event: 'kudos.posted', filters: {} } } });
    // its perform parses the delivery with zod: a zip without zod fails here (Cannot find module)
    out.stepRan = !step.err && Array.isArray(step.res.results) && step.res.results.length === 1;
    if (step.err) out.error = 'a step failed: ' + String(step.err.message).split('\\n')[0];
    out.ok = out.stepRan;
  }
  process.stdout.write('\\n@@' + JSON.stringify(out) + '\\n');
})();
`;

/** Unpacks the zip and runs it with Node 22 as Zapier would. */
export const checkZipLoads = async (zipPath: string, scratch: string): Promise<ZipLoad> => {
  const dir = fs.mkdtempSync(path.join(scratch, 'run-'));
  try {
    extractZip(fs.readFileSync(zipPath), dir);
    const { stdout } = await run(NODE, ['-e', LOAD_CHECK], { cwd: dir, env: { ...process.env, NODE_ENV: 'production' }, timeoutMs: 60_000 });
    const line = stdout.split('\n').find((l) => l.startsWith('@@'));
    if (!line) return { ok: false, error: 'the load check printed nothing' };
    const load = JSON.parse(line.slice(2)) as ZipLoad;
    if (load.error) load.error = load.error.replaceAll(dir + path.sep, '').replaceAll(dir, '.');
    return load;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

const facts = async (zipPath: string, scratch: string): Promise<ZipFacts> => {
  const entries = zipEntries(fs.readFileSync(zipPath));
  return {
    bytes: fs.statSync(zipPath).size,
    entries: entries.length,
    symlinks: entries.filter((e) => e.symlink).length,
    packageJsons: entries.filter((e) => e.name === 'package.json' || e.name.endsWith('/package.json')).length,
    appFiles: entries.filter((e) => e.name === 'index.js' || (e.name.startsWith('dist/') && e.name.endsWith('.js'))).length,
    byPackage: bytesByPackage(entries),
    load: await checkZipLoads(zipPath, scratch),
  };
};

export const buildZip = async (options: { skipBuild?: boolean; keep?: boolean; whatIf?: boolean; log?: (line: string) => void } = {}): Promise<ZipBuild> => {
  const log = options.log ?? (() => {});
  const started = performance.now();
  let buildMs = 0;
  if (!options.skipBuild) {
    log('npm run build …');
    buildMs = (await run('npm', ['run', 'build', '--silent'], { cwd: ROOT })).ms;
  }
  if (!fs.existsSync(path.join(ROOT, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: run `npm run build` first.');

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dailybot-zip-'));
  const app = path.join(scratch, 'app');
  const tmp = path.join(scratch, 'tmp');
  fs.mkdirSync(app);
  fs.mkdirSync(tmp);
  const cli = path.join(ROOT, 'node_modules', '.bin', 'zapier-platform');
  const zapierBuild = () =>
    run(cli, ['build', '--skip-dep-install', '--skip-validation'], {
      cwd: app,
      timeoutMs: 180_000,
      env: {
        ...process.env,
        PATH: pathWithProjectBin(),
        DISABLE_ZAPIER_ANALYTICS: '1',
        TMPDIR: tmp,
        // dist/ is built already; the copy has no TypeScript to run the `_zapier-build` script with
        npm_lifecycle_event: '_zapier-build',
      },
    });
  try {
    for (const name of COPIED) {
      const from = path.join(ROOT, name);
      if (fs.existsSync(from)) fs.cpSync(from, path.join(app, name), { recursive: true });
    }
    log('npm ci --omit=dev (production dependencies, from the npm registry) …');
    const install = await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app, timeoutMs: 180_000 });

    log('zapier-platform build --skip-dep-install --skip-validation …');
    const zip = await zapierBuild();
    const outDir = path.join(ROOT, 'build');
    fs.mkdirSync(outDir, { recursive: true });
    for (const name of ['build.zip', 'source.zip']) {
      const made = path.join(app, 'build', name);
      if (fs.existsSync(made)) fs.copyFileSync(made, path.join(outDir, name));
    }
    const zipPath = path.join(outDir, 'build.zip');
    log('running the zip as Zapier does …');
    const result: ZipBuild = { zipPath, ...(await facts(zipPath, scratch)), ms: { build: buildMs, install: install.ms, zip: zip.ms, total: 0 } };

    const lacksIndexJs = !fs.existsSync(path.join(ROOT, 'index.js')) && /index\.js/.test(result.load.error ?? '');
    if ((options.whatIf ?? true) && !result.load.ok && lacksIndexJs) {
      log('what-if: the same build with a root index.js in the scratch copy …');
      fs.writeFileSync(path.join(app, 'index.js'), INDEX_JS_SHIM);
      await zapierBuild();
      result.withIndexJs = await facts(path.join(app, 'build', 'build.zip'), scratch);
    }
    result.ms.total = performance.now() - started;
    return result;
  } finally {
    if (options.keep) log(`kept ${scratch}`);
    else fs.rmSync(scratch, { recursive: true, force: true });
  }
};

const describe = (what: string, zip: ZipFacts): string[] => {
  const lines = [
    `${what}: ${megabytes(zip.bytes)} (${count(zip.bytes)} bytes), ${count(zip.entries)} entries (${count(zip.packageJsons)} package.json files, ` +
      `${count(zip.appFiles)} files of the app's code); goal ≤ 1 MB: ${zip.bytes <= ZIP_GOAL_BYTES ? 'met' : 'missed'}`,
    zip.load.ok
      ? `  runs as Zapier runs it: ${zip.load.triggers} triggers, ${zip.load.creates} actions, ${zip.load.searches} searches; a step parsing with zod ran`
      : `  does NOT run as Zapier runs it: ${zip.load.error}`,
    '  largest parts (compressed):',
  ];
  for (const part of zip.byPackage.slice(0, 6)) lines.push(`    ${part.name.padEnd(26)} ${megabytes(part.bytes).padStart(8)} ${count(part.files).padStart(5)} files`);
  return lines;
};

// ── section 6 of `npm run bench` ──

const largest = (zip: ZipFacts): string =>
  zip.byPackage
    .slice(0, 4)
    .map((p) => `${p.name} ${megabytes(p.bytes)}`)
    .join(', ');

export const zipRows = (z: ZipBuild): Row[] => {
  const rows: Row[] = [
    {
      measure: 'build.zip size',
      result: `${megabytes(z.bytes)} (${count(z.bytes)} B)`,
      goal: '≤ 1 MB',
      met: z.bytes <= ZIP_GOAL_BYTES,
      why: `${count(z.entries)} entries, ${count(z.packageJsons)} package.json files, ${count(z.appFiles)} files of the app’s code; ${largest(z)}`,
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
  const w = z.withIndexJs;
  if (w) {
    rows.push({
      measure: 'what-if: + root index.js (scratch only)',
      result: `${megabytes(w.bytes)} (${count(w.bytes)} B)`,
      goal: '≤ 1 MB',
      met: w.bytes <= ZIP_GOAL_BYTES,
      why: `${w.load.ok ? 'runs' : `still fails: ${w.load.error}`}; ${count(w.entries)} entries; ${largest(w)}`,
    });
  }
  return rows;
};

export const zipSection: Section = {
  progress: 'build.zip (npm ci --omit=dev, zapier-platform build)',
  run: async () => ({
    title: 'build.zip from `zapier-platform build` (production copy, npm ci --omit=dev; `npm run build:zip`)',
    rows: zipRows(await buildZip({ skipBuild: true, log: (line) => process.stderr.write(`    ${line}\n`) })),
  }),
  how: ['- Zip: bench/build-zip.ts (see its header); the zip is then unpacked and its `zapierwrapper.js` handler is run.'],
};

/** `npm run build:zip [-- --skip-build] [-- --keep] [-- --no-what-if]` */
const main = async (): Promise<void> => {
  const args = new Set(process.argv.slice(2));
  const result = await buildZip({
    skipBuild: args.has('--skip-build'),
    keep: args.has('--keep'),
    whatIf: !args.has('--no-what-if'),
    log: (line) => console.log(line),
  });
  console.log(['', ...describe(path.relative(process.cwd(), result.zipPath), result)].join('\n'));
  if (result.withIndexJs) console.log(['', ...describe('what-if, with a root index.js (not written to the project)', result.withIndexJs)].join('\n'));
};

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
