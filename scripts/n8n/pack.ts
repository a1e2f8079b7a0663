/**
 * The package as n8n users get it: `npm run build:n8n`, `npm pack` in n8n/, then n8n's own checks on it:
 * `n8n-node lint` (from `@n8n/node-cli`, run in n8n/ as a package author runs it) and the community
 * package scanner (`@n8n/scan-community-package`'s `analyzePackage`, on the unpacked tarball and on the
 * sources, as its by-name scan does). The linters live in the n8n cache (scripts/n8n/cache.ts), not in
 * the repository: for the lint run only, n8n/node_modules gets links to them, removed afterwards.
 */
import fs from 'node:fs';
import path from 'node:path';

import { paths } from './cache';
import { mustRun, runCommand } from './proc';

export const ROOT = path.resolve(__dirname, '..', '..');
export const PACKAGE_DIR = path.join(ROOT, 'n8n');

export interface Packed {
  tarball: string;
  /** The .tgz's size in bytes, and the unpacked size npm reports. */
  size: number;
  unpackedSize: number;
  files: number;
  name: string;
  version: string;
}

/** `npm run build:n8n` at the root. */
export const buildPackage = async (): Promise<void> => {
  await mustRun('npm', ['run', 'build:n8n', '--silent'], { cwd: ROOT, timeoutMs: 300_000 });
};

/** `npm pack` in n8n/ into `destination`. */
export const packPackage = async (destination: string): Promise<Packed> => {
  const ran = await mustRun('npm', ['pack', '--json', '--pack-destination', destination], { cwd: PACKAGE_DIR, timeoutMs: 120_000 });
  const start = ran.stdout.indexOf('[');
  const [info] = JSON.parse(ran.stdout.slice(start)) as Array<{ filename: string; size: number; unpackedSize: number; entryCount: number; name: string; version: string }>;
  if (!info) throw new Error('npm pack printed no package.');
  return {
    tarball: path.join(destination, info.filename),
    size: info.size,
    unpackedSize: info.unpackedSize,
    files: info.entryCount,
    name: info.name,
    version: info.version,
  };
};

export interface CheckResult {
  passed: boolean;
  /** What the tool printed (problems, or a short summary when clean). */
  output: string;
}

/**
 * The environment n8n's checks run in: ours without NODE_ENV. The sandbox harness sets NODE_ENV=test in
 * this process, and eslint-plugin-n8n-nodes-base reads NODE_ENV=test as its own test run, where every file
 * is a node file named `Test.node.ts` (every node then "must be renamed" and every node a trigger).
 */
const checkEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
  const { NODE_ENV: _ignored, ...env } = process.env;
  return { ...env, ...extra };
};

const link = (target: string, at: string): void => {
  fs.mkdirSync(path.dirname(at), { recursive: true });
  fs.symlinkSync(target, at);
};

/**
 * `n8n-node lint` in n8n/. It runs `npm exec -- eslint .` with the package's eslint.config.mjs (which
 * imports `@n8n/node-cli/eslint`): both must resolve from n8n/, so they are linked into
 * n8n/node_modules (ignored by git) for the run and unlinked after, leaving anything else there alone.
 */
export const lintPackage = async (): Promise<CheckResult> => {
  const modules = path.join(PACKAGE_DIR, 'node_modules');
  const toolModules = path.join(paths.tools, 'node_modules');
  const links = [
    { target: path.join(toolModules, '@n8n', 'node-cli'), at: path.join(modules, '@n8n', 'node-cli') },
    { target: path.join(toolModules, 'eslint', 'bin', 'eslint.js'), at: path.join(modules, '.bin', 'eslint') },
  ].filter(({ at }) => !fs.existsSync(at));
  const made: string[] = [];
  try {
    for (const { target, at } of links) {
      link(target, at);
      made.push(at);
    }
    const ran = await runCommand(paths.node, [paths.nodeCli, 'lint'], {
      cwd: PACKAGE_DIR,
      env: checkEnv({ PATH: [path.join(modules, '.bin'), paths.nodeBin, process.env.PATH ?? ''].join(path.delimiter), FORCE_COLOR: '0', CI: '1' }),
      timeoutMs: 300_000,
    });
    const output = `${ran.stdout}\n${ran.stderr}`.replace(/\u001b\[[0-9;]*m/g, '').trim();
    return { passed: ran.code === 0, output };
  } finally {
    for (const at of made) fs.rmSync(at, { force: true });
    for (const dir of [path.join(modules, '@n8n'), path.join(modules, '.bin'), modules]) {
      if (fs.existsSync(dir) && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
    }
  }
};

/**
 * The community scanner's two legs, as `analyzePackageByName` runs them on a published package: the
 * shipped files (compiled `.js` and package.json) and the sources (package.json, nodes/, credentials/).
 */
export const scanPackage = async (tarball: string, workDir: string): Promise<CheckResult> => {
  const unpacked = path.join(workDir, 'scanned-package');
  fs.mkdirSync(unpacked, { recursive: true });
  await mustRun('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
  const script = `
    import { analyzePackage, SOURCE_FILE_PATTERNS } from ${JSON.stringify(paths.scanner)};
    const [dist, source] = process.argv.slice(1);
    const shipped = await analyzePackage(dist, ['**/*.js', 'package.json']);
    const sources = await analyzePackage(source, SOURCE_FILE_PATTERNS);
    console.log(JSON.stringify({ shipped, sources }));
  `;
  const ran = await runCommand(paths.node, ['--input-type=module', '-e', script, unpacked, PACKAGE_DIR], { cwd: workDir, env: checkEnv(), timeoutMs: 300_000 });
  const line = ran.stdout.trim().split('\n').at(-1) ?? '';
  try {
    const result = JSON.parse(line) as Record<'shipped' | 'sources', { passed: boolean; message?: string; details?: string }>;
    const describe = (leg: string, r: { passed: boolean; message?: string; details?: string }) =>
      r.passed ? `${leg}: passed${r.message ? ` (${r.message})` : ''}` : `${leg}: ${r.message ?? 'failed'}\n${r.details ?? ''}`;
    return {
      passed: result.shipped.passed && result.sources.passed,
      output: [describe('packed files', result.shipped), describe('sources', result.sources)].join('\n'),
    };
  } catch {
    return { passed: false, output: `The scanner did not finish (exit ${ran.code}):\n${`${ran.stdout}\n${ran.stderr}`.trim().slice(-3000)}` };
  }
};
