/**
 * The demo organization "Acme Robotics": people, teams, templates, check-ins with a week of
 * responses, forms, kudos and the API keys. Deterministic: the same seed and user count build the
 * same organization (dates are relative to `now`). Each kind of object draws from its own random
 * stream, so the IDs of teams, check-ins, forms and keys do not change with the number of users.
 *
 * The first nine people are written by hand so demos can count on them:
 *   0 Alex Rivera      admin, owner of the main API key
 *   1 Priya Natarajan  "Engineering Manager" (DailyBot's API has no manager relation; her occupation says it)
 *   4 Jordan Blake     a deactivated admin: owner of the inactive-owner key
 *   8 Hannah Schmidt   on time off this week (send-message's `skip_users_on_time_off` skips her)
 */
import {
  isOnTimeOff,
  newCheckin,
  type ApiKey,
  type Checkin,
  type CheckinResponse,
  type CompanyValue,
  type Form,
  type FormResponse,
  type Kudos,
  type OrganizationData,
  type Question,
  type Team,
  type Template,
  type User,
} from './model';
import { Random } from './random';
import { addDays, isoDate, startOfDay } from './time';

export interface SeedOptions {
  /** How many people, 5 … 10,000. */
  users: number;
  seed: number;
  /** The sandbox's "now": today's responses are before it. */
  now: Date;
}

export const MIN_USERS = 5;
export const MAX_USERS = 10_000;

const DOMAIN = 'acme-robotics.example';

/** [first, last, occupation, time zone] of the hand-written people. */
const PEOPLE: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Alex', 'Rivera', 'Head of Operations', 'America/Bogota'],
  ['Priya', 'Natarajan', 'Engineering Manager', 'America/New_York'],
  ['Sam', 'Okafor', 'Backend Engineer', 'Europe/London'],
  ['Mei', 'Chen', 'Frontend Engineer', 'Asia/Singapore'],
  ['Jordan', 'Blake', 'Former Operations Lead', 'America/Chicago'],
  ['Lucas', 'Moreau', 'Product Manager', 'Europe/Paris'],
  ['Fatima', 'Al-Sayed', 'Product Designer', 'Asia/Dubai'],
  ['Diego', 'Fernández', 'Customer Success Lead', 'America/Mexico_City'],
  ['Hannah', 'Schmidt', 'QA Engineer', 'Europe/Berlin'],
];

const FIRST_NAMES = [
  'Ava', 'Ben', 'Chloe', 'Daniel', 'Elena', 'Felix', 'Grace', 'Hugo', 'Isla', 'Jonas', 'Keira', 'Liam', 'Maya', 'Noah',
  'Olivia', 'Pablo', 'Quinn', 'Rosa', 'Sofia', 'Tomás', 'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Amara', 'Bruno',
  'Carmen', 'Dmitri', 'Emeka', 'Freya', 'Gabriel', 'Hiro', 'Ingrid', 'Jamal', 'Kenji', 'Lina', 'Mateo', 'Nadia',
];

const LAST_NAMES = [
  'Adams', 'Baker', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Hoang', 'Ibrahim', 'Jensen', 'Kowalski', 'Lopez',
  'Mensah', 'Nakamura', 'Olsen', 'Patel', 'Quispe', 'Rossi', 'Silva', 'Tanaka', 'Usman', 'Varga', 'Weber', 'Xu', 'Yilmaz',
  'Zimmermann', 'Andersen', 'Brown', 'Campbell', 'Diaz', 'Evans', 'Ferreira', 'Gupta', 'Hughes', 'Ito', 'Johnson', 'Kim',
  'Larsen', 'Murphy', 'Novak',
];

const OCCUPATIONS = [
  'Software Engineer', 'Senior Software Engineer', 'Data Analyst', 'Account Executive', 'Customer Support Specialist',
  'Product Designer', 'Marketing Manager', 'DevOps Engineer', 'Technical Writer', 'Recruiter', 'Mechanical Engineer',
  'Sales Development Representative',
];

const TIME_ZONES = [
  'America/Bogota', 'America/New_York', 'America/Los_Angeles', 'America/Sao_Paulo', 'Europe/London', 'Europe/Madrid',
  'Europe/Berlin', 'Africa/Lagos', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney', 'America/Mexico_City',
];

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

const asciiCache = new Map<string, string>();

/** "Fernández" → "fernandez", for emails and usernames. */
const ascii = (text: string): string => {
  let out = asciiCache.get(text);
  if (out === undefined) {
    out = text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '');
    asciiCache.set(text, out);
  }
  return out;
};

/**
 * Seeded check-ins ask at most this many people: real check-ins run per team, and a week of
 * answers from a 4,000-person "team" would only slow startup down.
 */
export const MAX_SEEDED_PARTICIPANTS = 100;

/** A random stream per kind of object, derived from the seed. */
const streams = (seed: number) => {
  const make = (salt: number) => new Random((seed * 2654435761 + salt) >>> 0);
  return {
    org: make(1),
    users: make(2),
    teams: make(3),
    templates: make(4),
    checkins: make(5),
    responses: make(6),
    forms: make(7),
    kudos: make(8),
    secrets: make(9),
  };
};

const question = (
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
  {
    uuid: rng.uuid(),
    name: 'Vacation request',
    type: 'forms',
    system_default: true,
    questions: [
      question(rng, 'When does your vacation start?', 'Start date', { question_type: 'date' }),
      question(rng, 'When are you back?', 'End date', { question_type: 'date' }),
      question(rng, 'Who covers for you while you are away?', 'Cover'),
    ],
    intro: '',
    outro: '',
  },
  {
    uuid: rng.uuid(),
    name: 'Anonymous feedback',
    type: 'forms',
    system_default: false,
    questions: [question(rng, 'What should we start, stop or continue doing?', 'Feedback')],
    intro: '',
    outro: '',
  },
  {
    uuid: rng.uuid(),
    name: 'IT help request',
    type: 'forms',
    system_default: false,
    questions: [
      question(rng, 'What do you need help with?', 'Request'),
      question(rng, 'How urgent is it (low, medium, high)?', 'Urgency'),
    ],
    intro: '',
    outro: '',
  },
];

const buildUsers = (rng: Random, count: number, today: string): User[] => {
  const curated = PEOPLE.slice(0, Math.min(count, PEOPLE.length));
  const taken = new Set(curated.map(([first, last]) => `${first} ${last}`));
  const combos = rng.shuffle(FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => [first, last] as const))).filter(
    ([first, last]) => !taken.has(`${first} ${last}`),
  );
  const emails = new Set<string>();
  const users: User[] = [];
  for (let i = 0; i < count; i += 1) {
    const hand = PEOPLE[i];
    let first: string;
    let last: string;
    let middle = '';
    if (hand) {
      [first, last] = hand;
    } else {
      const g = i - curated.length;
      const combo = combos[g % combos.length]!;
      [first, last] = combo;
      const round = Math.floor(g / combos.length);
      if (round > 0) middle = String.fromCharCode(64 + round); // "Ava B. Adams" once every pair is used
    }
    const full_name = middle ? `${first} ${middle}. ${last}` : `${first} ${last}`;
    const local = [ascii(first), middle.toLowerCase(), ascii(last)].filter(Boolean).join('.');
    let email = `${local}@${DOMAIN}`;
    for (let n = 2; emails.has(email); n += 1) email = `${local}${n}@${DOMAIN}`;
    emails.add(email);
    const username = email.slice(0, email.indexOf('@'));
    users.push({
      uuid: rng.uuid(),
      full_name,
      email,
      username,
      role: i === 0 || i === 4 ? 'ADMIN' : 'MEMBER',
      is_active: i !== 4,
      bot_enabled: i < PEOPLE.length ? true : rng.chance(0.95),
      timezone: hand ? hand[3] : rng.pick(TIME_ZONES),
      image: `https://avatars.${DOMAIN}/${username}.png`,
      occupation: hand ? hand[2] : rng.pick(OCCUPATIONS),
      birth_date: `${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      work_start_time: rng.pick(['08:00:00', '08:30:00', '09:00:00', '09:30:00', '10:00:00']),
      work_days: [1, 2, 3, 4, 5],
      timeoff_start: i === 8 ? addDays(today, -1) : null,
      timeoff_end: i === 8 ? addDays(today, 5) : null,
      external_id: `U${rng.chars(10)}`,
      language: rng.pick(['en', 'en', 'en', 'es', 'pt', 'fr']),
    });
  }
  return users;
};

const team = (rng: Random, name: string, is_default = false): Team => ({ uuid: rng.uuid(), name, active: true, is_default, members: new Set() });

const buildTeams = (rng: Random, users: User[]) => {
  const general = team(rng, 'General', true);
  const engineering = team(rng, 'Engineering');
  const product = team(rng, 'Product');
  const success = team(rng, 'Customer Success');
  const leadership = team(rng, 'Leadership');
  const byIndex = (i: number) => users[i]?.uuid;
  const add = (t: Team, ...indexes: number[]) => {
    for (const i of indexes) {
      const uuid = byIndex(i);
      if (uuid) t.members.add(uuid);
    }
  };
  for (const u of users) general.members.add(u.uuid);
  add(engineering, 1, 2, 3, 8);
  add(product, 0, 5, 6);
  add(success, 7);
  add(leadership, 0, 1, 5);
  for (const u of users.slice(PEOPLE.length)) {
    const r = rng.next();
    if (r < 0.4) engineering.members.add(u.uuid);
    else if (r < 0.55) product.members.add(u.uuid);
    else if (r < 0.75) success.members.add(u.uuid);
  }
  return { all: [general, engineering, product, success, leadership], general, engineering, product };
};

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

/** Builds the demo organization. */
export const buildOrganization = (options: SeedOptions): OrganizationData => {
  const { users: count, seed, now } = options;
  if (!Number.isInteger(count) || count < MIN_USERS || count > MAX_USERS) {
    throw new RangeError(`The sandbox seeds ${MIN_USERS} to ${MAX_USERS} users; got ${count}.`);
  }
  const today = isoDate(now);
  const rng = streams(seed);

  const org = {
    uuid: rng.org.uuid(),
    name: 'Acme Robotics',
    image: `https://avatars.${DOMAIN}/org/acme-robotics.png`,
    platform: 'slack' as const,
    external_id: `T${rng.org.chars(10)}`,
    supported_domains: [DOMAIN],
    timezone: 'America/Bogota',
  };

  const userList = buildUsers(rng.users, count, today);
  const users = new Map(userList.map((u) => [u.uuid, u]));
  const at = (i: number): User => userList[i]!;

  const teams = buildTeams(rng.teams, userList);
  const templates = buildTemplates(rng.templates);
  const [standupT, pulseT, retroT, vacationT, feedbackT, itT] = templates as [Template, Template, Template, Template, Template, Template];

  const activeMembers = (t: Team) => [...t.members].filter((uuid) => users.get(uuid)!.is_active).slice(0, MAX_SEEDED_PARTICIPANTS);
  const standup = checkin(rng.checkins, today, {
    name: 'Daily Standup',
    template: standupT.uuid,
    frequency_on_days: [1, 2, 3, 4, 5, 6, 7],
    reporting_metadata: [{ type: 'channel', id: 'C0ENGSTANDUP', name: 'eng-standup' }],
    custom_template_intro: 'Morning, team! Three quick questions.',
    participants: activeMembers(teams.engineering),
  });
  const pulse = checkin(rng.checkins, today, {
    name: 'Weekly Team Pulse',
    template: pulseT.uuid,
    is_anonymous: true,
    privacy: 'admins_and_managers',
    frequency_on_days: [5],
    participants: activeMembers(teams.general),
  });
  const productSync = checkin(rng.checkins, today, {
    name: 'Product Sync',
    template: standupT.uuid,
    frequency_on_days: [1, 3, 5],
    reporting_metadata: [{ type: 'channel', id: 'C0PRODUCT01', name: 'product' }],
    participants: activeMembers(teams.product),
  });
  const retro = checkin(rng.checkins, today, {
    name: 'Sprint Retrospective',
    template: retroT.uuid,
    active: false,
    is_trigger_based: true,
    reminders_max_count: 0,
    frequency_on_days: [5],
    participants: activeMembers(teams.engineering),
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

  const form = (name: string, template: Template, fields: Partial<Form> = {}): Form => ({
    id: rng.forms.uuid(),
    name,
    is_active: true,
    collect_responses_anonymously: false,
    privacy: 'everyone',
    shortcut: ascii(name.split(' ')[0]!),
    start_on: addDays(today, -120),
    end_on: null,
    is_archive: false,
    template: template.uuid,
    ...fields,
  });
  const vacation = form('Vacation request', vacationT);
  const feedback = form('Anonymous feedback', feedbackT, { collect_responses_anonymously: true, shortcut: 'feedback' });
  const itHelp = form('IT help request', itT, { shortcut: 'it' });
  const forms = [vacation, feedback, itHelp];

  const formResponse = (f: Form, t: Template, user: User, answers: string[], daysAgo: number): FormResponse => {
    const created = new Date(now.getTime() - daysAgo * 86_400_000 - rng.forms.int(0, 3_600_000));
    return {
      uuid: rng.forms.uuid(),
      form: f.id,
      user: user.uuid,
      is_anonymous: f.collect_responses_anonymously,
      content: Object.fromEntries(t.questions.map((q, i) => [q.uuid, answers[i] ?? ''])),
      created_at: created,
      updated_at: created,
      edited: false,
    };
  };
  const formResponses = [
    formResponse(vacation, vacationT, at(2), [addDays(today, 14), addDays(today, 21), 'Mei covers the on-call.'], 3),
    formResponse(vacation, vacationT, at(3), [addDays(today, 30), addDays(today, 33), 'Sam'], 1),
    formResponse(feedback, feedbackT, at(1), ['<p>Start: written agendas for every meeting.</p>'], 2),
    formResponse(feedback, feedbackT, at(0), ['<p>Continue: demo Fridays!</p>'], 0),
    formResponse(itHelp, itT, at(3), ['My laptop battery drains in an hour.', 'medium'], 1),
  ];

  const companyValues: CompanyValue[] = ['Ownership', 'Customer first', 'Teamwork', 'Keep it simple'].map((name) => ({
    id: rng.kudos.uuid(),
    name,
  }));
  const kudos: Kudos[] = [
    {
      id: rng.kudos.uuid(),
      giver: at(0).uuid,
      receivers: [at(1).uuid],
      company_value: companyValues[0]!,
      content: 'Thanks for steering the release through a rough week!',
      is_anonymous: false,
      by_dailybot: false,
      created_at: new Date(now.getTime() - 2 * 86_400_000),
    },
    {
      id: rng.kudos.uuid(),
      giver: at(1).uuid,
      receivers: [at(2).uuid, at(3).uuid],
      company_value: companyValues[2]!,
      content: 'Great pairing on the billing bug.',
      is_anonymous: false,
      by_dailybot: false,
      created_at: new Date(now.getTime() - 86_400_000),
    },
  ];

  const keys: ApiKey[] = [
    { key: `sandbox-${rng.secrets.hex(32)}`, owner: at(0).uuid, plan: 'business' },
    { key: `sandbox-free-${rng.secrets.hex(24)}`, owner: at(0).uuid, plan: 'free' },
    { key: `sandbox-inactive-${rng.secrets.hex(24)}`, owner: at(4).uuid, plan: 'business' },
  ];

  return {
    org,
    users,
    teams: new Map(teams.all.map((t) => [t.uuid, t])),
    templates: new Map(templates.map((t) => [t.uuid, t])),
    checkins: new Map(checkins.map((c) => [c.id, c])),
    forms: new Map(forms.map((f) => [f.id, f])),
    responses: new Map(responses.map((r) => [r.uuid, r])),
    formResponses: new Map(formResponses.map((r) => [r.uuid, r])),
    kudos,
    companyValues,
    keys,
    activityToken: rng.secrets.hex(32),
    demo: {
      owner: at(0).uuid,
      manager: at(1).uuid,
      inactiveUser: at(4).uuid,
      generalTeam: teams.general.uuid,
      engineeringTeam: teams.engineering.uuid,
      standup: standup.id,
      anonymousCheckin: pulse.id,
      standupTemplate: standupT.uuid,
      blockerQuestion: blockerQ.uuid,
      vacationForm: vacation.id,
      anonymousForm: feedback.id,
    },
  };
};
