/**
 * Section 2: the HTTP requests each step makes against the sandbox, with a typical input, beside the
 * fewest DailyBot's API allows (bench/minimums.ts). People are named by email where a step takes
 * people (and by UUID too, to show the lookup's share); pickers (check-in, team, template) hold IDs
 * as Zapier's dropdowns give them.
 */
import type { Harness, StepRun } from '../sandbox/harness';
import { MINIMUMS, minimumOf, minimumsMarkdown, pagesToReach } from './minimums';
import { errorText, summarize, type StepCount } from './step-count';
import { measureFormResponseSteps } from './form-requests';
import { measureStandupSteps } from './standup-requests';
import { measureTriggers } from './trigger-requests';
import type { Section } from './section';
import type { Row } from './table';
export { describeRequest, summarize, type StepCount } from './step-count';

export const measureRequests = async (h: Harness): Promise<StepCount[]> => {
  const { state } = h.sandbox;
  const demo = state.demo;
  const users = [...state.users.values()];
  const position = new Map(users.map((user, index) => [user.uuid, index]));
  /** Pages of the user listing that reach every one of these users. */
  const userPages = (uuids: readonly string[]) => pagesToReach(uuids.map((uuid) => position.get(uuid) ?? users.length - 1));

  // typical people: active, not the key's owner, spread over the directory
  const active = users.filter((user) => user.is_active && user.email && user.uuid !== demo.owner);
  const pick = (n: number) => active.slice(-n); // the last ones: the listing must reach them
  const [alice, bob] = pick(2) as [(typeof users)[number], (typeof users)[number]];
  const manager = state.users.get(demo.manager)!;
  const teamByName = (name: string) => [...state.teams.values()].find((team) => team.name === name)!;
  const product = teamByName('Product');

  const out: StepCount[] = [];

  /** Runs one step, counts what reached the sandbox, and sets it beside its minimum. */
  const step = async (label: string, minId: string, run: () => Promise<StepRun<unknown>>, people: readonly string[] = []): Promise<StepRun<unknown> | undefined> => {
    await state.idle();
    const min = minimumOf(minId, userPages(people));
    const why = MINIMUMS[minId]!.why;
    try {
      const result = await run();
      out.push({ label, made: result.requests.length, min, minId, why, detail: summarize(result.requests) });
      return result;
    } catch (error) {
      out.push({ label, made: Number.NaN, min, minId, why, detail: '', error: errorText(error) });
      return undefined;
    }
  };

  // ── connection ──
  await step('connection test', 'connection test', () => h.authTest());

  out.push(...(await measureTriggers(h, { active, manager, product })));
  const standupResponses = () => [...state.responses.values()].filter((r) => r.checkin === demo.standup);
  const vacationResponses = () => [...state.formResponses.values()].filter((r) => r.form === demo.vacationForm);

  // the check-in triggers share one test step; without a check-in chosen it finds recent responses itself
  await step('check-in triggers’ performList · no check-in', 'performList · no check-in', () => h.performList('checkin_response_completed', {}));
  // the polling trigger: one poll after a vacation request is approved
  const pendingRequest = vacationResponses().find((r) => r.flow_status === 'pending');
  if (pendingRequest) state.decideFormResponse(pendingRequest.uuid, 'approved', manager);
  await step('form_response_state_changed · poll', 'form_response_state_changed · poll', () =>
    h.run(h.fn('triggers', 'form_response_state_changed'), { inputData: { form: demo.vacationForm, status: 'approved' } }),
  );

  // ── dropdowns ──
  for (const key of ['list_checkins', 'list_forms', 'list_templates', 'list_users', 'list_teams', 'list_channels', 'list_workflows']) {
    await step(`${key} (dropdown)`, 'dropdown page', () => h.run(h.fn('triggers', key), { meta: { page: 0 } } as never));
  }
  await step('list_form_states (dropdown)', 'dropdown page', () => h.run(h.fn('triggers', 'list_form_states'), { inputData: { form: demo.vacationForm }, meta: { page: 0 } } as never));

  // ── actions ──
  const emails = (list: readonly { email: string | null }[]) => list.map((user) => user.email!).join(', ');
  const two = [alice, bob];
  const twoUuids = two.map((user) => user.uuid);
  await step('send_message · emails', 'send_message · emails', () => h.create('send_message', { message: 'Deploy finished ✅', target_users: emails(two) }), twoUuids);
  await step('send_message · UUIDs', 'send_message · UUIDs', () => h.create('send_message', { message: 'Deploy finished ✅', target_users: twoUuids.join(',') }));
  const sentMessage = await h.create<{ bot_message_id: string }>('send_message', { message: 'Deploying…', target_users: twoUuids.join(',') });
  await step('update_message', 'update_message', () =>
    h.create('update_message', { bot_message_id: sentMessage.output.bot_message_id, message: 'Deploy finished ✅', target_users: twoUuids.join(',') }),
  );
  const choices = ['Yes', 'Not now'];
  await step('ask_in_chat · emails', 'ask_in_chat · emails', () => h.createWaiting('ask_in_chat', { message: 'Can you help?', target_users: emails(two), choices }), twoUuids);
  const asked = await step('ask_in_chat · channel', 'ask_in_chat · channel', () => h.createWaiting('ask_in_chat', { message: 'Ship it?', target_channels: 'C0RELEASES01', choices }));
  await step('ask_in_chat · resume', 'ask_in_chat · resume', async () => {
    const waiting = asked as Awaited<ReturnType<typeof h.createWaiting<{ bot_message_id: string }>>>;
    await state.clickButton(waiting.output.bot_message_id, { button: 'Yes' });
    const [click] = await h.hook.waitFor(1, { url: waiting.callbackUrl });
    return h.resume('ask_in_chat', waiting, click!);
  });
  await step('send_email · emails', 'send_email · emails', () => h.create('send_email', { users: emails(two), email_subject: 'Release', email_content: '<p>v2.1 is out.</p>' }), twoUuids);
  await step('send_email · UUIDs', 'send_email · UUIDs', () => h.create('send_email', { users: twoUuids.join(','), email_subject: 'Release', email_content: '<p>v2.1 is out.</p>' }));
  await step('give_kudos · emails', 'give_kudos · emails', () => h.create('give_kudos', { receivers: emails(two), content: 'Great demo!' }), twoUuids);
  await step('give_kudos · UUIDs', 'give_kudos · UUIDs', () => h.create('give_kudos', { receivers: twoUuids.join(','), content: 'Great demo!' }));
  await step('push_activity · email', 'push_activity · email', () =>
    h.create('push_activity', { custom_type: 'deployment', message: 'Deployed v2.1.0', link: 'https://example.com/releases/v2.1.0', user: alice.email }),
  );
  await step('push_activity · UUID', 'push_activity · UUID', () => h.create('push_activity', { custom_type: 'deployment', message: 'Deployed v2.1.0', user: alice.uuid }));
  const created = await step('create_checkin', 'create_checkin', () => h.create('create_checkin', { name: 'Bench check-in', template: demo.standupTemplate }));
  const createdId = (created?.output as { uuid?: string; id?: string } | undefined)?.uuid ?? (created?.output as { id?: string } | undefined)?.id ?? demo.standup;
  await step('update_checkin', 'update_checkin', () => h.create('update_checkin', { checkin: createdId, name: 'Bench check-in (renamed)' }));
  await step('delete_checkin', 'delete_checkin', () => h.create('delete_checkin', { checkin: createdId }));
  await step('send_checkin_reminder · emails', 'send_checkin_reminder · emails', () =>
    h.create('send_checkin_reminder', { checkin: demo.standup, users: emails(state.checkin(demo.standup).participants.slice(0, 2).map((uuid) => state.users.get(uuid)!)) }),
  );
  await step('send_checkin_reminder · everyone', 'send_checkin_reminder · everyone', () => h.create('send_checkin_reminder', { checkin: demo.standup }));
  await step('open_conversation · emails', 'open_conversation · emails', () => h.create('open_conversation', { users: emails(two) }), twoUuids);
  await step('open_conversation · UUIDs', 'open_conversation · UUIDs', () => h.create('open_conversation', { users: twoUuids.join(',') }));
  await step('add_team_member · emails', 'add_team_member · emails', () => h.create('add_team_member', { team: product.uuid, users: emails(two) }), twoUuids);
  await step('add_team_member · UUIDs', 'add_team_member · UUIDs', () => h.create('add_team_member', { team: product.uuid, users: twoUuids.join(',') }));
  await step('remove_team_member · email', 'remove_team_member · email', () => h.create('remove_team_member', { team: product.uuid, user: alice.email }), [alice.uuid]);
  await step('remove_team_member · UUID', 'remove_team_member · UUID', () => h.create('remove_team_member', { team: product.uuid, user: bob.uuid }));
  await step('update_user · email', 'update_user · email', () => h.create('update_user', { user: alice.email, occupation: 'Staff Engineer' }), [alice.uuid]);
  await step('update_user · UUID', 'update_user · UUID', () => h.create('update_user', { user: bob.uuid, occupation: 'Staff Engineer' }));
  // issue 13: forms, workflows, invitations
  const [startQ, endQ, coverQ] = state.template(state.form(demo.vacationForm).template).questions;
  const submitted = await step('submit_form_response', 'submit_form_response', () =>
    h.create('submit_form_response', {
      form: demo.vacationForm,
      [`answer_${startQ!.uuid}`]: '2030-07-01',
      [`answer_${endQ!.uuid}`]: '2030-07-05',
      [`answer_${coverQ!.uuid}`]: 'Sam covers the on-call.',
    }),
  );
  const submittedId = (submitted?.output as { id?: string } | undefined)?.id ?? vacationResponses()[0]!.uuid;
  await step('change_form_response_state', 'change_form_response_state', () =>
    h.create('change_form_response_state', { form: demo.vacationForm, response: submittedId, to_state: 'in_review' }),
  );
  await step('trigger_workflow', 'trigger_workflow', () => h.create('trigger_workflow', { workflow: demo.vacationWorkflow, payload: { requester: alice.email } }));
  await step('invite_user', 'invite_user', () => h.create('invite_user', { users: 'new.hire@example.com, second.hire@example.com', teams: [product.uuid] }));
  // version 3: form responses end to end, workflow events
  await measureFormResponseSteps(h, step);
  await measureStandupSteps(h, step);

  // ── searches ──
  await step('find_user · email', 'find_user · email', () => h.search('find_user', { query: alice.email }), [alice.uuid]);
  await step('find_user · UUID', 'find_user · UUID', () => h.search('find_user', { query: alice.uuid }));
  await step('find_team · name', 'find_team · name', () => h.search('find_team', { query: 'Product' }));
  await step('find_team · UUID', 'find_team · UUID', () => h.search('find_team', { query: product.uuid }));
  await step('find_checkin · name', 'find_checkin · name', () => h.search('find_checkin', { name: 'Daily Standup' }));
  const week = { date_start: isoDaysAgo(state.now(), 6), date_end: isoDaysAgo(state.now(), 0) };
  await step('find_checkin_responses', 'find_checkin_responses', () => h.search('find_checkin_responses', { checkin: demo.standup, ...week }));
  const pendingPeople = state.pendingUsers(state.checkin(demo.standup), state.today()).map((u) => u.uuid);
  await step(
    'find_checkin_non_respondents',
    'find_checkin_non_respondents',
    () => h.search('find_checkin_non_respondents', { checkin: demo.standup, date: state.today() }),
    pendingPeople,
  );
  const answered = standupResponses().find((r) => state.users.get(r.user)?.email)!;
  const responder = state.users.get(answered.user)!;
  await step(
    'find_checkin_responses · user by email',
    'find_checkin_responses · user by email',
    () => h.search('find_checkin_responses', { checkin: demo.standup, date_start: '2000-01-01', date_end: week.date_end, user: responder.email }),
    [responder.uuid],
  );

  return out;
};

const isoDaysAgo = (now: Date, days: number): string => new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

// ── the section: one row per step, and RESULTS.md's detail ──

/** `1 / 1 / 0 / 2 = 4` for a trigger's four parts, or the one count. */
const written = (c: StepCount, which: 'made' | 'min'): string => (c.parts ? `${c.parts[which].join(' / ')} = ${c[which]}` : String(c[which]));

const atMinimum = (c: StepCount): boolean => !c.error && c.made === c.min;

export const requestRows = (counts: readonly StepCount[]): Row[] => {
  const rows: Row[] = counts.map((c) =>
    c.error
      ? { measure: c.label, result: 'failed', goal: `= ${c.min}`, met: false, why: c.error }
      : { measure: c.label, result: written(c, 'made'), goal: `= ${written(c, 'min')}`, met: c.made === c.min, why: c.why },
  );
  const ok = counts.filter(atMinimum).length;
  const off = counts.filter((c) => !atMinimum(c)).map((c) => (c.error ? `${c.label} (failed)` : `${c.label} (${c.made} vs ${c.min})`));
  rows.push({
    measure: 'rows at their minimum',
    result: `${ok} of ${counts.length}`,
    goal: 'all',
    met: ok === counts.length,
    why: off.length === 0 ? 'every step makes the fewest requests the API allows' : `off: ${off.join('; ')}`,
  });
  return rows;
};

/** RESULTS.md: the steps over their minimum, every step's requests, and the minimums. */
export const requestNotes = (counts: readonly StepCount[]): string[] => {
  const over = counts
    .filter((c) => !c.error && c.made > c.min)
    .map((c) => `- **${c.label}**: ${c.made} requests, minimum ${c.min}. Made: ${c.detail}. Minimum: ${MINIMUMS[c.minId]?.why ?? c.why}.`);
  return [
    '## Steps making more requests than the API requires',
    '',
    ...(over.length === 0 ? ['None.'] : over),
    '',
    '## Requests per step, in detail',
    '',
    '| Step | Made | Minimum | Requests made | Why the minimum |',
    '|---|---|---|---|---|',
    ...counts.map((c) => `| ${c.label} | ${c.error ? `failed: ${c.error}` : written(c, 'made')} | ${written(c, 'min')} | ${c.detail.replaceAll('|', '\\|')} | ${c.why} |`),
    '',
    ...minimumsMarkdown(),
  ];
};

export const requestsSection: Section<Harness> = {
  progress: 'requests per step (sandbox, 25 users)',
  run: async (h) => {
    const counts = await measureRequests(h);
    return {
      title: 'HTTP requests per step vs the fewest the API allows (bench/minimums.ts); people by email unless said; triggers: subscribe / unsubscribe / perform / performList',
      rows: requestRows(counts),
      notes: requestNotes(counts),
    };
  },
  how: [
    '- Requests: the sandbox’s request log during each step, run through sandbox/harness.ts (createAppTester on the',
    '  app’s definitions). Triggers are subscribed, sent a real event by the sandbox, performed, listed and unsubscribed.',
  ],
};
