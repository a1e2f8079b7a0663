/**
 * `npm start`: a demo Zap, run by the app's own definitions in zapier-platform-core's runtime against
 * the local DailyBot sandbox.
 *
 *   New Blocker in Check-in → Find User (the manager) → Send Message → Ask in Chat (the manager clicks
 *   “Yes”, the Zap waits for it) → Give Kudos → Log Activity (with the answer)
 *
 * a second Zap (demo-approvals.ts): Form Response Approved → Send Message → Run Workflow, and a third
 * (demo-ci.ts): a CI pipeline posts to a catch hook → Log Agent Report (the developer as co-author) →
 * Post Stand-up Update → Send Workflow Event.
 *
 * It starts the sandbox and a local catch hook (Zapier's webhook receiver), connects, turns the trigger
 * on, has a member answer the standup with a blocker, hands the delivery to the trigger, runs the
 * actions with the trigger's fields, turns the trigger off and shows that the next blocker is not
 * delivered. Each step prints its inputs, a few outputs, the requests it made and its time; then what
 * DailyBot "sent". Exits 1 with the reason if any step fails.
 *
 *   npm start                # the demo
 *   npm start -- --verbose   # every output and request in full
 */
import './demo-env';

import { parseArgs } from 'node:util';

import { LABEL, describeOutbox, heading, messageOf, options, redact, row, secrets, short, showRequests, showVerbose } from './demo-print';
import { approvalZap } from './demo-approvals';
import { ciZap } from './demo-ci';
import { startHarness, type CaughtDelivery, type Harness, type StepRun } from './harness';
import { isOnTimeOff } from './domains/people/model';

const { values: flags } = parseArgs({
  options: { verbose: { type: 'boolean', short: 'v', default: false }, help: { type: 'boolean', short: 'h', default: false } },
});
if (flags.help) {
  console.log('Usage: npm start [-- --verbose]\nRuns a demo Zap through the app against a local DailyBot sandbox.');
  process.exit(0);
}
options.verbose = flags.verbose ?? false;

// ── The Zap ─────────────────────────────────────────────────────────────────────────────────────

type Item = Record<string, unknown>;
const text = (item: Item, key: string): string => (typeof item[key] === 'string' ? (item[key] as string) : '');

class DemoFailure extends Error {}

const expectThat = (ok: unknown, why: string): void => {
  if (!ok) throw new DemoFailure(why);
};

let stepNumber = 0;
let stepTitle = 'starting';
let requestCount = 0;

const begin = (title: string): number => {
  stepNumber += 1;
  stepTitle = title;
  return stepNumber;
};

const finish = <R extends StepRun<unknown>>(run: R): R => {
  requestCount += run.requests.length;
  return run;
};

const main = async (): Promise<void> => {
  const started = performance.now();
  // one connection, one z.cache across the steps, as Zapier keeps it: the requests printed are the ones Zapier makes
  const h = await startHarness({ users: 25, seed: 1, keepCache: true });
  const { sandbox, hook } = h;
  const { state } = sandbox;
  const demo = state.demo;
  secrets.push(sandbox.apiKey, state.activityToken);

  try {
    const standup = state.checkin(demo.standup);
    const manager = state.users.get(demo.manager)!;

    console.log('DailyBot for Zapier: a demo Zap against a local DailyBot sandbox');
    console.log('  New Blocker in Check-in → Find User → Send Message → Ask in Chat → Give Kudos → Log Activity');
    console.log('');
    row('sandbox', `${sandbox.apiUrl}  (${state.org.name}, ${state.users.size} users, seed ${state.seed})`);
    row('catch hook', `${hook.origin}/hooks/catch/…  (Zapier's webhook URL)`);

    // 1. Connect
    let n = begin('Connect DailyBot (authentication.test)');
    const auth = finish(await h.authTest());
    heading(n, stepTitle, auth.ms);
    row('inputs', 'api_key ••••, activity_hook_url ••••');
    row('label', h.connectionLabel(auth.output));
    showRequests(auth.requests);
    showVerbose('output', auth.output);

    // 2. Subscribe
    n = begin('Turn on “New Blocker in Check-in” (performSubscribe)');
    const sub = finish(await h.subscribe('checkin_blocker_reported', { checkin: standup.id }, 'blocker-zap'));
    const subscription = sub.output;
    secrets.push(String(subscription.subscribeData.bearer ?? '••••'));
    heading(n, stepTitle, sub.ms);
    row('inputs', `checkin = ${standup.id}  (${standup.name})`);
    row('webhook', `${String(subscription.subscribeData.id)} → ${subscription.targetUrl}`);
    row('bearer', `a random secret of ${String(subscription.subscribeData.bearer ?? '').length} characters, kept for perform`);
    showRequests(sub.requests);
    showVerbose('subscribeData', subscription.subscribeData);
    const subscribed = state.subscriptions.find((s) => s.id === subscription.subscribeData.id);
    expectThat(subscribed, 'The sandbox has no webhook subscription after performSubscribe.');

    // 3. A member answers with a blocker
    n = begin(`A member answers “${standup.name}” with a blocker (sandbox)`);
    const member = pickMember(h, [manager.uuid]);
    const blocker = 'Blocked on staging database credentials: waiting on infra since yesterday.';
    const answeredAt = performance.now();
    const response = state.completeCheckinResponse(standup.id, { user: member.uuid, blocker });
    const [delivery] = await hook.waitFor(1, { url: subscription.targetUrl });
    const deliveryMs = performance.now() - answeredAt;
    heading(n, stepTitle, deliveryMs);
    row('member', `${member.full_name} <${member.email}>`);
    row('blocker', blocker);
    row('delivery', `${delivery!.method} ${new URL(delivery!.url, hook.origin).pathname}  (${Buffer.byteLength(delivery!.text)} bytes)`);
    row('X-Bearer', delivery!.headers['x-bearer'] === subscription.subscribeData.bearer ? 'matches the subscription ✓' : 'MISSING or wrong');
    showVerbose('delivery', delivery!.body);

    // 4. The trigger turns the delivery into fields
    n = begin('The trigger reads the delivery (perform)');
    const performed = finish(await h.perform(subscription, delivery as CaughtDelivery));
    const item = performed.output[0];
    heading(n, stepTitle, performed.ms);
    expectThat(item, 'The trigger gave nothing for the delivery.');
    const fields = item as Item;
    expectThat(fields.response_uuid === response.uuid, 'The trigger output is not the response the member gave.');
    const shown = ['user_full_name', 'user_email', 'checkin_name', 'has_blocker', 'event_timestamp', 'answer_3'];
    const width = Math.max(...shown.map((key) => key.length)) + 2;
    for (const key of shown) row(key, fields[key], width);
    row('…', `${Object.keys(fields).length} fields in all, ready to map in the next steps`, width);
    showRequests(performed.requests);
    showVerbose('output', performed.output);

    // 5. Find the manager
    n = begin('Find User: the member’s manager');
    const query = manager.full_name;
    const found = finish(await h.search('find_user', { query }));
    const boss = found.output[0];
    heading(n, stepTitle, found.ms);
    row('inputs', `query = “${query}”`);
    expectThat(boss, `Find User found nobody called “${query}”.`);
    row('found', `${text(boss!, 'full_name')} <${text(boss!, 'email')}>, ${text(boss!, 'occupation')}`);
    showRequests(found.requests);
    showVerbose('output', found.output);

    // 6. Tell the manager
    n = begin('Send Message to the manager');
    const blockerAnswer = blockerText(fields);
    const message = `🚧 ${text(fields, 'user_full_name')} reported a blocker in “${text(fields, 'checkin_name')}”: ${blockerAnswer}`;
    const sent = finish(await h.create('send_message', { message, target_users: [text(boss!, 'email')] }));
    heading(n, stepTitle, sent.ms);
    row('inputs', `target_users = ${text(boss!, 'email')}`);
    row('', `message = ${message}`);
    row('message id', sent.output.bot_message_id);
    showRequests(sent.requests);
    showVerbose('output', sent.output);

    // 7. Ask the manager, and wait for the click
    n = begin('Ask the manager “Can you help?” and wait (Ask in Chat)');
    const question = `Can you help ${text(fields, 'user_full_name')} with this blocker?`;
    const askInputs = { message: question, target_users: [text(boss!, 'id')], choices: ['Yes', 'Not now'] };
    const asked = finish(await h.createWaiting<Item>('ask_in_chat', askInputs, 'ask-manager'));
    // in chat, the manager clicks “Yes”: DailyBot POSTs the click to the run's callback URL
    const click = await state.clickButton(text(asked.output, 'bot_message_id'), { button: 'Yes', user: text(boss!, 'id') });
    const [callback] = await hook.waitFor(1, { url: asked.callbackUrl });
    const resumed = finish(await h.resume<Item>('ask_in_chat', asked, callback!));
    const answer = text(resumed.output, 'answer');
    heading(n, stepTitle, asked.ms + resumed.ms);
    row('inputs', `target_users = ${text(boss!, 'id')}, choices = Yes / Not now`);
    row('', `message = ${question}`);
    row('waiting', `message ${text(asked.output, 'bot_message_id')}, the Zap paused (performResume on the callback)`);
    row('click', `${text(boss!, 'full_name')} clicked “Yes” → callback ${click.callback_status ?? 'not delivered'}`);
    row('answer', `${answer} (by ${text(resumed.output, 'answered_by_name')})`);
    showRequests([...asked.requests, ...resumed.requests]);
    showVerbose('output', resumed.output);
    expectThat(answer === 'Yes', `The Zap resumed with “${answer}”, not the “Yes” clicked.`);

    // 8. Thank the member
    n = begin('Give Kudos to the member');
    const firstName = text(fields, 'user_full_name').split(' ')[0];
    const content = `Thanks for flagging your blocker early, ${firstName}!`;
    const kudos = finish(await h.create('give_kudos', { receivers: [text(fields, 'user_email')], content, company_value: 'Teamwork' }));
    heading(n, stepTitle, kudos.ms);
    row('inputs', `receivers = ${text(fields, 'user_email')}, company_value = Teamwork`);
    row('', `content = ${content}`);
    row('kudos id', kudos.output.id);
    showRequests(kudos.requests);
    showVerbose('output', kudos.output);

    // 9. Log it
    n = begin('Log Activity (the Activity Hook)');
    const activityMessage = `Blocker escalated to ${text(boss!, 'full_name')} (can help: ${answer}): ${blockerAnswer}`;
    const activity = finish(await h.create('push_activity', { custom_type: 'blocker_escalated', message: activityMessage, user: text(fields, 'user_email') }));
    heading(n, stepTitle, activity.ms);
    row('inputs', `custom_type = blocker_escalated, user = ${text(fields, 'user_email')}`);
    row('', `message = ${activityMessage}`);
    const keyToHook = activity.requests.some((r) => r.path.startsWith('/activity/') && r.headers['x-api-key'] !== undefined);
    expectThat(!keyToHook, 'The API key was sent to the Activity Hook URL.');
    row('api key', 'not sent to the hook ✓');
    showRequests(activity.requests);
    showVerbose('output', activity.output);

    // 10. Turn the trigger off
    n = begin('Turn the trigger off (performUnsubscribe)');
    const unsub = finish(await h.unsubscribe(subscription));
    heading(n, stepTitle, unsub.ms);
    row('output', unsub.output);
    showRequests(unsub.requests);
    expectThat(!state.subscriptions.some((s) => s.id === subscription.subscribeData.id), 'The webhook is still subscribed after performUnsubscribe.');

    // 11. The next blocker goes nowhere
    n = begin('Another blocker after turning off: nothing is delivered');
    const before = hook.receivedAt(subscription.targetUrl).length;
    const deliveriesBefore = state.deliveries.length;
    const other = pickMember(h, [manager.uuid, member.uuid]);
    const waitStarted = performance.now();
    state.completeCheckinResponse(standup.id, { user: other.uuid, blocker: 'The CI runners are down.' });
    await state.idle();
    heading(n, stepTitle, performance.now() - waitStarted);
    const after = hook.receivedAt(subscription.targetUrl).length;
    row('member', `${other.full_name} answers with a blocker`);
    row('deliveries', `${after - before} to the catch hook, ${state.deliveries.length - deliveriesBefore} sent by DailyBot ✓ (waited until it was idle)`);
    expectThat(after === before && state.deliveries.length === deliveriesBefore, 'A blocker was delivered after the trigger was turned off.');

    // The second Zap: a vacation request approved → the requester told → a workflow runs
    await approvalZap(h, { begin, finish, expectThat, title: () => stepTitle });

    // The third Zap: a CI pipeline finishes → an agent report in the developer's stand-up → a line of theirs → an event
    await ciZap(h, { begin, finish, expectThat, title: () => stepTitle });

    // What DailyBot sent
    console.log(`\nThe sandbox's outbox (what DailyBot sent)`);
    for (const entry of state.outbox) {
      const label = `#${entry.id} ${entry.kind}`;
      console.log(`   ${label.padEnd(LABEL)}${label.length >= LABEL ? ' ' : ''}${short(describeOutbox(h, entry))}`);
    }
    expectThat(
      ['message', 'kudos', 'activity', 'workflow', 'workflow_event'].every((kind) => state.outbox.some((e) => e.kind === kind)),
      'The outbox lacks the message, the kudos, the activity, the workflow run or the workflow event.',
    );

    const total = performance.now() - started;
    console.log(`\nDone: ${stepNumber} steps, ${requestCount} requests to DailyBot, ${Math.round(total)} ms in all.`);
    console.log('Next: `npm run sandbox` keeps the sandbox running and prints the .env lines for `zapier-platform invoke`.');
  } finally {
    await h.close();
  }
};

/** An active participant of the standup who has not answered today, other than `not`. */
const pickMember = (h: Harness, not: string[]) => {
  const { state } = h.sandbox;
  const checkin = state.checkin(state.demo.standup);
  const today = state.today();
  const answered = new Set([...state.responses.values()].filter((r) => r.checkin === checkin.id && r.date === today).map((r) => r.user));
  const user = checkin.participants
    .map((uuid) => state.users.get(uuid)!)
    .find((u) => u.is_active && !not.includes(u.uuid) && !answered.has(u.uuid) && !isOnTimeOff(u, today));
  if (!user) throw new DemoFailure(`Everyone in “${checkin.name}” has answered today; run the demo again.`);
  return user;
};

/** The blocker answer of a trigger item: the answer to the blocker question. */
const blockerText = (item: Item): string => {
  const answers = Array.isArray(item.answers) ? (item.answers as Item[]) : [];
  const found = answers.find((a) => a.is_blocker === true);
  return found && typeof found.response_text === 'string' ? found.response_text : '(no blocker text)';
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const reason = redact(messageOf(error));
    console.error(`\n✗ Step ${stepNumber} (${stepTitle}) failed: ${reason}`);
    if (!(error instanceof DemoFailure) && options.verbose && error instanceof Error && error.stack) console.error(redact(error.stack));
    process.exit(1);
  },
);
