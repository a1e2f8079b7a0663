/**
 * The in-memory organization: what DailyBot keeps, before it is shown through the API (views.ts)
 * or sent to webhooks. Some fields here are not in the API at all (a check-in's participants, a
 * response's date): DailyBot has them, and the sandbox needs them to behave like it.
 */

export interface Organization {
  uuid: string;
  name: string;
  image: string;
  platform: 'slack';
  external_id: string;
  supported_domains: string[];
  /** The zone DailyBot writes webhook timestamps in. */
  timezone: string;
}

export interface User {
  uuid: string;
  full_name: string;
  email: string;
  username: string;
  role: 'ADMIN' | 'MEMBER';
  is_active: boolean;
  bot_enabled: boolean;
  timezone: string;
  image: string;
  occupation: string;
  /** `MM-DD`. */
  birth_date: string | null;
  /** `HH:MM:SS`. */
  work_start_time: string;
  work_days: number[];
  /** `YYYY-MM-DD` (shown `DD/MM/YYYY` in the user listing). */
  timeoff_start: string | null;
  timeoff_end: string | null;
  external_id: string;
  language: string;
}

/** True when `day` (`YYYY-MM-DD`) falls in the user's time off. */
export const isOnTimeOff = (user: User, day: string): boolean =>
  user.timeoff_start !== null && user.timeoff_end !== null && user.timeoff_start <= day && day <= user.timeoff_end;

export interface Team {
  uuid: string;
  name: string;
  active: boolean;
  is_default: boolean;
  /** User UUIDs, in the order they joined. */
  members: Set<string>;
}

export interface Question {
  uuid: string;
  /** The text as configured, with special variables such as `{previous_response_date}`. */
  question: string;
  /** The same text without its special variables. */
  plain: string;
  question_short: string;
  question_type: 'text' | 'numeric' | 'date';
  is_blocker: boolean;
  is_optional: boolean;
  special_vars: string[];
}

export type TemplateType = 'checkins' | 'forms';

export interface Template {
  uuid: string;
  name: string;
  type: TemplateType;
  system_default: boolean;
  questions: Question[];
  intro: string;
  outro: string;
}

export interface ReportChannel {
  type: string;
  id: string;
  name: string;
}

/** A check-in, with every setting DailyBot's check-in object shows (seed 001 §2). */
export interface Checkin {
  id: string;
  name: string;
  template: string;
  active: boolean;
  is_anonymous: boolean;
  send_report_one_by_one: boolean;
  use_user_defined_work_days: boolean;
  time_for_report: string | null;
  start_on: string;
  privacy: string;
  allow_edit_permission: string;
  can_be_edited: boolean;
  reporting_metadata: ReportChannel[];
  custom_trigger_time: string | null;
  reminders_max_count: number;
  reminders_frequency_time: number;
  reminders_trigger_condition: 'smart_frequency' | 'fixed_frequency';
  frequency_type: 'weekly';
  frequency: number;
  frequency_on_days: number[];
  end_on: string | null;
  is_trigger_based: boolean;
  custom_template_intro: string | null;
  custom_template_outro: string | null;
  /** Who is asked (not in the API). */
  participants: string[];
}

/** A check-in with DailyBot's defaults (seed 001's example) for every setting not given. */
export const newCheckin = (fields: Partial<Checkin> & Pick<Checkin, 'id' | 'name' | 'template' | 'participants' | 'start_on'>): Checkin => ({
  active: true,
  is_anonymous: false,
  send_report_one_by_one: false,
  use_user_defined_work_days: false,
  time_for_report: null,
  privacy: 'managers_and_members',
  allow_edit_permission: 'admins_managers_and_team_admins',
  can_be_edited: true,
  reporting_metadata: [],
  custom_trigger_time: null,
  reminders_max_count: 0,
  reminders_frequency_time: 15,
  reminders_trigger_condition: 'smart_frequency',
  frequency_type: 'weekly',
  frequency: 1,
  frequency_on_days: [1, 2, 3, 4, 5],
  end_on: null,
  is_trigger_based: false,
  custom_template_intro: null,
  custom_template_outro: null,
  ...fields,
});

export interface Form {
  id: string;
  name: string;
  is_active: boolean;
  collect_responses_anonymously: boolean;
  privacy: string;
  shortcut: string;
  start_on: string | null;
  end_on: string | null;
  is_archive: boolean;
  /** Where its questions come from (not in the form listing). */
  template: string;
}

/** One person's answers to one check-in on one day. */
export interface CheckinResponse {
  uuid: string;
  checkin: string;
  user: string;
  /** The check-in day, `YYYY-MM-DD` (what `date_start`/`date_end` filter on). */
  date: string;
  /** Copied from the check-in when answered: an anonymous check-in's responses stay anonymous. */
  is_anonymous: boolean;
  /** Question UUID → answer. */
  content: Record<string, string>;
  /** Question UUID → true for each answer that reports a blocker. */
  blockers: Record<string, boolean>;
  source: 'webapp' | 'slack';
  record_created_at: Date;
  created_at: Date;
  updated_at: Date;
  edited: boolean;
}

export interface FormResponse {
  uuid: string;
  form: string;
  /** Null for a guest (someone outside the organization). */
  user: string | null;
  is_anonymous: boolean;
  content: Record<string, string>;
  created_at: Date;
  updated_at: Date;
  edited: boolean;
}

export interface CompanyValue {
  /** Null for a value the organization does not have (kept as given). */
  id: string | null;
  name: string;
}

export interface Kudos {
  id: string;
  /** Null when DailyBot gives them (`by_dailybot`). */
  giver: string | null;
  receivers: string[];
  company_value: CompanyValue | null;
  content: string;
  is_anonymous: boolean;
  by_dailybot: boolean;
  created_at: Date;
}

/** The API keys the sandbox knows, and what each one is. */
export interface ApiKey {
  key: string;
  /** Whose key it is: permissions and `GET /me/` follow this user. */
  owner: string;
  plan: 'business' | 'free';
}

/** Everything the seed builds; `reset()` builds it again. */
export interface OrganizationData {
  org: Organization;
  users: Map<string, User>;
  teams: Map<string, Team>;
  templates: Map<string, Template>;
  checkins: Map<string, Checkin>;
  forms: Map<string, Form>;
  /** Check-in responses by UUID. */
  responses: Map<string, CheckinResponse>;
  formResponses: Map<string, FormResponse>;
  kudos: Kudos[];
  companyValues: CompanyValue[];
  keys: ApiKey[];
  activityToken: string;
  /** Handy IDs for demos and tests. */
  demo: DemoIds;
}

export interface DemoIds {
  /** The admin who owns the main API key. */
  owner: string;
  /** A user with the occupation "Engineering Manager". */
  manager: string;
  /** A deactivated admin: owner of the inactive-owner key. */
  inactiveUser: string;
  generalTeam: string;
  engineeringTeam: string;
  /** "Daily Standup": standup template, 3 questions, one of them the blocker question. */
  standup: string;
  /** An anonymous check-in. */
  anonymousCheckin: string;
  standupTemplate: string;
  blockerQuestion: string;
  vacationForm: string;
  anonymousForm: string;
}
