/**
 * Version 3's form response steps and Send Workflow Event in the requests section (bench/requests.ts):
 * each run once against the sandbox with a typical input, beside its minimum (bench/minimums.ts).
 */
import type { Harness, StepRun } from '../sandbox/harness';

/** bench/requests.ts's `step`: runs one step and records its row. */
export type MeasureStep = (label: string, minId: string, run: () => Promise<StepRun<unknown>>, people?: readonly string[]) => Promise<StepRun<unknown> | undefined>;

export const measureFormResponseSteps = async (h: Harness, step: MeasureStep): Promise<void> => {
  await step('send_workflow_event', 'send_workflow_event', () => h.create('send_workflow_event', { event_type: 'deploy_complete', data: { service: 'billing', version: '2.1.0' } }));
};
