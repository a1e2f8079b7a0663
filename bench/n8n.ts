/**
 * Section 8: the n8n package. Its packed size (`npm run build:n8n`, `npm pack` in n8n/), and, in one
 * running n8n against the sandbox, the DailyBot node's time per execution beside n8n's own HTTP Request
 * node making the same request (`GET /teams/{uuid}/` with the key): two webhook-started workflows that
 * answer when their last node is done, called in turn (A, B, A, B…) after a warm-up; medians.
 *
 * n8n comes from the cache `npm run test:n8n` fills (scripts/n8n/cache.ts). The benchmark never installs
 * it (10 minutes): without it the timing rows say so and the size row is still measured;
 * `npm run bench -- --n8n-install` installs it first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startSandbox } from '../sandbox';
import { ensureN8n, isInstalled, N8N_VERSION } from '../scripts/n8n/cache';
import { loadDescriptions } from '../scripts/n8n/descriptions';
import { createInstance } from '../scripts/n8n/instance';
import { buildPackage, packPackage, type Packed } from '../scripts/n8n/pack';
import { toParameters } from '../scripts/n8n/parameters';
import { stopAll } from '../scripts/n8n/proc';
import { chain, dailyBot, sandboxCredential, TYPES, webhookStart } from '../scripts/n8n/workflows';
import type { Section } from './section';
import { median, ms, percentile, times } from './stats';
import type { Row } from './table';

const SAMPLES = 60;
const WARMUP = 10;
/** The packed package: zod and the app's code bundled, no runtime dependencies. */
export const PACKED_GOAL_BYTES = 1024 * 1024;
/** The DailyBot node may take at most this many times n8n's HTTP Request node for the same request. */
export const RATIO_GOAL = 2;

export interface N8nTiming {
  samples: number;
  nodeMs: number;
  httpMs: number;
  nodeP90: number;
  httpP90: number;
  ratio: number;
  /** Requests each execution made to the sandbox (1 for both, or the comparison is off). */
  nodeRequests: number;
  httpRequests: number;
}

export interface N8nBench {
  packed: Pick<Packed, 'size' | 'unpackedSize' | 'files'>;
  /** Undefined when n8n is not in the cache. */
  timing?: N8nTiming;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const difference = (extraMs: number) => (extraMs >= 0 ? `the node takes ${ms(extraMs)} more` : `the node takes ${ms(-extraMs)} less`);

export const n8nRows = (b: N8nBench): Row[] => [
  {
    measure: 'n8n-nodes-dailybot, packed',
    result: kb(b.packed.size),
    goal: `< ${kb(PACKED_GOAL_BYTES)}`,
    met: b.packed.size < PACKED_GOAL_BYTES,
    why: `${kb(b.packed.unpackedSize)} unpacked, ${b.packed.files} files; no runtime dependencies (zod bundled)`,
  },
  ...(b.timing
    ? [
        { measure: 'DailyBot node, per execution', result: ms(b.timing.nodeMs), goal: 'baseline', why: `p90 ${ms(b.timing.nodeP90)}; find_team by UUID, ${b.timing.nodeRequests} request` },
        { measure: 'n8n HTTP Request node, same request', result: ms(b.timing.httpMs), goal: 'baseline', why: `p90 ${ms(b.timing.httpP90)}; GET /teams/{uuid}/ with the key, ${b.timing.httpRequests} request` },
        {
          measure: 'DailyBot node ÷ HTTP Request node',
          result: times(b.timing.ratio),
          goal: `≤ ${RATIO_GOAL}×`,
          met: b.timing.ratio <= RATIO_GOAL,
          why: `webhook-started executions in one n8n ${N8N_VERSION}, ${b.timing.samples} each, interleaved; ${difference(b.timing.nodeMs - b.timing.httpMs)}`,
        },
      ]
    : [{ measure: 'DailyBot node vs HTTP Request node', result: 'skipped', goal: 'no goal set', why: 'n8n is not installed: run `npm run test:n8n` (or `npm run bench -- --n8n-install`) once' }]),
];

const timeCall = async (url: string): Promise<{ ms: number; text: string; status: number }> => {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  const text = await res.text();
  return { ms: performance.now() - started, text, status: res.status };
};

export const measureTiming = async (tarball: string, samples = SAMPLES, warmup = WARMUP): Promise<N8nTiming> => {
  const sandbox = await startSandbox({ users: 25, seed: 1 });
  const n8n = await createInstance({ tarball, label: 'bench' });
  try {
    const team = sandbox.state.demo.engineeringTeam;
    const nodes = loadDescriptions();
    const header = { id: 'benchHeader', name: 'DailyBot key (header)', type: 'httpHeaderAuth', data: { name: 'X-API-KEY', value: sandbox.apiKey } };
    await n8n.importCredentials([sandboxCredential(sandbox), header]);
    const withNode = chain('benchDailyBot', 'Bench: DailyBot node', [
      { ...webhookStart('bench-dailybot'), parameters: { httpMethod: 'POST', path: 'bench-dailybot', responseMode: 'lastNode', options: {} } },
      dailyBot('Find Team', toParameters(nodes.action.properties, 'find_team', { query: team })),
    ]);
    const withHttp = chain('benchHttpRequest', 'Bench: HTTP Request node', [
      { ...webhookStart('bench-http'), parameters: { httpMethod: 'POST', path: 'bench-http', responseMode: 'lastNode', options: {} } },
      {
        name: 'Get Team',
        type: TYPES.http,
        typeVersion: 4.2,
        parameters: { url: `${sandbox.apiUrl}/teams/${team}/`, authentication: 'genericCredentialType', genericAuthType: 'httpHeaderAuth', options: {} },
        credentials: { httpHeaderAuth: { id: header.id, name: header.name } },
      },
    ]);
    await n8n.importWorkflows([withNode, withHttp]);
    await n8n.start();
    const rest = await n8n.rest();
    for (const w of [withNode, withHttp]) await rest.activate(w.id);
    const nodeUrl = `${n8n.url}/webhook/bench-dailybot`;
    const httpUrl = `${n8n.url}/webhook/bench-http`;

    const requestsOf = async (url: string) => {
      const before = sandbox.state.requests.length;
      const call = await timeCall(url);
      if (call.status !== 200 || !call.text.includes(team)) throw new Error(`${url} answered ${call.status}: ${call.text.slice(0, 300)}`);
      return sandbox.state.requests.length - before;
    };
    const nodeRequests = await requestsOf(nodeUrl);
    const httpRequests = await requestsOf(httpUrl);
    for (let i = 0; i < warmup; i += 1) {
      await timeCall(nodeUrl);
      await timeCall(httpUrl);
    }
    const nodeTimes: number[] = [];
    const httpTimes: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      nodeTimes.push((await timeCall(nodeUrl)).ms);
      httpTimes.push((await timeCall(httpUrl)).ms);
    }
    const nodeMs = median(nodeTimes);
    const httpMs = median(httpTimes);
    return { samples, nodeMs, httpMs, nodeP90: percentile(nodeTimes, 90), httpP90: percentile(httpTimes, 90), ratio: nodeMs / httpMs, nodeRequests, httpRequests };
  } finally {
    await n8n.close();
    await sandbox.close();
    await stopAll();
  }
};

export const measureN8n = async (options: { install?: boolean } = {}): Promise<N8nBench> => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dailybot-n8n-bench-'));
  try {
    await buildPackage();
    const packed = await packPackage(workDir);
    if (options.install) await ensureN8n((line) => process.stderr.write(`  ${line}\n`));
    const timing = isInstalled() ? await measureTiming(packed.tarball) : undefined;
    return { packed, ...(timing ? { timing } : {}) };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
};

export const n8nSection: Section = {
  progress: `the n8n package (packed size; ${SAMPLES} executions each of the DailyBot node and n8n's HTTP Request node, when n8n is installed)`,
  run: async () => {
    const bench = await measureN8n({ install: process.argv.includes('--n8n-install') });
    return {
      title: bench.timing
        ? `The n8n package: its packed size, and the DailyBot node vs n8n's HTTP Request node making the same request in one running n8n ${N8N_VERSION}; medians`
        : 'The n8n package: its packed size (n8n not installed: timings skipped)',
      rows: n8nRows(bench),
    };
  },
  how: [
    '- **n8n package**: `npm run build:n8n`, `npm pack` in n8n/ (the .tgz size npm reports). In one headless n8n from the cache (`npm run test:n8n` installs it; `npm run bench -- --n8n-install` too), two webhook-started workflows answering when their last node is done: the DailyBot node (Find Team by UUID) and n8n’s HTTP Request node (the same `GET /teams/{uuid}/` with the key), each checked to make one request, called in turn after a warm-up; medians of the whole webhook call.',
  ],
};
