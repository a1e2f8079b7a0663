/**
 * Runs the action chains (scripts/n8n/cases-*.ts) in a real n8n with `n8n execute --id`, one process per
 * chain, and checks each step: its output items from the run data, and the sandbox afterwards.
 */

import type { Harness } from '../../sandbox/harness';
import { check, skipped } from './checks';
import type { CaseContext, Chain } from './cases-actions';
import type { N8nInstance, NodeRun, RunData, Workflow } from './instance';
import { toParameters, type INodeProperties } from './parameters';
import { chain, dailyBot, manualStart } from './workflows';

type Json = Record<string, unknown>;

export const contextFor = (h: Harness, outboxFrom = 0): CaseContext => ({
  h,
  person: (fullName) => {
    const user = [...h.sandbox.state.users.values()].find((u) => u.full_name === fullName);
    if (!user) throw new Error(`the sandbox has no user called ${fullName}`);
    return user;
  },
  outbox: (kind) => h.sandbox.state.outbox.slice(outboxFrom).filter((e) => e.kind === kind) as never,
});

/** The workflow for a chain: a manual start, then each step once, failures passed on as `{error}`. */
export const chainWorkflow = (c: Chain, properties: readonly INodeProperties[], ctx: CaseContext): Workflow =>
  chain(c.id, c.name, [
    manualStart(),
    ...c.cases.map((step) => dailyBot(step.node, toParameters(properties, step.operation, step.inputs(ctx)), { onError: 'continueRegularOutput' })),
  ]);

/** A node's output items, or the reason it has none. */
export const itemsOf = (run: RunData | undefined, node: string): Json[] => {
  if (!run) throw new Error('n8n printed no run data');
  const runs: NodeRun[] | undefined = run.data.resultData.runData[node];
  if (!runs?.length) throw new Error(`the node did not run${run.data.resultData.error ? ` (the run failed: ${run.data.resultData.error.message})` : ''}`);
  const [first] = runs;
  if (first!.error) throw new Error(`the node failed: ${first!.error.message}${first!.error.description ? ` — ${first!.error.description}` : ''}`);
  const items = (first!.data?.main?.[0] ?? []).map((item) => item.json);
  const failed = items.find((item) => 'error' in item && Object.keys(item).length <= 3);
  if (failed) throw new Error(`the step failed: ${JSON.stringify(failed.error)}`);
  return items;
};

export interface PreparedChain {
  c: Chain;
  workflow: Workflow;
}

/** Each chain's workflow, built from the node's description (a chain that cannot be built fails its steps). */
export const prepareChains = async (h: Harness, properties: readonly INodeProperties[], chains: readonly Chain[]): Promise<PreparedChain[]> => {
  const prepared: PreparedChain[] = [];
  for (const c of chains) {
    const ok = await check(`${c.name}: its workflow is built from the node's description`, () => {
      prepared.push({ c, workflow: chainWorkflow(c, properties, contextFor(h)) });
    });
    if (!ok) for (const step of c.cases) skipped(`${step.operation} (${step.node})`, 'its workflow could not be built');
  }
  return prepared;
};

/** Executes each (imported) chain and checks its steps. Returns the operations covered. */
export const runChains = async (n8n: N8nInstance, h: Harness, prepared: readonly PreparedChain[]): Promise<Set<string>> => {
  const covered = new Set<string>();
  for (const { c } of prepared) {
    const outboxFrom = h.sandbox.state.outbox.length;
    c.setup?.(contextFor(h));
    let run: RunData | undefined;
    await check(`${c.name}: n8n execute --id=${c.id} (${c.cases.length} steps)`, async () => {
      const result = await n8n.execute(c.id);
      run = result.run;
      if (!run) throw new Error(`no run data (exit ${result.ran.code}):\n${`${result.ran.stdout}\n${result.ran.stderr}`.trim().slice(-1500)}`);
      return `${(result.ran.ms / 1000).toFixed(1)} s`;
    });
    await h.sandbox.state.idle();
    const ctx = contextFor(h, outboxFrom);
    for (const step of c.cases) {
      covered.add(step.operation);
      await check(`${step.operation} (${step.node})`, () => step.check(ctx, itemsOf(run, step.node)));
    }
  }
  return covered;
};
