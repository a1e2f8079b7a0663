/**
 * How DailyBot shows check-ins, templates and check-in responses: the REST answers of seeds 001–003
 * and the `followups.*` webhook bodies of dailybot-api-notes.md §1.3. Where the docs disagree with
 * themselves, the quirk is kept and named.
 */
import type { Organization } from '../../core/organization';
import { offsetTimestamp, restTimestamp } from '../../core/time';
import type { User } from '../people/model';
import type { Checkin, CheckinResponse, Question, Template } from './model';

// ── REST ────────────────────────────────────────────────────────────────────────────────────────

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
  // Pipedream's check-in sample (dailybot-api-notes.md §1.3): the text without its `{…}` variables for a
  // question that has some, null for one that has none
  question_without_special_vars: q.special_vars.length > 0 ? q.plain : null,
});

/** The questions of a template as webhook bodies carry them (check-in and form responses). */
export const webhookFields = (t: Template) => t.questions.map((q, i) => webhookQuestion(q, i, t.questions.length));

/** The short user of a check-in response body. */
const responseUser = (user: User) => ({
  uuid: user.uuid,
  full_name: user.full_name,
  image: user.image,
  role: user.role,
  occupation: user.occupation,
  email: user.email,
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

