/** `npm run sandbox` (sandbox/cli.ts): prints the `.env` lines, keeps serving them, stops on SIGTERM. */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

jest.setTimeout(30_000);

it('prints working .env lines and keeps running until it is stopped', async () => {
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['sandbox/cli.ts', '--port', '0', '--quiet'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    let output = '';
    const printed = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no .env lines within 15 s:\n${output}`)), 15_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('Ctrl-C stops the sandbox.')) {
          clearTimeout(timer);
          resolve(output);
        }
      });
      child.on('exit', () => reject(new Error(`the sandbox exited:\n${output}`)));
    });

    const line = (name: string) => new RegExp(`^${name}=(\\S+)$`, 'm').exec(printed)?.[1];
    const apiUrl = line('DAILYBOT_API_URL');
    const apiKey = line('authData_api_key');
    const hookUrl = line('authData_activity_hook_url');
    expect(apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(hookUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/activity\/[0-9a-f]+\/$/);

    // still running, and the printed connection works
    await new Promise((resolve) => setTimeout(resolve, 200));
    const me = await fetch(`${apiUrl}/me/`, { headers: { 'x-api-key': apiKey!, accept: 'application/json' } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ organization: { name: 'Acme Robotics' } });
    const activity = await fetch(hookUrl!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ custom_type: 'check', message: 'The printed hook works', user_email: 'alex.rivera@acme-robotics.example' }),
    });
    expect(activity.status).toBe(200);
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
});
