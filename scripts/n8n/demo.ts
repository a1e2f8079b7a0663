/**
 * `npm run n8n:demo`: the blocker Zap of `npm start` as an n8n workflow, in a real n8n (headless)
 * against the local sandbox:
 *
 *   DailyBot Trigger (New Blocker in Check-in) → Find User (the manager) → Send Message → Give Kudos
 *   → Log Activity
 *
 * It installs n8n into the cache the first time (about 10 minutes; scripts/n8n/cache.ts), builds and
 * packs the package and unpacks it where n8n loads community packages, imports the credential and the
 * workflow, starts n8n and publishes the workflow (DailyBot gets a webhook subscription), has a member
 * answer the standup with a blocker, and prints each node's output from n8n's execution; then
 * unpublishes it and shows the next blocker goes nowhere. `--verbose` prints every output in full.
 * Exits 1 naming the step that failed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { startSandbox, type Sandbox } from '../../sandbox';
import { isOnTimeOff } from '../../sandbox/domains/people/model';
import { CACHE_DIR, ensureN8n, N8N_VERSION } from './cache';
import { createInstance, type N8nInstance, type Rest } from './instance';
import { buildPackage, packPackage } from './pack';
import { toParameters, triggerParameters } from './parameters';
import { onInterrupt, stopAll } from './proc';
import { executionsOf } from './run-triggers';
import { loadDescriptions } from './descriptions';
import { chain, credentialRef, dailyBot, sandboxCredential, TYPES } from './workflows';

const { values: flags } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v', default: false } } });

type Json = Record<string, unknown>;
const TRIGGER = 'DailyBot Trigger';
const at = (node: string, field: string) => `$('${node}').first().json.${field}`;

let stepTitle = 'starting';
let stepNumber = 0;
const step = (title: string): void => {
  stepNumber += 1;
  stepTitle = title;
  console.log(`\n${stepNumber}. ${title}`);
};
const row = (label: string, value: unknown): void => console.log(`   ${label.padEnd(17)} ${typeof value === 'string' ? value : JSON.stringify(value)}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The demo workflow, with Zapier inputs turned into the nodes' parameters by their own descriptions. */
const blockerWorkflow = (sandbox: Sandbox, webhookId: string) => {
  const nodes = loadDescriptions();
  const manager = sandbox.state.users.get(sandbox.state.demo.manager)!;
  const blocker = `${at(TRIGGER, 'answers')}.find((a) => a.is_blocker)?.response_text`;
  const action = (name: string, operation: string, inputs: Json) => dailyBot(name, toParameters(nodes.action.properties, operation, inputs), { executeOnce: false });
  return chain('demoBlockerZap', 'Blocker escalation (the npm start Zap)', [
    { name: TRIGGER, type: TYPES.trigger, parameters: triggerParameters(nodes.trigger.properties, 'checkin_blocker_reported', { checkin: sandbox.state.demo.standup }), credentials: credentialRef, webhookId },
    action('Find User', 'find_user', { query: manager.full_name }),
    action('Send Message', 'send_message', {
      message: `=🚧 {{ ${at(TRIGGER, 'user_full_name')} }} reported a blocker in “{{ ${at(TRIGGER, 'checkin_name')} }}”: {{ ${blocker} }}`,
      target_users: [`={{ ${at('Find User', 'email')} }}`],
    }),
    action('Give Kudos', 'give_kudos', {
      receivers: [`={{ ${at(TRIGGER, 'user_email')} }}`],
      content: `=Thanks for flagging your blocker early, {{ ${at(TRIGGER, 'user_full_name')}.split(' ')[0] }}!`,
      company_value: 'Teamwork',
    }),
    action('Log Activity', 'push_activity', {
      custom_type: 'blocker_escalated',
      message: `=Blocker escalated to {{ ${at('Find User', 'full_name')} }}: {{ ${blocker} }}`,
      user: `={{ ${at(TRIGGER, 'user_email')} }}`,
    }),
  ]);
};

/** An active participant of the standup, not the manager, who has not answered today and is not on time off. */
const pendingMember = (sandbox: Sandbox) => {
  const { state } = sandbox;
  const today = state.today();
  const answered = new Set([...state.responses.values()].filter((r) => r.checkin === state.demo.standup && r.date === today).map((r) => r.user));
  const member = state
    .checkin(state.demo.standup)
    .participants.map((uuid) => state.users.get(uuid)!)
    .find((u) => u.is_active && u.uuid !== state.demo.manager && !answered.has(u.uuid) && !isOnTimeOff(u, today));
  if (!member) throw new Error('Everyone in “Daily Standup” has answered today.');
  return member;
};

/** Fields shown per node (all with --verbose). */
const SHOWN: Record<string, string[]> = {
  [TRIGGER]: ['user_full_name', 'user_email', 'checkin_name', 'has_blocker', 'answer_3'],
  'Find User': ['full_name', 'email', 'occupation'],
  'Send Message': ['bot_message_id', 'target_users'],
  'Give Kudos': ['id', 'content', 'giver_full_name'],
  'Log Activity': ['custom_type', 'message', 'user_email'],
};

/** n8n keeps run data "flatted" (flatted.stringify); its own copy reads it. */
const unflatten = (data: unknown): Json => {
  if (typeof data !== 'string') return data as Json;
  const flatted = require(path.join(CACHE_DIR, 'node_modules', 'flatted')) as { parse(text: string): Json };
  return flatted.parse(data);
};

const waitForExecution = async (rest: Rest, workflowId: string, before: number): Promise<Json> => {
  for (let i = 0; i < 120; i += 1) {
    const runs = await executionsOf(rest, workflowId);
    const done = runs.length > before ? runs.find((r) => r.status !== 'running' && r.status !== 'new') : undefined;
    if (done) return rest.call<Json>('GET', `executions/${done.id}`);
    await sleep(250);
  }
  throw new Error('n8n started no execution for the delivery within 30 s.');
};

const main = async (): Promise<void> => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dailybot-n8n-demo-'));
  let sandbox: Sandbox | undefined;
  let n8n: N8nInstance | undefined;
  const cleanup = async () => {
    await n8n?.close().catch(() => undefined);
    await sandbox?.close().catch(() => undefined);
    fs.rmSync(workDir, { recursive: true, force: true });
  };
  onInterrupt(cleanup);
  const started = performance.now();
  try {
    console.log(`DailyBot on n8n ${N8N_VERSION}: the blocker Zap as a workflow, headless, against a local DailyBot sandbox`);
    console.log(`  ${TRIGGER} (New Blocker in Check-in) → Find User → Send Message → Give Kudos → Log Activity`);

    step('n8n and the package');
    const install = await ensureN8n((line) => console.log(`   ${line}`));
    row('n8n', install.installed ? `installed into the cache in ${Math.round(install.ms / 1000)} s` : `from the cache (${CACHE_DIR})`);
    await buildPackage();
    const packed = await packPackage(workDir);
    row('package', `${packed.name}@${packed.version}, ${(packed.size / 1024).toFixed(1)} KB, unpacked into the user folder's nodes/node_modules`);

    step('Import the credential and the workflow (n8n import:credentials, import:workflow)');
    sandbox = await startSandbox({ users: 25, seed: 1 });
    n8n = await createInstance({ tarball: packed.tarball, label: 'demo' });
    const { state } = sandbox;
    const webhookId = 'dailybot-demo-blocker';
    const workflow = blockerWorkflow(sandbox, webhookId);
    await n8n.importCredentials([sandboxCredential(sandbox)]);
    await n8n.importWorkflows([workflow]);
    row('sandbox', `${sandbox.apiUrl} (${state.org.name}, ${state.users.size} users)`);
    row('credential', 'DailyBot API: API key ••••, Activity Hook URL ••••, API URL = the sandbox');

    step('Start n8n and publish the workflow (the trigger subscribes)');
    await n8n.start();
    const rest = await n8n.rest();
    await rest.activate(workflow.id);
    const subscription = state.subscriptions.find((s) => s.hook_url.includes(webhookId));
    if (!subscription) throw new Error('Publishing the workflow made no DailyBot webhook subscription.');
    row('n8n', `${n8n.url} (user folder ${n8n.userFolder})`);
    row('webhook', `${subscription.subscriptions.join(', ')} → ${subscription.hook_url}`);
    row('bearer', `a random secret of ${subscription.bearer?.length ?? 0} characters, checked on every delivery`);

    step('A member answers “Daily Standup” with a blocker; n8n runs the workflow');
    const member = pendingMember(sandbox);
    const before = (await executionsOf(rest, workflow.id)).length;
    state.completeCheckinResponse(state.demo.standup, { user: member.uuid, blocker: 'Blocked on staging database credentials: waiting on infra since yesterday.' });
    await state.idle();
    const execution = await waitForExecution(rest, workflow.id, before);
    const data = unflatten(execution.data) as { resultData: { runData: Record<string, Array<{ executionTime?: number; error?: { message: string }; data?: { main: Array<Array<{ json: Json }>> } }>> } };
    row('member', `${member.full_name} <${member.email}>`);
    row('execution', `#${String(execution.id)}: ${String(execution.status)}`);
    for (const node of workflow.nodes as Array<{ name: string }>) {
      const [run] = data.resultData.runData[node.name] ?? [];
      console.log(`\n   ${node.name}${run?.executionTime !== undefined ? `  (${run.executionTime} ms)` : ''}`);
      if (!run) throw new Error(`${node.name} did not run.`);
      if (run.error) throw new Error(`${node.name} failed: ${run.error.message}`);
      const item = run.data?.main[0]?.[0]?.json ?? {};
      if (flags.verbose) console.log(JSON.stringify(item, null, 2).replace(/^/gm, '     '));
      else for (const key of SHOWN[node.name] ?? Object.keys(item).slice(0, 4)) row(`  ${key}`, item[key] ?? '');
    }
    if (execution.status !== 'success') throw new Error(`The execution ended ${String(execution.status)}.`);

    step('Unpublish the workflow (the trigger unsubscribes); the next blocker goes nowhere');
    await rest.deactivate(workflow.id);
    const gone = !state.subscriptions.some((s) => s.hook_url.includes(webhookId));
    row('webhook', gone ? 'removed from DailyBot ✓' : 'STILL SUBSCRIBED');
    if (!gone) throw new Error('The webhook is still subscribed after unpublishing.');
    const deliveries = state.deliveries.length;
    state.completeCheckinResponse(state.demo.standup, { blocker: 'The CI runners are down.' });
    await state.idle();
    row('deliveries', `${state.deliveries.length - deliveries} sent by DailyBot ✓`);

    console.log(`\nThe sandbox's outbox (what DailyBot sent)`);
    for (const entry of state.outbox) console.log(`   #${entry.id} ${entry.kind}`);
    console.log(`\nDone in ${Math.round((performance.now() - started) / 1000)} s.`);
  } finally {
    await stopAll();
    await cleanup();
  }
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\n✗ Step ${stepNumber} (${stepTitle}) failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
