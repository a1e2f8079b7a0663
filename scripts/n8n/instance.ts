/**
 * One headless n8n (the cached install, scripts/n8n/cache.ts) in a temporary user folder: its own
 * database, on 127.0.0.1 and a free port, with the packed DailyBot package unpacked where n8n loads
 * community packages (`<user folder>/.n8n/nodes/node_modules/n8n-nodes-dailybot`, node types
 * `n8n-nodes-dailybot.<name>`, as after Settings → Community Nodes).
 *
 *   const n8n = await createInstance({ tarball });
 *   await n8n.importCredentials([...]); await n8n.importWorkflows([...]);
 *   const run = await n8n.execute('wf-id');            // `n8n execute --id` (no server needed)
 *   await n8n.start(); const rest = await n8n.rest();  // `n8n start`, then its REST API as the owner
 *   await n8n.close();                                 // stops it and removes the folder
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';

import { paths } from './cache';
import { mustRun, runCommand, startProcess, stopProcess, type Ran } from './proc';

export const PACKAGE_NAME = 'n8n-nodes-dailybot';

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** What `n8n execute --rawOutput` prints: the run's data. */
export interface RunData {
  status?: string;
  data: {
    resultData: {
      runData: Record<string, Array<NodeRun>>;
      error?: { message?: string; description?: string };
      lastNodeExecuted?: string;
    };
  };
}

export interface NodeRun {
  executionStatus?: string;
  error?: { message?: string; description?: string; name?: string };
  data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> };
}

export interface Workflow {
  id: string;
  name: string;
  nodes: unknown[];
  connections: Record<string, unknown>;
  settings?: Record<string, unknown>;
  active?: boolean;
}

export interface Credential {
  id: string;
  name: string;
  type: string;
  data: Record<string, unknown>;
}

export interface Rest {
  /** A request to `/rest/<path>` as the instance's owner; rejects on a non-2xx answer with its body. */
  call<T = unknown>(method: string, restPath: string, body?: unknown): Promise<T>;
  /** Publishes a workflow (its current version), as the editor's Publish does: its triggers start. */
  activate(workflowId: string): Promise<void>;
  /** Unpublishes it: its triggers stop (a webhook trigger's `delete` runs). */
  deactivate(workflowId: string): Promise<void>;
}

export interface N8nInstance {
  userFolder: string;
  port: number;
  /** `http://127.0.0.1:<port>` (also n8n's WEBHOOK_URL, so webhook and resume URLs are on loopback). */
  url: string;
  /** n8n's own log (start), and every CLI command's output. */
  logFile: string;
  importCredentials(credentials: Credential[]): Promise<void>;
  importWorkflows(workflows: Workflow[]): Promise<void>;
  /** `n8n execute --id=<id> --rawOutput`: the run's data (even when a node failed), and the time it took. */
  execute(id: string): Promise<{ run: RunData | undefined; ran: Ran }>;
  /** `n8n start`; resolves once `/healthz/readiness` answers 200. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Sets the owner up (first call) and gives its REST session. */
  rest(): Promise<Rest>;
  close(): Promise<void>;
}

/** Unpacks a packed package (`npm pack`'s .tgz) where n8n loads community packages. */
const installPackage = async (tarball: string, userFolder: string): Promise<void> => {
  const target = path.join(userFolder, '.n8n', 'nodes', 'node_modules', PACKAGE_NAME);
  fs.mkdirSync(target, { recursive: true });
  await mustRun('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
};

const OWNER = { email: 'owner@acme-robotics.example', firstName: 'Test', lastName: 'Owner', password: 'Sandbox-Only-1' };

export const createInstance = async (options: { tarball?: string; label?: string } = {}): Promise<N8nInstance> => {
  const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), `dailybot-n8n-${options.label ?? 'run'}-`));
  const logFile = path.join(userFolder, 'n8n.log');
  if (options.tarball) await installPackage(options.tarball, userFolder);
  const port = await freePort();
  const brokerPort = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    HOME: process.env.HOME,
    PATH: [paths.nodeBin, process.env.PATH ?? ''].join(path.delimiter),
    TZ: 'UTC',
    N8N_USER_FOLDER: userFolder,
    N8N_PORT: String(port),
    N8N_LISTEN_ADDRESS: '127.0.0.1',
    N8N_HOST: '127.0.0.1',
    N8N_PROTOCOL: 'http',
    WEBHOOK_URL: `${url}/`,
    N8N_EDITOR_BASE_URL: `${url}/`,
    N8N_RUNNERS_BROKER_PORT: String(brokerPort),
    N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
    N8N_SECURE_COOKIE: 'false',
    N8N_DIAGNOSTICS_ENABLED: 'false',
    N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
    N8N_TEMPLATES_ENABLED: 'false',
    N8N_PERSONALIZATION_ENABLED: 'false',
    N8N_HIRING_BANNER_ENABLED: 'false',
    N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
    N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
    N8N_LOG_LEVEL: 'info',
    N8N_LOG_OUTPUT: 'console',
    DB_SQLITE_POOL_SIZE: '2',
    EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
    EXECUTIONS_DATA_SAVE_ON_ERROR: 'all',
    // publishing goes through an outbox polled every 15 s by default
    N8N_WORKFLOW_PUBLICATION_OUTBOX_POLL_INTERVAL_MS: '250',
    NODE_ENV: 'production',
  };

  const cli = (args: string[]): Promise<Ran> => runCommand(paths.node, [paths.n8n, ...args], { env, logFile, cwd: userFolder, timeoutMs: 180_000 });
  const mustCli = async (args: string[]): Promise<Ran> => {
    const ran = await cli(args);
    if (ran.code !== 0) throw new Error(`n8n ${args.join(' ')} exited with ${ran.code}:\n${`${ran.stdout}\n${ran.stderr}`.trim().split('\n').slice(-20).join('\n')}`);
    return ran;
  };
  let counter = 0;
  const writeJson = (name: string, value: unknown): string => {
    counter += 1;
    const file = path.join(userFolder, `${counter}-${name}.json`);
    fs.writeFileSync(file, JSON.stringify(value, null, 2));
    return file;
  };

  let server: ChildProcess | undefined;
  let session: Rest | undefined;

  const instance: N8nInstance = {
    userFolder,
    port,
    url,
    logFile,
    importCredentials: async (credentials) => {
      await mustCli(['import:credentials', `--input=${writeJson('credentials', credentials)}`]);
    },
    importWorkflows: async (workflows) => {
      await mustCli(['import:workflow', `--input=${writeJson('workflows', workflows)}`]);
    },
    execute: async (id) => {
      const ran = await cli(['execute', `--id=${id}`, '--rawOutput']);
      return { run: parseRun(ran.stdout), ran };
    },
    start: async () => {
      if (server) return;
      server = startProcess(paths.node, [paths.n8n, 'start'], { env, logFile, cwd: userFolder });
      const exited = new Promise<never>((_, reject) =>
        server!.once('exit', (code) => reject(new Error(`n8n start exited with ${code} before it was ready; see ${logFile}:\n${tail(logFile)}`))),
      );
      await Promise.race([waitReady(url, 120_000, logFile), exited]);
    },
    stop: async () => {
      if (!server) return;
      await stopProcess(server, 15_000);
      server = undefined;
      session = undefined;
    },
    rest: async () => (session ??= await login(url)),
    close: async () => {
      await instance.stop();
      fs.rmSync(userFolder, { recursive: true, force: true });
    },
  };
  return instance;
};

/** The JSON object `execute --rawOutput` prints (after any log lines). */
const parseRun = (stdout: string): RunData | undefined => {
  const start = stdout.indexOf('{\n');
  if (start < 0) return undefined;
  try {
    return JSON.parse(stdout.slice(start)) as RunData;
  } catch {
    return undefined;
  }
};

const tail = (file: string, lines = 30): string => {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const waitReady = async (url: string, timeoutMs: number, logFile: string): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/healthz/readiness`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`n8n was not ready within ${timeoutMs / 1000} s; see ${logFile}:\n${tail(logFile)}`);
};

interface PublicationStatus {
  status: 'in_progress' | 'not_published' | 'published' | 'partial' | 'failed';
  triggers: Array<{ nodeId: string; status: string; errorMessage?: string | null }>;
}

/**
 * n8n 2.x publishes through an outbox a background worker applies (polled every 15 s by default; the
 * instance sets 250 ms): waits until the workflow's triggers are up (or down), and fails with n8n's
 * own reason when a trigger could not start.
 */
const settled = async (rest: Rest, workflowId: string, done: (status: PublicationStatus['status']) => boolean): Promise<void> => {
  const deadline = Date.now() + 60_000;
  let last: PublicationStatus | undefined;
  while (Date.now() < deadline) {
    last = await rest.call<PublicationStatus>('GET', `workflows/${workflowId}/publication-status`);
    if (last.status === 'failed' || last.status === 'partial') {
      throw new Error(`n8n could not start the workflow's triggers: ${last.triggers.map((t) => t.errorMessage ?? t.status).join('; ')}`);
    }
    if (last.status !== 'in_progress' && done(last.status)) return;
    await sleep(100);
  }
  throw new Error(`n8n did not finish publishing workflow ${workflowId} within 60 s (status ${last?.status ?? 'unknown'}).`);
};

/** Sets up the instance's owner (a fresh database has none) and keeps its auth cookie. */
const login = async (url: string): Promise<Rest> => {
  const browserId = 'dailybot-n8n-tests';
  const post = (p: string, body: unknown, cookie = '') =>
    fetch(`${url}/rest/${p}`, { method: 'POST', headers: { 'content-type': 'application/json', 'browser-id': browserId, cookie }, body: JSON.stringify(body) });
  let res = await post('owner/setup', OWNER);
  if (!res.ok) res = await post('login', { emailOrLdapLoginId: OWNER.email, password: OWNER.password });
  if (!res.ok) throw new Error(`Could not sign in to n8n as its owner: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.getSetCookie?.() ?? [])
    .map((c) => c.split(';')[0])
    .filter(Boolean)
    .join('; ');
  const rest: Rest = {
    call: async <T>(method: string, restPath: string, body?: unknown): Promise<T> => {
      const answer = await fetch(`${url}/rest/${restPath}`, {
        method,
        headers: { 'content-type': 'application/json', 'browser-id': browserId, cookie },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await answer.text();
      if (!answer.ok) throw new Error(`n8n ${method} /rest/${restPath} answered ${answer.status}: ${text.slice(0, 500)}`);
      const parsed = text ? (JSON.parse(text) as { data?: T }) : {};
      return (parsed && typeof parsed === 'object' && 'data' in parsed ? parsed.data : parsed) as T;
    },
    activate: async (workflowId) => {
      const { versionId } = await rest.call<{ versionId: string }>('GET', `workflows/${workflowId}`);
      await rest.call('POST', `workflows/${workflowId}/activate`, { versionId });
      await settled(rest, workflowId, (status) => status !== 'not_published');
    },
    deactivate: async (workflowId) => {
      await rest.call('POST', `workflows/${workflowId}/deactivate`, {});
      await settled(rest, workflowId, (status) => status === 'not_published');
    },
  };
  return rest;
};
