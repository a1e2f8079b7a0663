/**
 * How DailyBot shows its objects: the REST answers of seeds 001–003 and the webhook bodies of
 * dailybot-api-notes.md §1.3. Only documented fields appear, so an app tested here does not come
 * to depend on something the real API does not send. Where the docs disagree with themselves, the
 * quirk is kept and named.
 */
import type {
  Checkin,
  CheckinResponse,
  Form,
  FormResponse,
  Kudos,
  Organization,
  Question,
  Team,
  Template,
  User,
} from './model';
import { dayMonthYear, offsetTimestamp, restTimestamp } from './time';

// ── REST ────────────────────────────────────────────────────────────────────────────────────────

export const organizationView = (org: Organization) => ({
  uuid: org.uuid,
  name: org.name,
  image: org.image,
  platform: org.platform,
  chat_platform_data: { is_active: true, organization_external_id: org.external_id },
  supported_domains: org.supported_domains,
  has_email_password_enabled: false,
});

/** A user as `GET /users/` lists it; `email` only with `include_email=true`. */
export const userView = (user: User, org: Organization, includeEmail = false) => ({
  uuid: user.uuid,
  is_active: user.is_active,
  bot_enabled: user.bot_enabled,
  full_name: user.full_name,
  role: user.role,
  timezone: user.timezone,
  image: user.image,
  username: user.username,
  occupation: user.occupation,
  birth_date: user.birth_date,
  chat_platform_data: { user_external_id: user.external_id },
  work_start_time: user.work_start_time,
  work_days: user.work_days,
  // The listing shows time off as DD/MM/YYYY (seed 001), though PATCH takes YYYY-MM-DD.
  timeoff_start: dayMonthYear(user.timeoff_start),
  timeoff_end: dayMonthYear(user.timeoff_end),
  organization: { uuid: org.uuid, name: org.name },
  ...(includeEmail ? { email: user.email } : {}),
});

/** `GET /me/`: the key owner, plus the flat organization fields older clients read. */
export const meView = (user: User, org: Organization, includeEmail = false) => ({
  ...userView(user, org, includeEmail),
  user: user.full_name,
  organization_uuid: org.uuid,
  organization_name: org.name,
});

export const teamView = (team: Team) => ({ uuid: team.uuid, name: team.name, active: team.active, is_default: team.is_default });

export interface CheckinSummary {
  completed_percentage: number;
  expected_responses: number;
  completed_responses: number;
  total_blockers: number;
  current_user_is_respondent: boolean;
  current_user_has_response: boolean;
}

const checkinSettings = (c: Checkin) => ({
  id: c.id,
  name: c.name,
  template: c.template,
  active: c.active,
  is_anonymous: c.is_anonymous,
  send_report_one_by_one: c.send_report_one_by_one,
  use_user_defined_work_days: c.use_user_defined_work_days,
  time_for_report: c.time_for_report,
  start_on: c.start_on,
  privacy: c.privacy,
  allow_edit_permission: c.allow_edit_permission,
  can_be_edited: c.can_be_edited,
  reporting_metadata: c.reporting_metadata,
  custom_trigger_time: c.custom_trigger_time,
  reminders_max_count: c.reminders_max_count,
  reminders_frequency_time: c.reminders_frequency_time,
  reminders_trigger_condition: c.reminders_trigger_condition,
  frequency_type: c.frequency_type,
  frequency: c.frequency,
  frequency_on_days: c.frequency_on_days,
  end_on: c.end_on,
  is_trigger_based: c.is_trigger_based,
  custom_template_intro: c.custom_template_intro,
  custom_template_outro: c.custom_template_outro,
});

/** `GET /checkins/` and `GET /checkins/{id}/`: `summary` is `{}` unless asked for. */
export const checkinView = (c: Checkin, summary: CheckinSummary | undefined) => ({ ...checkinSettings(c), summary: summary ?? {} });

/**
 * The answer of `POST /checkins/` and `PATCH /checkins/{id}/`: no summary, and the docs spell one
 * setting `send_reports_one_by_one` here (as in the request) but `send_report_one_by_one` in listings.
 */
export const checkinWriteView = (c: Checkin) => {
  const { send_report_one_by_one, ...rest } = checkinSettings(c);
  const ordered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    ordered[key] = value;
    if (key === 'is_anonymous') ordered.send_reports_one_by_one = send_report_one_by_one;
  }
  return ordered;
};

/** `GET /forms/`: a bare array of these. */
export const formView = (f: Form) => ({
  id: f.id,
  name: f.name,
  is_active: f.is_active,
  collect_responses_anonymously: f.collect_responses_anonymously,
  privacy: f.privacy,
  shortcut: f.shortcut,
  start_on: f.start_on,
  end_on: f.end_on,
  is_archive: f.is_archive,
});

/** The question list of a template: `{logic, fields, version}`. */
const templateQuestions = (t: Template) => ({
  logic: t.questions.map((_, i) => ({ next_key: i + 1 < t.questions.length ? i + 1 : false, prev_key: i > 0 ? i - 1 : false, question_key: i })),
  fields: t.questions.map((q) => ({
    uuid: q.uuid,
    question: q.question,
    is_blocker: q.is_blocker,
    is_optional: q.is_optional,
    extra_params: { special_vars: q.special_vars },
    question_type: q.question_type,
    question_short: q.question_short,
  })),
  version: 1,
});

/** The docs' template example has no identifier; the sandbox adds `uuid`, as every other object has one. */
export const templateView = (t: Template) => ({ uuid: t.uuid, name: t.name, questions: templateQuestions(t), intro: t.intro, outro: t.outro });

/**
 * One item of `GET /checkins/{id}/responses/`. Each answer repeats its question's attributes
 * (`question`, `question_short`, `question_type`, `is_blocker` = "this is the blocker question");
 * `has_issue` says whether a blocker was reported. An anonymous response has `user: null`.
 */
export const responseView = (r: CheckinResponse, template: Template, user: User | undefined) => ({
  uuid: r.uuid,
  user:
    r.is_anonymous || !user
      ? null
      : { uuid: user.uuid, full_name: user.full_name, image: user.image, occupation: user.occupation },
  is_anonymous: r.is_anonymous,
  responses: template.questions.map((q) => ({
    question: q.question,
    question_short: q.question_short,
    question_type: q.question_type,
    response: r.content[q.uuid] ?? '',
    is_blocker: q.is_blocker,
  })),
  response_completed: true,
  has_issue: Object.values(r.blockers).some(Boolean),
  created_at: restTimestamp(r.created_at),
  updated_at: restTimestamp(r.updated_at),
});

/** `POST /kudos/` answers the kudos object (seed 001): `user` is the giver, null when DailyBot gave them. */
export const kudosView = (k: Kudos, users: ReadonlyMap<string, User>, org: Organization) => ({
  id: k.id,
  parent: null,
  user: k.giver && users.has(k.giver) ? userView(users.get(k.giver)!, org) : null,
  receivers: k.receivers.map((uuid) => userView(users.get(uuid)!, org)),
  company_value: k.company_value,
  content: k.content,
  is_anonymous: k.is_anonymous,
  metadata: { by_dailybot: k.by_dailybot },
  created_at: restTimestamp(k.created_at),
});

// ── Webhook bodies (dailybot-api-notes.md §1.3) ─────────────────────────────────────────────────

/** A question as webhook bodies carry it: with its logic, i18n and variations. */
const webhookQuestion = (q: Question, i: number, count: number) => ({
  uuid: q.uuid,
  logic: { next_key: i + 1 < count ? i + 1 : false, prev_key: i > 0 ? i - 1 : false, question_key: i },
  question: q.question,
  is_hidden: false,
  is_blocker: q.is_blocker,
  is_optional: q.is_optional,
  extra_params: { i18n: {}, special_vars: q.special_vars },
  question_type: q.question_type,
  question_short: q.question_short,
  question_variations: [],
  question_without_special_vars: q.plain,
});

const webhookFields = (t: Template) => t.questions.map((q, i) => webhookQuestion(q, i, t.questions.length));

/** The short user of a check-in response body. */
const responseUser = (user: User) => ({
  uuid: user.uuid,
  full_name: user.full_name,
  image: user.image,
  role: user.role,
  occupation: user.occupation,
  email: user.email,
});

/** The long user of a form response and organization events. */
export const webhookUser = (user: User) => ({
  uuid: user.uuid,
  full_name: user.full_name,
  image: user.image,
  role: user.role,
  is_active: user.is_active,
  bot_enabled: user.bot_enabled,
  timezone: user.timezone,
  occupation: user.occupation,
  birth_date: user.birth_date,
  chat_platform_data: { user_external_id: user.external_id, external_grid_id: null },
  work_days: user.work_days,
  timeoff_start: user.timeoff_start,
  timeoff_end: user.timeoff_end,
  hour_init_work: user.work_start_time,
  email: user.email,
});

/** The user of a kudos body (giver and receivers). */
const kudosUser = (user: User) => ({
  uuid: user.uuid,
  full_name: user.full_name,
  image: user.image,
  language: user.language,
  timezone: user.timezone,
  is_active: user.is_active,
  is_approved: true,
});

/** `followups.response.completed|updated|deleted`: anonymous responses carry no `user` at all. */
export const checkinResponseBody = (r: CheckinResponse, checkin: Checkin, template: Template, user: User | undefined, org: Organization) => ({
  uuid: r.uuid,
  ...(r.is_anonymous || !user ? {} : { user: responseUser(user) }),
  checkins: [{ uuid: checkin.id, name: checkin.name }],
  is_anonymous: r.is_anonymous,
  content: { ...r.content },
  questions: { fields: webhookFields(template), response_source_type: r.source, has_conditional_questions: false },
  has_issue: Object.values(r.blockers).some(Boolean),
  blockers_status: { ...r.blockers },
  record_created_at: offsetTimestamp(r.record_created_at, org.timezone, true),
  created_at: offsetTimestamp(r.created_at, org.timezone),
  updated_at: offsetTimestamp(r.updated_at, org.timezone, true),
  edited: r.edited,
  extra_activity: null,
  response_completed: true,
});

/**
 * `forms.response.created|updated|deleted`. The body names no form (as in DailyBot's sample):
 * subscribers know it from `subscribed_objects`. `responses` is DailyBot's own flat copy.
 */
export const formResponseBody = (r: FormResponse, template: Template, user: User | undefined, org: Organization) => {
  const responses: Record<string, string> = {};
  template.questions.forEach((q, i) => {
    responses[`question_${i + 1}`] = q.question;
    responses[`question_${i + 1}_short`] = q.question_short;
    responses[`response_${i + 1}`] = r.content[q.uuid] ?? '';
  });
  return {
    uuid: r.uuid,
    ...(r.is_anonymous || !user ? {} : { user: webhookUser(user) }),
    is_anonymous: r.is_anonymous,
    is_guest_user: r.user === null,
    content: { ...r.content },
    created_at: offsetTimestamp(r.created_at, org.timezone),
    updated_at: offsetTimestamp(r.updated_at, org.timezone, true),
    metadata: { response_from_workflow: false },
    responses,
    questions: { fields: webhookFields(template), has_questions_variations: false, has_conditional_questions: false },
    has_issue: false,
    blockers_status: {},
    edited: r.edited,
    response_completed: true,
    flow_status: null,
    flow_details: [],
  };
};

/** `kudos.posted`: the giver is `giver` here (not `user` as in REST), and null when anonymous or by DailyBot. */
export const kudosBody = (k: Kudos, users: ReadonlyMap<string, User>, org: Organization) => ({
  organization_uuid: org.uuid,
  uuid: k.id,
  company_value: k.company_value,
  giver: k.is_anonymous || !k.giver || !users.has(k.giver) ? null : kudosUser(users.get(k.giver)!),
  receivers: k.receivers.map((uuid) => kudosUser(users.get(uuid)!)),
  content: k.content,
  is_anonymous: k.is_anonymous,
});

/** `organization.user_activated|user_deactivated`. */
export const userEventBody = (user: User) => ({ user: webhookUser(user) });

/** `organization.team_user_added|team_user_removed`. */
export const teamEventBody = (user: User, team: Team) => ({ user: webhookUser(user), team: teamView(team) });
