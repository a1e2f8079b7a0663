/**
 * The two DailyBot nodes that work over time, in a running n8n:
 * - the approvals polling trigger: activated (its first poll only remembers what is there), it starts the
 *   workflow once when a response moves to a state and once when it is approved, never again for the
 *   same state, with the Zapier poll's item for it;
 * - Ask in Chat (`sendAndWait`): a webhook-started run sends the question with one button per answer,
 *   waits; a tampered button URL does not resume it; the click in chat (the sandbox POSTs to the
 *   button's callback URL) resumes it with the answer and who clicked.
 */
import { randomUUID } from 'node:crypto';


import type { Harness } from '../../sandbox/harness';
import { check, expectEqual, expectMatch, expectThat } from './checks';
import type { Rest, Workflow } from './instance';
import { toParameters, triggerParameters, type INodeProperties } from './parameters';
import { executionsOf } from './run-triggers';
import { catcher, chain, credentialRef, dailyBot, webhookStart } from './workflows';

type Json = Record<string, unknown>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every 5 seconds, as twelve once-a-minute poll times (n8n refuses a single poll time under a minute). */
const EVERY_5_SECONDS = { item: Array.from({ length: 12 }, (_, i) => ({ mode: 'custom', cronExpression: `${i * 5} * * * * *` })) };

export interface WaitWorkflows {
  poll: Workflow;
  pollCatch: string;
  ask: Workflow;
  askCatch: string;
  askPath: string;
}

export const waitWorkflows = (h: Harness, actions: readonly INodeProperties[], approvals: { type: string; properties: readonly INodeProperties[] }): WaitWorkflows => {
  const { state } = h.sandbox;
  const pollCatch = h.hook.url('n8n-approvals');
  const askCatch = h.hook.url('n8n-ask');
  const askPath = randomUUID();
  const priya = [...state.users.values()].find((u) => u.full_name === 'Priya Natarajan')!;
  return {
    poll: chain('pApprovals', 'DailyBot approvals', [
      { name: 'Approvals', type: approvals.type, parameters: { ...triggerParameters(approvals.properties, undefined, { form: state.demo.vacationForm }), pollTimes: EVERY_5_SECONDS }, credentials: credentialRef },
      catcher('Catch', pollCatch),
    ]),
    pollCatch,
    ask: chain('aAskInChat', 'DailyBot Ask in Chat', [
      webhookStart(askPath),
      dailyBot('Ask in Chat', toParameters(actions, 'sendAndWait', { message: 'Sam reported a blocker. Can you help?', target_users: [priya.email], choices: ['Yes', 'Not now'] })),
      catcher('Catch', askCatch),
    ]),
    askCatch,
    askPath,
  };
};

export const runApprovals = async (rest: Rest, h: Harness, w: WaitWorkflows): Promise<void> => {
  const { state } = h.sandbox;
  const manager = state.users.get(state.demo.manager)!;
  const poll = (form: string) => h.run<Json[]>(h.fn('triggers', 'form_response_state_changed'), { inputData: { form } });
  const caught = () => h.hook.receivedAt(w.pollCatch).map((d) => d.body as Json);
  const activated = await check('approvals: activating polls once and starts nothing for responses already there', async () => {
    await rest.activate(w.poll.id);
    await sleep(7_000);
    expectEqual(caught().length, 0, 'items caught after activation');
  });
  if (!activated) return;
  const requester = [...state.users.values()].find((u) => u.is_active && u.role === 'MEMBER' && u.uuid !== manager.uuid)!;
  const request = state.createFormResponse(state.demo.vacationForm, { user: requester.uuid, answers: ['2030-07-01', '2030-07-05', 'Sam covers the on-call.'] });
  await check('approvals: a response moved to “In review” starts the workflow once, with the Zapier poll’s item', async () => {
    state.moveFormResponse(request.uuid, 'in_review', manager);
    const [item] = (await h.hook.waitFor(1, { url: w.pollCatch, timeoutMs: 30_000 })).map((d) => d.body as Json);
    expectMatch(item, { response_uuid: request.uuid, current_state: 'in_review' }, 'the item');
    const zapier = (await poll(state.demo.vacationForm)).output.find((i) => i.id === item!.id);
    expectEqual(item, zapier, 'the workflow’s item vs the Zap’s');
    await sleep(11_000);
    expectEqual(caught().length, 1, 'items caught two polls later');
  });
  await check('approvals: the same response approved starts it once more, and only once', async () => {
    state.decideFormResponse(request.uuid, 'approved', manager);
    const items = (await h.hook.waitFor(2, { url: w.pollCatch, timeoutMs: 30_000 })).map((d) => d.body as Json);
    expectMatch(items[1], { response_uuid: request.uuid, current_state: 'approved', flow_status: 'approved' }, 'the second item');
    await sleep(11_000);
    expectEqual(caught().length, 2, 'items caught two polls later');
    const runs = await executionsOf(rest, w.poll.id);
    return `${runs.length} executions`;
  });
  await rest.deactivate(w.poll.id);
};

export const runAskInChat = async (n8nUrl: string, rest: Rest, h: Harness, w: WaitWorkflows): Promise<void> => {
  const { state } = h.sandbox;
  const priya = [...state.users.values()].find((u) => u.full_name === 'Priya Natarajan')!;
  const outboxFrom = state.outbox.length;
  const question = () => state.outbox.slice(outboxFrom).find((e) => e.kind === 'message') as { bot_message_id: string; buttons: Array<{ label: string; callback_url?: string }> } | undefined;
  const status = async () => (await executionsOf(rest, w.ask.id))[0]?.status;
  const sent = await check('Ask in Chat: the run sends the question with one button per answer and waits', async () => {
    await rest.activate(w.ask.id);
    const res = await fetch(`${n8nUrl}/webhook/${w.askPath}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"blocker":"staging credentials"}' });
    expectEqual(res.status, 200, 'the webhook’s answer');
    for (let i = 0; i < 60 && (!question() || (await status()) !== 'waiting'); i += 1) await sleep(500);
    const message = question();
    expectThat(message, 'no question was sent to chat');
    expectEqual(message!.buttons.map((b) => b.label), ['Yes', 'Not now'], 'the buttons');
    for (const b of message!.buttons) expectThat(b.callback_url?.startsWith(`${n8nUrl}/webhook-waiting/`), `a button’s callback is not n8n’s resume URL: ${b.callback_url}`);
    expectEqual(await status(), 'waiting', 'the execution’s status');
  });
  if (!sent) return;
  const message = question()!;
  await check('Ask in Chat: a tampered button URL does not resume the run', async () => {
    const url = new URL(message.buttons[0]!.callback_url!);
    const forged = [...url.searchParams.keys()].find((k) => k !== 'signature');
    if (forged) url.searchParams.set(forged, `${url.searchParams.get(forged)}9`);
    else url.searchParams.set('signature', 'forged');
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ bot_message_id: message.bot_message_id, label: 'Yes' }) });
    await sleep(1000);
    expectThat(res.status >= 400, `the tampered URL was answered ${res.status}`);
    expectEqual(await status(), 'waiting', 'the execution’s status');
    expectEqual(h.hook.receivedAt(w.askCatch).length, 0, 'items caught');
    return `answered ${res.status}`;
  });
  await check('Ask in Chat: the click in chat resumes the run with the answer and who clicked', async () => {
    const click = await state.clickButton(message.bot_message_id, { button: 'Yes', user: priya.uuid });
    expectThat(click.callback_status !== null && click.callback_status < 300, `n8n answered the click ${click.callback_status}`);
    const [item] = (await h.hook.waitFor(1, { url: w.askCatch, timeoutMs: 30_000 })).map((d) => d.body as Json);
    expectMatch(item, { answer: 'Yes', answered_by_uuid: priya.uuid, answered_by_email: priya.email }, 'the answer');
    for (let i = 0; i < 20 && (await status()) !== 'success'; i += 1) await sleep(250);
    expectEqual(await status(), 'success', 'the execution’s status');
    const again = await state.clickButton(message.bot_message_id, { button: 'Not now', user: priya.uuid });
    await sleep(1000);
    expectEqual(h.hook.receivedAt(w.askCatch).length, 1, 'items caught after a second click');
    return `second click answered ${again.callback_status}`;
  });
  await rest.deactivate(w.ask.id);
};
