/**
 * Child processes for the n8n scripts: run one to its end (output kept, or appended to a log file),
 * and remember every long-lived one started so that `stopAll()` ends them, also on failure or Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Appends stdout and stderr here as they come (the result then holds them too). */
  logFile?: string;
  timeoutMs?: number;
  /** Written to the child's stdin, then closed. */
  input?: string;
}

/** Runs a command to its end and resolves with its exit code and output (never rejects on a non-zero exit). */
export const runCommand = (command: string, args: readonly string[], options: RunOptions = {}): Promise<Ran> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    track(child);
    const log = options.logFile ? fs.createWriteStream(options.logFile, { flags: 'a' }) : undefined;
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      log?.write(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      log?.write(chunk);
    });
    child.stdin!.end(options.input ?? '');
    const timer = options.timeoutMs ? setTimeout(() => killGroup(child), options.timeoutMs) : undefined;
    child.on('error', (error) => {
      clearTimeout(timer);
      log?.end();
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      log?.end();
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, ms: performance.now() - started });
    });
  });

/** Like {@link runCommand}, but rejects with the command's last output lines when it fails. */
export const mustRun = async (command: string, args: readonly string[], options: RunOptions = {}): Promise<Ran> => {
  const ran = await runCommand(command, args, options);
  if (ran.code !== 0) {
    const tail = `${ran.stdout}\n${ran.stderr}`.trim().split('\n').slice(-25).join('\n');
    throw new Error(`\`${[command, ...args].join(' ')}\` exited with ${ran.code}:\n${tail}`);
  }
  return ran;
};

const live = new Set<ChildProcess>();

const track = (child: ChildProcess): void => {
  live.add(child);
  child.on('exit', () => live.delete(child));
};

/** Signals a child's whole process group (it leads one: `detached`), which may outlive the child itself. */
const signalGroup = (child: ChildProcess, signal: NodeJS.Signals): void => {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone
  }
};

/** Ends a running child and everything it started. */
export const killGroup = (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  signalGroup(child, signal);
};

/** Starts a long-lived process in its own process group; `stopAll()` ends it. */
export const startProcess = (command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; logFile: string }): ChildProcess => {
  const out = fs.openSync(options.logFile, 'a');
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  track(child);
  return child;
};

/** Ends a process (SIGTERM, then SIGKILL after `graceMs`) and waits for it. */
export const stopProcess = async (child: ChildProcess, graceMs = 10_000): Promise<void> => {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
  // the group may outlive its leader (n8n's task runner): make sure nothing of it is left
  signalGroup(child, 'SIGKILL');
};

/** Ends every process started here that is still running. */
export const stopAll = async (): Promise<void> => {
  await Promise.all([...live].map((child) => stopProcess(child, 5_000)));
};

/** On Ctrl-C or SIGTERM: end the children, run `cleanup`, exit 130. */
export const onInterrupt = (cleanup: () => Promise<void>): void => {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping n8n and the sandbox, removing temporary folders …`);
    void stopAll()
      .then(cleanup)
      .finally(() => process.exit(130));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
};
