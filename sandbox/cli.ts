/**
 * `npm run sandbox`: a local DailyBot on http://127.0.0.1:8787 (or $PORT) until Ctrl-C.
 * It prints the `.env` lines to try any step with `npx zapier-platform invoke`, a few useful IDs,
 * and the /_sandbox/ routes; then one line per request and per webhook delivery.
 *
 *   npm run sandbox -- --port 8787 --users 25 --seed 1 --quiet
 *   (or PORT, SANDBOX_HOST, SANDBOX_USERS, SANDBOX_SEED in the environment)
 */
import { parseArgs } from 'node:util';

import { controlRoutes } from './core/control';
import { startSandbox } from './index';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    users: { type: 'string' },
    seed: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('Usage: npm run sandbox -- [--port 8787] [--host 127.0.0.1] [--users 25] [--seed 1] [--quiet]');
  process.exit(0);
}

const integer = (text: string | undefined, fallback: number, what: string): number => {
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n)) {
    console.error(`${what} must be a whole number, not "${text}".`);
    process.exit(2);
  }
  return n;
};

/** Label/value lines with the values lined up. */
const table = (rows: Array<[string, string]>): string[] => {
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`);
};

const main = async (): Promise<void> => {
  const port = integer(values.port ?? process.env.PORT, 8787, 'The port');
  const users = integer(values.users ?? process.env.SANDBOX_USERS, 25, 'The number of users');
  const seed = integer(values.seed ?? process.env.SANDBOX_SEED, 1, 'The seed');
  const host = values.host ?? process.env.SANDBOX_HOST ?? '127.0.0.1';
  const log = values.quiet ? undefined : (line: string) => console.log(`  ${new Date().toISOString().slice(11, 19)} ${line}`);

  const sandbox = await startSandbox({ port, host, users, seed, log });
  const { state } = sandbox;
  const d = state.demo;
  const user = (uuid: string) => state.users.get(uuid)!;
  const manager = user(d.manager);

  console.log(
    [
      `DailyBot sandbox: ${sandbox.url}  (organization "${state.org.name}", ${state.users.size} users, seed ${seed}, today ${state.today()})`,
      '',
      '# .env for `npx zapier-platform invoke` (copy these lines into .env, or export them)',
      `DAILYBOT_API_URL=${sandbox.apiUrl}`,
      `authData_api_key=${sandbox.apiKey}`,
      `authData_activity_hook_url=${sandbox.activityHookUrl}`,
      `authData_workflow_trigger_url=${sandbox.workflowTriggerUrl}`,
      `authData_workflow_trigger_secret=${sandbox.workflowTriggerSecret}`,
      '# then: npm run build (invoke runs the built app), and for example',
      `#   npx zapier-platform invoke search find_user -i '{"query": "Priya Natarajan"}' --non-interactive`,
      '',
      '# Keys that fail the documented ways',
      ...table([
        ['free plan (403 plan_free_api_keys_forbidden)', sandbox.freePlanKey],
        ['inactive owner (403 api_key_owner_inactive)', sandbox.inactiveOwnerKey],
      ]),
      '',
      '# Useful IDs',
      ...table([
        [`check-in "${state.checkin(d.standup).name}"`, `${d.standup} (blocker question ${d.blockerQuestion})`],
        [`anonymous check-in "${state.checkin(d.anonymousCheckin).name}"`, d.anonymousCheckin],
        [`team "${state.team(d.engineeringTeam).name}"`, d.engineeringTeam],
        [`form "${state.form(d.vacationForm).name}"`, d.vacationForm],
        ['key owner', `${user(d.owner).full_name} <${user(d.owner).email}>`],
        ['manager', `${manager.full_name} <${manager.email}> (occupation "${manager.occupation}")`],
        ['deactivated user', `${user(d.inactiveUser).full_name} <${user(d.inactiveUser).email}>`],
      ]),
      '',
      '# Sandbox routes (no key needed)',
      ...controlRoutes(state.domains).map(([route, what]) => `${route.padEnd(50)} ${what}`),
      '',
      'Try: curl -s -X POST ' + `${sandbox.url}/_sandbox/checkins/${d.standup}/responses -H 'content-type: application/json' -d '{"blocker": true}'`,
      'Ctrl-C stops the sandbox.',
      '',
    ].join('\n'),
  );

  const stop = async () => {
    await sandbox.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

main().catch((error: Error) => {
  console.error(`The sandbox could not start: ${error.message}`);
  process.exit(1);
});
