/**
 * Every instant trigger end to end, over real sockets: performSubscribe → the event happens in the
 * sandbox → DailyBot's delivery reaches the catch hook (with X-BEARER) → perform turns it into the
 * expected fields → performUnsubscribe → the next event is not delivered. And the test step
 * (performList) gives items with the same fields as a live delivery.
 */
import http from 'node:http';

import App from '../../index';
import type { SandboxState } from '../../sandbox';
import type { Harness } from '../../sandbox/harness';
import { instantTriggerSteps } from '../../src/triggers';
import { calls, useHarness } from './support';

const harness = useHarness();

type Item = Record<string, unknown>;

interface Scenario {
  /** The Zap's input (the check-in, form or team filter). */
  inputData: (s: SandboxState) => Item;
  /** Makes one event happen in the sandbox; returns fields perform's output must have. */
  fire: (s: SandboxState) => Item;
}

/** An active member, not the key's owner, for whom `keep` holds (the n-th one, to vary). */
const someone = (s: SandboxState, keep: (uuid: string) => boolean) => {
  const user = [...s.users.values()].find((u) => u.is_active && u.uuid !== s.demo.owner && keep(u.uuid));
  if (!user) throw new Error('the seed has nobody left for this scenario');
  return user;
};

const completed = (s: SandboxState, blocker: boolean) => s.completeCheckinResponse(s.demo.standup, { blocker });

const checkinFields = (s: SandboxState, r: { uuid: string; user: string }, event: string) => ({
  response_uuid: r.uuid,
  event,
  checkin_uuid: s.demo.standup,
  checkin_name: 'Daily Standup',
  user_uuid: r.user,
  user_email: s.users.get(r.user)!.email,
  is_anonymous: false,
});

const formFields = (s: SandboxState, r: { uuid: string; user: string | null }, event: string) => ({
  response_uuid: r.uuid,
  event,
  // the Zap's filter: DailyBot's form bodies name no form (dailybot-api-notes.md §1.3), so the name stays empty
  form_uuid: s.demo.vacationForm,
  form_name: null,
  user_uuid: r.user,
  user_full_name: s.users.get(r.user!)!.full_name,
});

const SCENARIOS: Record<string, Scenario> = {
  checkin_response_completed: {
    inputData: (s) => ({ checkin: s.demo.standup }),
    fire: (s) => {
      const r = completed(s, false);
      return { ...checkinFields(s, r, 'followups.response.completed'), id: r.uuid, has_blocker: false };
    },
  },
  checkin_blocker_reported: {
    inputData: (s) => ({ checkin: s.demo.standup }),
    fire: (s) => {
      const r = s.completeCheckinResponse(s.demo.standup, { blocker: 'Waiting for the staging credentials.' });
      return { ...checkinFields(s, r, 'followups.response.completed'), has_blocker: true, answer_3: 'Waiting for the staging credentials.' };
    },
  },
  checkin_response_updated: {
    inputData: (s) => ({ checkin: s.demo.standup }),
    fire: (s) => {
      const r = s.updateCheckinResponse(completed(s, false).uuid, { answers: ['Shipped the export.', 'Pair on the release.'] });
      return { ...checkinFields(s, r, 'followups.response.updated'), id: expect.stringMatching(new RegExp(`^${r.uuid}:\\d{4}-`)), answer_1: 'Shipped the export.' };
    },
  },
  checkin_response_deleted: {
    inputData: (s) => ({ checkin: s.demo.standup }),
    fire: (s) => {
      const r = s.deleteCheckinResponse(completed(s, false).uuid);
      return { ...checkinFields(s, r, 'followups.response.deleted'), id: `${r.uuid}:deleted` };
    },
  },
  form_response_created: {
    inputData: (s) => ({ form: s.demo.vacationForm }),
    fire: (s) => {
      const r = s.createFormResponse(s.demo.vacationForm, { user: s.demo.manager, answers: ['2026-12-21', '2027-01-02', 'Sam covers.'] });
      return { ...formFields(s, r, 'forms.response.created'), id: r.uuid, answer_3: 'Sam covers.' };
    },
  },
  form_response_updated: {
    inputData: (s) => ({ form: s.demo.vacationForm }),
    fire: (s) => {
      const r = s.updateFormResponse(s.createFormResponse(s.demo.vacationForm, { user: s.demo.manager }).uuid, { answers: ['2026-12-22'] });
      return { ...formFields(s, r, 'forms.response.updated'), id: expect.stringMatching(new RegExp(`^${r.uuid}:`)), answer_1: '2026-12-22' };
    },
  },
  form_response_deleted: {
    inputData: (s) => ({ form: s.demo.vacationForm }),
    fire: (s) => {
      const r = s.deleteFormResponse(s.createFormResponse(s.demo.vacationForm, { user: s.demo.manager }).uuid);
      return { ...formFields(s, r, 'forms.response.deleted'), id: `${r.uuid}:deleted` };
    },
  },
  kudos_posted: {
    inputData: () => ({}),
    fire: (s) => {
      const k = s.postKudos({ giver: s.demo.owner, receivers: [s.demo.manager], content: 'Thanks for the review!' });
      return {
        id: k.id,
        event: 'kudos.posted',
        content: 'Thanks for the review!',
        giver_uuid: s.demo.owner,
        giver_full_name: 'Alex Rivera',
        receiver_uuids: [s.demo.manager],
        receiver_names: 'Priya Natarajan',
      };
    },
  },
  user_activated: {
    inputData: () => ({}),
    fire: (s) => {
      const user = someone(s, (uuid) => uuid !== s.demo.manager);
      s.setUserActive(user.uuid, false); // organization.user_deactivated: nobody listens to it here
      s.setUserActive(user.uuid, true);
      return { event: 'organization.user_activated', user_uuid: user.uuid, user_full_name: user.full_name, user_is_active: true };
    },
  },
  user_deactivated: {
    inputData: () => ({}),
    fire: (s) => {
      const user = someone(s, (uuid) => uuid !== s.demo.manager);
      s.setUserActive(user.uuid, false);
      return { event: 'organization.user_deactivated', user_uuid: user.uuid, user_full_name: user.full_name, user_is_active: false };
    },
  },
  team_member_added: {
    inputData: (s) => ({ team: s.demo.engineeringTeam }),
    fire: (s) => {
      const team = s.team(s.demo.engineeringTeam);
      const user = someone(s, (uuid) => !team.members.has(uuid));
      s.addTeamMembers(team.uuid, [user]);
      return { event: 'organization.team_user_added', user_uuid: user.uuid, team_uuid: team.uuid, team_name: 'Engineering' };
    },
  },
  team_member_removed: {
    inputData: (s) => ({ team: s.demo.engineeringTeam }),
    fire: (s) => {
      const team = s.team(s.demo.engineeringTeam);
      const user = someone(s, (uuid) => team.members.has(uuid));
      s.removeTeamMember(team.uuid, user.uuid);
      return { event: 'organization.team_user_removed', user_uuid: user.uuid, team_uuid: team.uuid, team_name: 'Engineering' };
    },
  },
};

const triggers = instantTriggerSteps.map((step) => [step.default.key, step] as const);

it('drives the app’s sources, not the last build', () => {
  const [first] = instantTriggerSteps;
  const operation = first!.default.operation as { perform: unknown };
  expect(harness().fn('triggers', first!.default.key)).toBe(operation.perform);
});

it('has a scenario for each of the 12 instant triggers', () => {
  expect(triggers.map(([key]) => key).sort()).toEqual(Object.keys(SCENARIOS).sort());
  expect(triggers).toHaveLength(12);
});

/** Subscribes, fires one event, and gives the subscription, the delivery and perform's answer. */
const liveDelivery = async (h: Harness, key: string) => {
  const scenario = SCENARIOS[key]!;
  const { state } = h.sandbox;
  const sub = await h.subscribe(key, scenario.inputData(state));
  const expected = scenario.fire(state);
  const [delivery] = await h.hook.waitFor(1, { url: sub.output.targetUrl });
  const performed = await h.perform(sub.output, delivery!);
  return { sub, expected, delivery: delivery!, performed };
};

describe.each(triggers)('%s', (key, step) => {
  it('subscribe → event → delivery with X-BEARER → perform → unsubscribe → nothing more is delivered', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const { sub, expected, delivery, performed } = await liveDelivery(h, key);

    // subscribed with one request, and the sandbox holds the webhook Zapier asked for
    expect(calls(sub.requests)).toEqual(['POST /v1/webhook-subscription/']);
    const subscribeData = sub.output.subscribeData;
    expect(state.subscriptions).toEqual([
      expect.objectContaining({ id: subscribeData.id, hook_url: sub.output.targetUrl, bearer: subscribeData.bearer, subscriptions: [subscribeData.event] }),
    ]);

    // DailyBot's delivery, as the catch hook got it
    expect(delivery.method).toBe('POST');
    expect(delivery.headers['x-bearer']).toBe(subscribeData.bearer);
    expect(delivery.headers).not.toHaveProperty('x-api-key');
    expect(delivery.body).toMatchObject({ event: subscribeData.event, hook: { id: subscribeData.id } });

    // perform: one item, from the delivery alone, in the step's output shape
    expect(performed.requests).toEqual([]);
    expect(performed.output).toHaveLength(1);
    const [item] = performed.output;
    expect(item).toMatchObject(expected);
    expect(() => step.output.parse(item)).not.toThrow();
    expect(String(item!.event_timestamp)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);

    // unsubscribe: one request, the webhook is gone, and the next event goes nowhere
    const unsub = await h.unsubscribe(sub.output);
    expect(unsub.output).toMatchObject({ id: subscribeData.id, removed: true, already_gone: false });
    expect(calls(unsub.requests)).toEqual(['DELETE /v1/webhook-subscription/']);
    expect(state.subscriptions).toEqual([]);
    const deliveries = state.deliveries.length;
    SCENARIOS[key]!.fire(state);
    await state.idle();
    expect(h.hook.receivedAt(sub.output.targetUrl)).toHaveLength(1);
    expect(state.deliveries).toHaveLength(deliveries);
  });

  it('performList gives real items (not the sample) with the same fields as a live delivery', async () => {
    const h = harness();
    const { performed } = await liveDelivery(h, key);
    const live = performed.output[0]!;
    const listed = await h.performList(key, SCENARIOS[key]!.inputData(h.sandbox.state));
    expect(listed.output.length).toBeGreaterThan(0);
    expect(listed.requests.length).toBeGreaterThan(0);
    const sample = (App.triggers as unknown as Record<string, { operation: { sample: { id: unknown } } }>)[key]!.operation.sample;
    for (const item of listed.output) {
      expect(Object.keys(item).sort()).toEqual(Object.keys(live).sort());
      expect((item as { id: unknown }).id).not.toEqual(sample.id);
    }
  });
});

describe('checkin_blocker_reported', () => {
  it('a completed response without a blocker is delivered, and the trigger gives nothing for it', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const sub = await h.subscribe('checkin_blocker_reported', { checkin: state.demo.standup });
    state.completeCheckinResponse(state.demo.standup, { blocker: false });
    const [delivery] = await h.hook.waitFor(1, { url: sub.output.targetUrl });
    expect((await h.perform(sub.output, delivery!)).output).toEqual([]);
  });
});

describe('templated check-in questions', () => {
  it('the delivery carries DailyBot’s template text and question_without_special_vars; the outputs show only the readable question', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const sub = await h.subscribe('checkin_response_completed', { checkin: state.demo.standup });
    completed(state, false);
    const [delivery] = await h.hook.waitFor(1, { url: sub.output.targetUrl });
    const fields = (delivery!.body as { body: { questions: { fields: Array<Record<string, unknown>> } } }).body.questions.fields;
    expect(fields[0]).toMatchObject({
      question: expect.stringContaining('{previous_response_#2}'),
      question_without_special_vars: 'What did you complete in your previous workday?',
      extra_params: { special_vars: ['previous_response_date', 'previous_response_#2'] },
    });
    expect(fields[1]).toMatchObject({ question_without_special_vars: null });

    const [item] = (await h.perform(sub.output, delivery!)).output;
    expect(item).toMatchObject({ question_1: 'What did you complete in your previous workday?', question_2: 'What are you planning to work on today?' });
    const listed = await h.performList('checkin_response_completed', { checkin: state.demo.standup });
    for (const output of [item!, ...listed.output]) expect(JSON.stringify(output)).not.toMatch(/\{previous_response/);
  });
});

describe('answers by name (issue 15 item 7)', () => {
  type Fields = Array<{ key: string; label?: string }>;
  /** The trigger's output-field function (the answers), run as the Zap editor runs it. */
  const answerFieldsFn = (key: string) =>
    (App.triggers as unknown as Record<string, { operation: { outputFields: unknown[] } }>)[key]!.operation.outputFields.find((f) => typeof f === 'function');
  const labels = (fields: Fields) => Object.fromEntries(fields.map((f) => [f.key, f.label]));

  it('a chosen check-in: its own questions label the answers (one request), and a live delivery puts each answer under its question', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const questions = state.template(state.checkin(state.demo.standup).template).questions;
    const run = await h.run<Fields>(answerFieldsFn('checkin_response_completed'), { inputData: { checkin: state.demo.standup } });
    expect(calls(run.requests)).toEqual([`GET /v1/checkins/${state.demo.standup}/detail/`]);
    expect(labels(run.output)).toEqual(
      Object.fromEntries(questions.flatMap((q, i) => [[`question_${i + 1}`, `Question ${i + 1}: ${q.plain}`], [`answer_${i + 1}`, `Answer: ${q.question_short}`]])),
    );
    expect(JSON.stringify(run.output)).not.toMatch(/\{previous_response/);

    const sub = await h.subscribe('checkin_response_completed', { checkin: state.demo.standup });
    const r = completed(state, false);
    const [delivery] = await h.hook.waitFor(1, { url: sub.output.targetUrl });
    const [item] = (await h.perform(sub.output, delivery!)).output;
    questions.forEach((q, i) => expect({ n: i + 1, answer: item![`answer_${i + 1}`] }).toEqual({ n: i + 1, answer: r.content[q.uuid] }));
  });

  it('a chosen form: its questions label the answers (`GET /forms/{uuid}/`)', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const questions = state.template(state.form(state.demo.vacationForm).template).questions;
    const run = await h.run<Fields>(answerFieldsFn('form_response_created'), { inputData: { form: state.demo.vacationForm } });
    expect(calls(run.requests)).toEqual([`GET /v1/forms/${state.demo.vacationForm}/`]);
    expect(labels(run.output)).toEqual(
      Object.fromEntries(questions.flatMap((q, i) => [[`question_${i + 1}`, `Question ${i + 1}: ${q.plain}`], [`answer_${i + 1}`, `Answer: ${q.question_short}`]])),
    );
  });

  it('no choice, or a check-in DailyBot does not know: numbered labels, and the editor does not fail', async () => {
    const h = harness();
    const none = await h.run<Fields>(answerFieldsFn('checkin_blocker_reported'), { inputData: {} });
    expect(none.requests).toEqual([]);
    expect(labels(none.output)).toMatchObject({ question_1: 'Question 1', answer_3: 'Answer 3' });
    const gone = await h.run<Fields>(answerFieldsFn('checkin_blocker_reported'), { inputData: { checkin: '00000000-0000-4000-8000-000000000000' } });
    expect(gone.requests.map((r) => r.status)).toEqual([404]);
    expect(labels(gone.output)).toMatchObject({ question_1: 'Question 1', answer_3: 'Answer 3' });
  });
});

describe('deliveries', () => {
  it('a delivery without the subscription’s bearer gives nothing', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const sub = await h.subscribe('kudos_posted');
    state.postKudos({ giver: state.demo.owner, receivers: [state.demo.manager], content: 'Thanks!' });
    const [delivery] = await h.hook.waitFor(1, { url: sub.output.targetUrl });
    const forged = { ...delivery!, headers: { ...delivery!.headers, 'x-bearer': 'not-the-secret' } };
    expect((await h.perform(sub.output, forged)).output).toEqual([]);
    const { 'x-bearer': _dropped, ...unsigned } = delivery!.headers;
    expect((await h.perform(sub.output, { ...delivery!, headers: unsigned })).output).toEqual([]);
    expect((await h.perform(sub.output, delivery!)).output).toHaveLength(1);
  });

  it('keep their method and headers once the app’s runtime has patched http.request in this process', async () => {
    const h = harness();
    await h.authTest();
    // zapier-platform-core installs this process-wide on its first run
    expect((http as unknown as { patchedByZapier?: boolean }).patchedByZapier).toBe(true);
    const sub = await h.subscribe('kudos_posted');
    h.sandbox.state.postKudos({ giver: h.sandbox.state.demo.owner, receivers: [h.sandbox.state.demo.manager], content: 'Thanks!' });
    const [delivery] = await h.hook.waitFor(1, { url: sub.output.targetUrl });
    expect(delivery).toMatchObject({ method: 'POST', headers: { 'x-bearer': sub.output.subscribeData.bearer, 'content-type': 'application/json' } });
  });

  it('unsubscribing a webhook DailyBot already removed succeeds', async () => {
    const h = harness();
    const sub = await h.subscribe('kudos_posted');
    h.sandbox.state.unsubscribe(String(sub.output.subscribeData.id), undefined);
    const unsub = await h.unsubscribe(sub.output);
    expect(unsub.output).toMatchObject({ removed: true, already_gone: true });
    // every DELETE form said 404 before the hook counted as gone
    expect(unsub.requests.map((r) => r.status)).toEqual([404, 404, 404]);
  });

  // DailyBot's three DELETE forms (dailybot-api-more.md §7.3): the sandbox is each in turn
  it.each([
    ['query', ['DELETE /v1/webhook-subscription/'], [204]],
    ['body', ['DELETE /v1/webhook-subscription/'], [204]],
    ['item', ['DELETE /v1/webhook-subscription/', 'DELETE /v1/webhook-subscription/{id}/'], [405, 204]],
  ] as const)('removes the webhook when DailyBot takes only the %s form of DELETE', async (style, paths, statuses) => {
    const h = harness();
    const { state } = h.sandbox;
    state.hookDelete = style;
    const sub = await h.subscribe('kudos_posted');
    const id = String(sub.output.subscribeData.id);
    const unsub = await h.unsubscribe(sub.output);
    expect(unsub.output).toMatchObject({ removed: true, already_gone: false });
    expect(calls(unsub.requests)).toEqual(paths.map((p) => p.replace('{id}', id)));
    expect(unsub.requests.map((r) => r.status)).toEqual(statuses);
    expect(state.subscriptions).toEqual([]);
  });

  it.each(['query', 'item', 'body'] as const)('a webhook already gone under the %s form counts as gone after every form is tried', async (style) => {
    const h = harness();
    const { state } = h.sandbox;
    state.hookDelete = style;
    const sub = await h.subscribe('kudos_posted');
    state.unsubscribe(String(sub.output.subscribeData.id), undefined);
    const unsub = await h.unsubscribe(sub.output);
    expect(unsub.output).toMatchObject({ removed: true, already_gone: true });
    expect(unsub.requests).toHaveLength(3);
    expect(unsub.requests.every((r) => [400, 404, 405].includes(r.status!))).toBe(true);
  });
});
