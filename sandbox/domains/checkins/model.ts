/** Templates (check-in and form questions), check-ins and their responses, as DailyBot keeps them. */

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

declare module '../../core/organization' {
  interface OrganizationData {
    /** Check-in and form templates (forms add theirs). */
    templates: Map<string, Template>;
    checkins: Map<string, Checkin>;
    /** Check-in responses by UUID. */
    responses: Map<string, CheckinResponse>;
  }
  interface DemoIds {
    /** "Daily Standup": standup template, 3 questions, one of them the blocker question. */
    standup: string;
    /** An anonymous check-in. */
    anonymousCheckin: string;
    standupTemplate: string;
    blockerQuestion: string;
  }
}

declare module '../../core/outbox' {
  interface OutboxKinds {
    /** `POST /checkins/{id}/send-reminders/`. */
    reminder: { checkin: string; date: string; recipients: string[]; triggered_by: string | null };
  }
}
