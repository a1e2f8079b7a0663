/**
 * A local, stateful DailyBot for tests, demos and `zapier-platform invoke`.
 *
 *   const sandbox = await startSandbox({ users: 25, seed: 1 });
 *   process.env.DAILYBOT_API_URL = sandbox.apiUrl;
 *   … run the app with authData { api_key: sandbox.apiKey, activity_hook_url: sandbox.activityHookUrl } …
 *   sandbox.state.completeCheckinResponse(sandbox.state.demo.standup, { blocker: true });
 *   await sandbox.state.idle();            // every webhook delivered
 *   sandbox.state.outbox / deliveries / requests / subscriptions
 *   await sandbox.close();
 *
 * See sandbox/README.md for the routes and what each part mimics.
 */
import type { AddressInfo } from 'node:net';

import { buildServer } from './core/server';
import type { StateOptions } from './core/state';
import { createState, type SandboxState } from './domains';

export type { SandboxState } from './domains';
export type { OutboxEntry, OutboxKind } from './core/outbox';
export type { RequestRecord } from './core/requests';
export type { Answers } from './domains/checkins/answers';
export type { ResponseInput } from './domains/checkins/state';
export type { Delivery, Envelope, Subscription } from './domains/webhooks/dispatcher';
export type { EventName } from './domains/webhooks/events';
export { EVENTS } from './domains/webhooks/events';
export type { Fault } from './core/faults';

export interface SandboxOptions extends StateOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** One line per request and per webhook delivery. */
  log?: (line: string) => void;
}

export interface Sandbox {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `url + '/v1'`: the app's `DAILYBOT_API_URL`. */
  apiUrl: string;
  /** The main key (an admin's, business plan). */
  apiKey: string;
  /** Keys that fail the documented ways: 403 `plan_free_api_keys_forbidden` and `api_key_owner_inactive`. */
  freePlanKey: string;
  inactiveOwnerKey: string;
  /** The organization's Activity Hook URL (no API key needed). */
  activityHookUrl: string;
  /** The organization's Workflow Trigger URL (no API key needed) and its secret. */
  workflowTriggerUrl: string;
  workflowTriggerSecret: string;
  state: SandboxState;
  /** Stops the server (dropping open connections) and waits for webhook deliveries under way. */
  close(): Promise<void>;
}

export const startSandbox = async (options: SandboxOptions = {}): Promise<Sandbox> => {
  const { port = 0, host = '127.0.0.1', log, ...stateOptions } = options;
  const state = createState({
    ...stateOptions,
    onDelivered:
      stateOptions.onDelivered ??
      (log ? (d) => log(`webhook ${d.event} → ${d.hook_url}: ${d.status ?? d.error ?? d.outcome}`) : undefined),
  });
  const app = buildServer(state, { log });
  await app.listen({ port, host });
  const address = app.server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  let closed = false;
  return {
    url,
    apiUrl: `${url}/v1`,
    apiKey: state.apiKey,
    freePlanKey: state.freePlanKey,
    inactiveOwnerKey: state.inactiveOwnerKey,
    activityHookUrl: `${url}/activity/${state.activityToken}/`,
    workflowTriggerUrl: `${url}/workflow-trigger/${state.workflowTriggerToken}/`,
    workflowTriggerSecret: state.workflowTriggerSecret ?? '',
    state,
    close: async () => {
      if (closed) return;
      closed = true;
      state.faults.cancelWaits();
      await app.close();
      await state.idle();
    },
  };
};
