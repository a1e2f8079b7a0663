/**
 * What the end-to-end tests share: one harness (sandbox + catch hook + the app in Zapier's runtime)
 * per test file, freshly seeded after every test, and small readers for the sandbox's logs.
 */
import { startHarness, type Harness, type HarnessOptions } from '../../sandbox/harness';
import type { OutboxEntry, OutboxKind, RequestRecord } from '../../sandbox';

/** A harness for the whole file; every test starts from the freshly seeded organization. */
export const useHarness = (options: HarnessOptions = {}): (() => Harness) => {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness({ users: 25, seed: 1, ...options });
  });
  afterEach(async () => {
    if (!harness) return;
    await harness.sandbox.state.idle();
    harness.sandbox.state.reset();
    harness.hook.clear();
    harness.hook.status = 200;
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('The harness did not start.');
    return harness;
  };
};

/** `METHOD /path` of each request, as the sandbox received them. */
export const calls = (requests: readonly RequestRecord[]): string[] => requests.map((r) => `${r.method} ${r.path}`);

/** The outbox entries of one kind, typed. */
export const outboxOf = <K extends OutboxKind>(h: Harness, kind: K): Array<Extract<OutboxEntry, { kind: K }>> =>
  h.sandbox.state.outbox.filter((e): e is Extract<OutboxEntry, { kind: K }> => e.kind === kind);

/** A user of the sandbox by UUID (throws when there is none). */
export const userOf = (h: Harness, uuid: string) => {
  const user = h.sandbox.state.users.get(uuid);
  if (!user) throw new Error(`no user ${uuid}`);
  return user;
};

/** The hand-written people of the seed, by first name. */
export const person = (h: Harness, fullName: string) => {
  const user = [...h.sandbox.state.users.values()].find((u) => u.full_name === fullName);
  if (!user) throw new Error(`no user called ${fullName}`);
  return user;
};

/** Issue 13's steps, tested end to end in forms.test.ts (which checks it covers each of them). */
export const ISSUE_13_STEPS = [
  'form_response_state_changed',
  'submit_form_response',
  'change_form_response_state',
  'trigger_workflow',
  'find_checkin_non_respondents',
  'invite_user',
] as const;

/** Version 3's form response steps and Send Workflow Event, tested end to end in form-responses.test.ts. */
export const FORM_RESPONSE_STEPS = ['send_workflow_event', 'list_form_responses', 'find_form_response', 'update_form_response', 'delete_form_response'] as const;

/** Issue 20's answering and reporting steps, tested end to end in v3.test.ts (which checks it covers each of them). */
export const STANDUP_STEPS = ['submit_checkin_response', 'post_standup_update', 'log_agent_report', 'track_mood'] as const;
