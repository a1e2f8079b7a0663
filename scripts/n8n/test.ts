/**
 * `npm run test:n8n`: the DailyBot package in a real n8n, headless, against the local sandbox.
 *
 *   1. n8n 2.41.1 and Node 24 in the cache (scripts/n8n/cache.ts: about 10 minutes once, then reused)
 *   2. the package: `npm run build:n8n`, `npm pack`, `n8n-node lint`, the community scanner (pack.ts)
 *   3. `n8n import:credentials` / `import:workflow`, then every action and search by `n8n execute --id`
 *      (chains of steps, cases-*.ts), each checked in the sandbox's outbox and state (run-actions.ts)
 *   4. `n8n start`: the credential test; DailyBot Trigger for every event (run-triggers.ts); the approvals
 *      poll and Ask in Chat (run-waits.ts)
 * Everything listens on 127.0.0.1; n8n runs in a temporary user folder; processes and folders are
 * removed at the end, also on failure or Ctrl-C. Prints a line per check and `N passed, N failed`;
 * exits 1 when any check failed.
 */
import '../../sandbox/demo-env';

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startHarness, type Harness } from '../../sandbox/harness';
import { ensureN8n, N8N_VERSION } from './cache';
import { messages, people } from './cases-actions';
import { checkins, forms } from './cases-checkins';
import { v3 } from './cases-v3';
import { check, expectEqual, section, skipped, summary } from './checks';
import { createInstance, type N8nInstance } from './instance';
import { buildPackage, lintPackage, packPackage, scanPackage, type Packed } from './pack';
import { loadDescriptions } from './descriptions';
import { operationsOf } from './parameters';
import { onInterrupt, stopAll } from './proc';
import { prepareChains, runChains } from './run-actions';
import { runTriggers, triggerWorkflows } from './run-triggers';
import { runApprovals, runAskInChat, waitWorkflows } from './run-waits';
import { sandboxCredential } from './workflows';

export const CHAINS = [messages, people, checkins, forms, v3];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const main = async (): Promise<number> => {
  const started = performance.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dailybot-n8n-test-'));
  let h: Harness | undefined;
  let n8n: N8nInstance | undefined;
  const cleanup = async () => {
    await n8n?.close().catch(() => undefined);
    await h?.close().catch(() => undefined);
    fs.rmSync(workDir, { recursive: true, force: true });
  };
  onInterrupt(cleanup);
  try {
    console.log(`DailyBot in a real n8n ${N8N_VERSION}, headless, against the local sandbox`);
    section('1. n8n');
    const installed = await check(`n8n ${N8N_VERSION} and Node 24 in the cache`, async () => {
      const result = await ensureN8n((line) => console.log(`    ${line}`));
      return result.installed ? `installed in ${seconds(result.ms)}` : 'reused';
    });

    section('2. The package');
    let packed: Packed | undefined;
    const built = await check('npm run build:n8n', buildPackage);
    if (built) {
      await check('npm pack in n8n/', async () => {
        packed = await packPackage(workDir);
        return `${packed.name}@${packed.version}: ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked, ${packed.files} files`;
      });
    }
    if (installed && built) {
      await check('n8n-node lint is clean', async () => {
        const lint = await lintPackage();
        if (!lint.passed) throw new Error(lint.output);
      });
    }
    if (installed && packed) {
      await check('the community package scanner is clean', async () => {
        const scan = await scanPackage(packed!.tarball, workDir);
        if (!scan.passed) throw new Error(scan.output);
        return scan.output.replace(/\n/g, '; ');
      });
    }
    if (!installed || !packed) {
      skipped('everything in a running n8n', !installed ? 'n8n is not installed' : 'the package was not packed');
      return 1;
    }

    section('3. n8n import, then every action and search by n8n execute --id');
    const nodes = loadDescriptions();
    h = await startHarness({ users: 25, seed: 1 });
    n8n = await createInstance({ tarball: packed.tarball, label: 'test' });
    console.log(`    sandbox ${h.sandbox.url}, n8n user folder ${n8n.userFolder}`);
    const credential = sandboxCredential(h.sandbox);
    const chains = await prepareChains(h, nodes.action.properties, CHAINS);
    const triggers = triggerWorkflows(h, nodes.trigger.properties);
    const waits = waitWorkflows(h, nodes.action.properties, { type: `n8n-nodes-dailybot.${nodes.approvals.name}`, properties: nodes.approvals.properties });
    const imported = await check('n8n import:credentials and import:workflow', async () => {
      await n8n!.importCredentials([credential]);
      await n8n!.importWorkflows([...chains.map((c) => c.workflow), ...triggers.map((t) => t.workflow), waits.poll, waits.ask]);
      return `${chains.length + triggers.length + 2} workflows`;
    });
    const covered = imported ? await runChains(n8n, h, chains) : new Set<string>();
    covered.add('sendAndWait');

    section('4. n8n start: credential test, triggers, the approvals poll, Ask in Chat');
    const running = imported && (await check('n8n start (ready at /healthz/readiness)', () => n8n!.start()));
    if (running) {
      const rest = await n8n.rest();
      await check('the credential test passes with the sandbox key and fails with a wrong one', async () => {
        const test = (data: Record<string, unknown>) => rest.call<{ status: string; message?: string }>('POST', 'credentials/test', { credentials: { ...credential, data } });
        const good = await test(credential.data);
        expectEqual(good.status, 'OK', `the test with the sandbox key (${good.message ?? ''})`);
        const bad = await test({ ...credential.data, apiKey: 'not-a-key' });
        expectEqual(bad.status, 'Error', 'the test with a wrong key');
        return `wrong key: “${bad.message ?? ''}”`;
      });
      await runTriggers(n8n, rest, h, triggers);
      await runApprovals(rest, h, waits);
      await runAskInChat(n8n.url, rest, h, waits);
    } else skipped('the running n8n’s checks', 'n8n did not start');

    section('5. Coverage');
    await check('every action and search of the DailyBot node ran in n8n', () => {
      const missing = operationsOf(nodes.action.properties).filter((op) => !covered.has(op));
      if (missing.length) throw new Error(`no real-n8n case for: ${missing.join(', ')}`);
      return `${covered.size} operations`;
    });
    return 0;
  } finally {
    await stopAll();
    await cleanup();
    const { failed, lines } = summary();
    console.log(lines.join('\n'));
    console.log(`(${seconds(performance.now() - started)} in all)`);
    process.exitCode = failed > 0 ? 1 : 0;
  }
};

main().then(
  (code) => process.exit(code || process.exitCode || 0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
