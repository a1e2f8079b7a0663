/**
 * The people of "Acme Robotics", its teams and its API keys. The first nine people are written by
 * hand so demos can count on them:
 *   0 Alex Rivera      admin, owner of the main API key
 *   1 Priya Natarajan  "Engineering Manager" (DailyBot's API has no manager relation; her occupation says it)
 *   4 Jordan Blake     a deactivated admin: owner of the inactive-owner key
 *   8 Hannah Schmidt   on time off this week (send-message's `skip_users_on_time_off` skips her)
 * then generated people with unique names and emails `first.last@acme-robotics.example`.
 */
import type { Random } from '../../core/random';
import { ascii, EMAIL_DOMAIN, type SeedContext } from '../../core/seed';
import { addDays } from '../../core/time';
import type { Team, User } from './model';

/** [first, last, occupation, time zone] of the hand-written people. */
export const PEOPLE: ReadonlyArray<readonly [string, string, string, string]> = [
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
    let email = `${local}@${EMAIL_DOMAIN}`;
    for (let n = 2; emails.has(email); n += 1) email = `${local}${n}@${EMAIL_DOMAIN}`;
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
      image: `https://avatars.${EMAIL_DOMAIN}/${username}.png`,
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
  return { all: [general, engineering, product, success, leadership], general, engineering };
};

/** The n-th person of the seed (0 = Alex Rivera). */
export const nthUser = (ctx: SeedContext, n: number): User => {
  let i = 0;
  for (const user of ctx.data.users.values()) if (i++ === n) return user;
  throw new RangeError(`The organization has no person #${n}.`);
};

/** A team of the seed by name. */
export const seededTeam = (ctx: SeedContext, name: string): Team => {
  for (const t of ctx.data.teams.values()) if (t.name === name) return t;
  throw new RangeError(`The organization has no team "${name}".`);
};

export const seedPeople = (ctx: SeedContext): void => {
  const userList = buildUsers(ctx.rng.users, ctx.users, ctx.today);
  const teams = buildTeams(ctx.rng.teams, userList);
  const at = (i: number): User => userList[i]!;
  ctx.data.users = new Map(userList.map((u) => [u.uuid, u]));
  ctx.data.teams = new Map(teams.all.map((t) => [t.uuid, t]));
  // The keys belong to people: the main and free-plan keys to the admin, one to the deactivated admin.
  ctx.data.keys = [
    { key: `sandbox-${ctx.rng.secrets.hex(32)}`, owner: at(0).uuid, plan: 'business' },
    { key: `sandbox-free-${ctx.rng.secrets.hex(24)}`, owner: at(0).uuid, plan: 'free' },
    { key: `sandbox-inactive-${ctx.rng.secrets.hex(24)}`, owner: at(4).uuid, plan: 'business' },
  ];
  Object.assign(ctx.data.demo, {
    owner: at(0).uuid,
    manager: at(1).uuid,
    inactiveUser: at(4).uuid,
    generalTeam: teams.general.uuid,
    engineeringTeam: teams.engineering.uuid,
  });
};
