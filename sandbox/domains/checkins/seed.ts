/**
 * Templates, check-ins and a week of responses for "Acme Robotics":
 * - templates: Daily Standup (3 questions, the third the blocker question), Team Pulse, Sprint
 *   Retrospective (forms add theirs after these, from the same stream);
 * - check-ins: Daily Standup (Engineering, a week of responses, some with blockers, at least one
 *   today), Weekly Team Pulse (anonymous), Product Sync, Sprint Retrospective (inactive).
 */
import type { Random } from '../../core/random';
import type { SeedContext } from '../../core/seed';
import { addDays, isoDate, startOfDay } from '../../core/time';
import { isOnTimeOff, type Team, type User } from '../people/model';
import { seededTeam } from '../people/seed';
import { newCheckin, type Checkin, type CheckinResponse, type Question, type Template } from './model';

const PROGRESS = [
  'Finished the login flow refactor and merged it.',
  'Reviewed three pull requests and paired on the billing bug.',
  'Fixed the flaky payment test in CI.',
  'Wrote the migration for the new inventory tables.',
  'Closed five support escalations.',
  'Shipped the dark-mode toggle to beta users.',
  'Profiled the robot telemetry pipeline; found the slow query.',
  'Drafted the Q3 roadmap with product.',
];

const PLANS = [
  'Start on the notifications service.',
  'Deploy the telemetry fix and watch the dashboards.',
  'Write tests for the export endpoint.',
  'Pair with design on the onboarding screens.',
  'Triage the new bug reports.',
  'Finish the API docs for the firmware team.',
  'Run the load test against staging.',
  'Interview two candidates and review the take-home.',
];

const BLOCKERS = [
  'Waiting on API credentials from the vendor.',
  'Staging is down since yesterday evening.',
  'Need design sign-off on the new onboarding screens.',
  'The CI runners are out of disk space.',
];

const NO_BLOCKER = ['No', 'No blockers.', 'None', 'Nope, all good.'];

const PULSE_SCORES = ['3', '4', '4', '5', '5', '2'];
const PULSE_NOTES = [
  'Great week, the release went smoothly.',
  'Too many meetings on Tuesday.',
  'Would love clearer priorities for next sprint.',
  'Thanks to the support team for the quick help!',
  '',
];

/**
 * Seeded check-ins ask at most this many people: real check-ins run per team, and a week of
 * answers from a 4,000-person "team" would only slow startup down.
 */
export const MAX_SEEDED_PARTICIPANTS = 100;

/** A template question; `rng` is the templates stream. */
export const question = (
  rng: Random,
  question: string,
  question_short: string,
  extra: Partial<Pick<Question, 'is_blocker' | 'is_optional' | 'question_type' | 'plain' | 'special_vars'>> = {},
): Question => ({
  uuid: rng.uuid(),
  question,
  plain: extra.plain ?? question,
  question_short,
  question_type: extra.question_type ?? 'text',
  is_blocker: extra.is_blocker ?? false,
  is_optional: extra.is_optional ?? false,
  special_vars: extra.special_vars ?? [],
});

const buildTemplates = (rng: Random): Template[] => [
  {
    uuid: rng.uuid(),
    name: 'Daily Standup',
    type: 'checkins',
    system_default: true,
    questions: [
      question(
        rng,
        'Your previous day plan ({previous_response_date}):\n{previous_response_#2}\n\nWhat did you complete in your previous workday?',
        'Previous work day progress',
        {
          plain: 'What did you complete in your previous workday?',
          special_vars: ['previous_response_date', 'previous_response_#2'],
        },
      ),
      question(rng, 'What are you planning to work on today?', 'Plans for today'),
      question(rng, 'Great. Do you have any blockers? If so, just tell me. Otherwise please say: no.', 'Any blockers?', {
        is_blocker: true,
      }),
    ],
    intro: 'Good morning! Time for the daily standup.',
    outro: 'Thanks, have a productive day!',
  },
  {
    uuid: rng.uuid(),
    name: 'Team Pulse',
    type: 'checkins',
    system_default: true,
    questions: [
      question(rng, 'How do you feel about this week, from 1 (bad) to 5 (great)?', 'Mood', { question_type: 'numeric' }),
      question(rng, 'Anything you want the team to know?', 'Notes', { is_optional: true }),
    ],
    intro: '',
    outro: '',
  },
  {
    uuid: rng.uuid(),
    name: 'Sprint Retrospective',
    type: 'checkins',
    system_default: false,
    questions: [
      question(rng, 'What went well this sprint?', 'Went well'),
      question(rng, 'What could we improve?', 'To improve'),
      question(rng, 'Which action items do you propose?', 'Action items', { is_optional: true }),
    ],
    intro: '',
    outro: '',
  },
];

const checkin = (rng: Random, today: string, fields: Partial<Checkin> & Pick<Checkin, 'name' | 'template' | 'participants'>): Checkin =>
  newCheckin({ id: rng.uuid(), start_on: addDays(today, -90), send_report_one_by_one: true, reminders_max_count: 1, ...fields });

interface ResponsePlan {
  checkin: Checkin;
  template: Template;
  /** Days before today that got responses (0 = today). */
  days: number[];
  rate: number;
  answer: (rng: Random, q: Question, index: number, blocker: boolean) => string;
  blockerRate: number;
}

const buildResponses = (rng: Random, plans: ResponsePlan[], users: Map<string, User>, now: Date): CheckinResponse[] => {
  const today = isoDate(now);
  const out: CheckinResponse[] = [];
  for (const plan of plans) {
    const blockerQuestion = plan.template.questions.find((q) => q.is_blocker);
    for (const d of plan.days) {
      const day = addDays(today, -d);
      const dayStart = startOfDay(day).getTime();
      for (const uuid of plan.checkin.participants) {
        const user = users.get(uuid)!;
        // Today the round is still open: fewer people have answered so far.
        if (!user.is_active || isOnTimeOff(user, day) || !rng.chance(d === 0 ? plan.rate * 0.7 : plan.rate)) continue;
        const blocker = blockerQuestion !== undefined && rng.chance(plan.blockerRate);
        // 13:00 UTC is 08:00 in Bogotá, the organization's zone; answers come over the next three hours.
        // Both draws happen every time, so the data never depends on the hour the sandbox starts.
        let at = dayStart + 13 * 3_600_000 + rng.int(0, 3 * 3_600_000);
        const earlier = rng.int(60_000, 1_800_000);
        if (at >= now.getTime()) at = Math.max(dayStart, now.getTime() - earlier);
        const created = new Date(at);
        const content: Record<string, string> = {};
        plan.template.questions.forEach((q, i) => {
          content[q.uuid] = plan.answer(rng, q, i, blocker);
        });
        out.push({
          uuid: rng.uuid(),
          checkin: plan.checkin.id,
          user: uuid,
          date: day,
          is_anonymous: plan.checkin.is_anonymous,
          content,
          blockers: blocker && blockerQuestion ? { [blockerQuestion.uuid]: true } : {},
          source: rng.chance(0.7) ? 'slack' : 'webapp',
          record_created_at: created,
          created_at: created,
          updated_at: new Date(at + rng.int(20, 400)),
          edited: false,
        });
      }
    }
  }
  return out;
};

const standupAnswer = (rng: Random, q: Question, index: number, blocker: boolean): string => {
  if (q.is_blocker) return blocker ? rng.pick(BLOCKERS) : rng.pick(NO_BLOCKER);
  return index === 0 ? rng.pick(PROGRESS) : rng.pick(PLANS);
};

const pulseAnswer = (rng: Random, _q: Question, index: number): string => (index === 0 ? rng.pick(PULSE_SCORES) : rng.pick(PULSE_NOTES));

export const seedCheckins = (ctx: SeedContext): void => {
  const { rng, today, now, data } = ctx;
  const users = data.users;
  const templates = buildTemplates(rng.templates);
  const [standupT, pulseT, retroT] = templates as [Template, Template, Template];

  const activeMembers = (t: Team) => [...t.members].filter((uuid) => users.get(uuid)!.is_active).slice(0, MAX_SEEDED_PARTICIPANTS);
  const engineering = data.teams.get(data.demo.engineeringTeam)!;
  const standup = checkin(rng.checkins, today, {
    name: 'Daily Standup',
    template: standupT.uuid,
    frequency_on_days: [1, 2, 3, 4, 5, 6, 7],
    reporting_metadata: [{ type: 'channel', id: 'C0ENGSTANDUP', name: 'eng-standup' }],
    custom_template_intro: 'Morning, team! Three quick questions.',
    participants: activeMembers(engineering),
  });
  const pulse = checkin(rng.checkins, today, {
    name: 'Weekly Team Pulse',
    template: pulseT.uuid,
    is_anonymous: true,
    privacy: 'admins_and_managers',
    frequency_on_days: [5],
    participants: activeMembers(data.teams.get(data.demo.generalTeam)!),
  });
  const productSync = checkin(rng.checkins, today, {
    name: 'Product Sync',
    template: standupT.uuid,
    frequency_on_days: [1, 3, 5],
    reporting_metadata: [{ type: 'channel', id: 'C0PRODUCT01', name: 'product' }],
    participants: activeMembers(seededTeam(ctx, 'Product')),
  });
  const retro = checkin(rng.checkins, today, {
    name: 'Sprint Retrospective',
    template: retroT.uuid,
    active: false,
    is_trigger_based: true,
    reminders_max_count: 0,
    frequency_on_days: [5],
    participants: activeMembers(engineering),
  });
  const checkins = [standup, pulse, productSync, retro];
  const responses = buildResponses(
    rng.responses,
    [
      { checkin: standup, template: standupT, days: [0, 1, 2, 3, 4, 5, 6], rate: 0.85, blockerRate: 0.15, answer: standupAnswer },
      { checkin: productSync, template: standupT, days: [0, 2, 4, 6], rate: 0.8, blockerRate: 0.1, answer: standupAnswer },
      { checkin: pulse, template: pulseT, days: [2], rate: 0.7, blockerRate: 0, answer: pulseAnswer },
    ],
    users,
    now,
  );
  // A demo needs a blocker today: make sure the standup has one.
  const blockerQ = standupT.questions[2]!;
  const standupToday = responses.filter((r) => r.checkin === standup.id && r.date === today);
  if (standupToday.length > 0 && !standupToday.some((r) => r.blockers[blockerQ.uuid])) {
    const r = standupToday[0]!;
    r.content[blockerQ.uuid] = BLOCKERS[0]!;
    r.blockers = { [blockerQ.uuid]: true };
  }

  data.templates = new Map(templates.map((t) => [t.uuid, t]));
  data.checkins = new Map(checkins.map((c) => [c.id, c]));
  data.responses = new Map(responses.map((r) => [r.uuid, r]));
  Object.assign(data.demo, { standup: standup.id, anonymousCheckin: pulse.id, standupTemplate: standupT.uuid, blockerQuestion: blockerQ.uuid });
};
