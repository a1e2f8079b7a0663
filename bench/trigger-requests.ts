/**
 * The instant triggers' rows of the requests section: each is subscribed, sent a real event by the
 * sandbox, performed, listed (its test step) and unsubscribed; the four counts sit beside their minimums.
 */
import type { CaughtDelivery, Harness, HookSubscription, StepRun } from '../sandbox/harness';
import type { RequestRecord } from '../sandbox/index';
import { MINIMUMS, minimumOf } from './minimums';
import { errorText, summarize, type StepCount } from './step-count';

type User = ReturnType<Harness['sandbox']['state']['users']['get']> & object;
type Team = ReturnType<Harness['sandbox']['state']['teams']['get']> & object;

export const measureTriggers = async (h: Harness, people: { active: readonly User[]; manager: User; product: Team }): Promise<StepCount[]> => {
  const { state } = h.sandbox;
  const demo = state.demo;
  const { active, manager, product } = people;
  const out: StepCount[] = [];
  // ── instant triggers: subscribe, a real event, perform, performList, unsubscribe ──
  const standupResponses = () => [...state.responses.values()].filter((r) => r.checkin === demo.standup);
  const vacationResponses = () => [...state.formResponses.values()].filter((r) => r.form === demo.vacationForm);
  const spare = active.find((user) => !product.members.has(user.uuid) && user.uuid !== demo.manager)!;
  const toggled = active.find((user) => user.uuid !== spare.uuid && user.uuid !== demo.manager)!;

  interface TriggerCase {
    key: string;
    input: Record<string, unknown>;
    list: string;
    before?: () => void;
    fire: () => void;
    after?: () => void;
  }
  const checkin = { checkin: demo.standup };
  const form = { form: demo.vacationForm };
  const triggers: TriggerCase[] = [
    { key: 'checkin_response_completed', input: checkin, list: 'performList · check-in chosen', fire: () => state.completeCheckinResponse(demo.standup, { blocker: false }) },
    { key: 'checkin_blocker_reported', input: checkin, list: 'performList · check-in chosen', fire: () => state.completeCheckinResponse(demo.standup, { blocker: true }) },
    { key: 'checkin_response_updated', input: checkin, list: 'performList · check-in chosen', fire: () => state.updateCheckinResponse(standupResponses().at(-1)!.uuid, { blocker: false }) },
    { key: 'checkin_response_deleted', input: checkin, list: 'performList · check-in chosen', fire: () => state.deleteCheckinResponse(standupResponses().at(-1)!.uuid) },
    { key: 'form_response_created', input: form, list: 'performList · form', fire: () => state.createFormResponse(demo.vacationForm) },
    { key: 'form_response_updated', input: form, list: 'performList · form', fire: () => state.updateFormResponse(vacationResponses().at(-1)!.uuid) },
    { key: 'form_response_deleted', input: form, list: 'performList · form', fire: () => state.deleteFormResponse(vacationResponses().at(-1)!.uuid) },
    { key: 'kudos_posted', input: {}, list: 'performList · kudos', fire: () => state.postKudos({ giver: demo.owner, receivers: [manager.uuid], content: 'Thanks for the release notes!' }) },
    {
      key: 'user_activated',
      input: {},
      list: 'performList · user event',
      before: () => state.setUserActive(toggled.uuid, false),
      fire: () => state.setUserActive(toggled.uuid, true),
    },
    {
      key: 'user_deactivated',
      input: {},
      list: 'performList · user event',
      fire: () => state.setUserActive(toggled.uuid, false),
      after: () => state.setUserActive(toggled.uuid, true),
    },
    { key: 'team_member_added', input: { team: product.uuid }, list: 'performList · team chosen', fire: () => state.addTeamMembers(product.uuid, [spare]) },
    { key: 'team_member_removed', input: { team: product.uuid }, list: 'performList · team chosen', fire: () => state.removeTeamMember(product.uuid, spare.uuid) },
  ];

  for (const trigger of triggers) {
    const mins = ['subscribe', 'unsubscribe', 'perform', trigger.list].map((id) => minimumOf(id, 0));
    const made: number[] = [];
    const all: RequestRecord[] = [];
    const note = (run: StepRun<unknown>) => {
      made.push(run.requests.length);
      all.push(...run.requests);
    };
    try {
      trigger.before?.();
      await state.idle();
      const sub = await h.subscribe(trigger.key, trigger.input);
      const subscription: HookSubscription = sub.output;
      trigger.fire();
      await state.idle();
      const [delivery] = (await h.hook.waitFor(1, { url: subscription.targetUrl })) as [CaughtDelivery];
      const performed = await h.perform(subscription, delivery);
      if (performed.output.length !== 1) throw new Error(`perform gave ${performed.output.length} items for a matching delivery`);
      const listed = await h.performList(trigger.key, trigger.input);
      const gone = await h.unsubscribe(subscription);
      trigger.after?.();
      for (const run of [sub, gone, performed, listed] as StepRun<unknown>[]) note(run);
      out.push({
        label: trigger.key,
        made: made.reduce((a, b) => a + b, 0),
        min: mins.reduce((a, b) => a + b, 0),
        minId: trigger.list,
        why: `list: ${MINIMUMS[trigger.list]!.why}`,
        detail: summarize(all),
        parts: { made, min: mins },
      });
    } catch (error) {
      out.push({ label: trigger.key, made: Number.NaN, min: mins.reduce((a, b) => a + b, 0), minId: trigger.list, why: '', detail: '', error: errorText(error) });
    }
  }
  return out;
};
