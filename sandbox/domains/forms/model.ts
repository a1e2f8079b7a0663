/** Forms and their responses, as DailyBot keeps them (their questions are templates: checkins/model.ts). */

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
  /** Its workflow states in order (the first is where a response starts, the last is final), or null. */
  workflow: WorkflowState[] | null;
  /** Responses wait for an approver's decision (`flow_status`). */
  use_for_approval: boolean;
  /** Submissions by automation must name a guest (`guest_user_required`). */
  require_email_and_name: boolean;
  /** False: a response in the final state cannot move out (`final_state_locked`). */
  allow_reopen_from_final_state: boolean;
  /** Who may move responses between states: everyone with access, or only these users (`restricted`). */
  state_changers: 'everyone' | string[];
}

/** One state of a form's workflow (DailyBot's CLI forms skill: `{key, label, color, order}`). */
export interface WorkflowState {
  key: string;
  label: string;
  color: string;
}

export type FlowStatus = 'pending' | 'approved' | 'denied';

/** How someone else's response is refused to an edit or a delete (`formResponseEditRefusal`). */
export type EditRefusal = 'none' | '403' | '404';

/** One move of a response, as `state_history` shows it (actors by name only). */
export interface StateChange {
  from_state: string | null;
  to_state: string;
  actor_name: string;
  note: string | null;
  at: Date;
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
  /** Its workflow state (null when the form has no workflow). */
  current_state: string | null;
  /** Its approval status (null when the form has no approval flow). */
  flow_status: FlowStatus | null;
  state_history: StateChange[];
  /** How it was submitted (`submission_sources`). */
  source: 'member' | 'anonymous' | 'automation' | 'public';
  /** The guest named by an automation (`guest_user`). */
  guest: { full_name: string; email: string } | null;
}


declare module '../../core/organization' {
  interface OrganizationData {
    forms: Map<string, Form>;
    formResponses: Map<string, FormResponse>;
    /** Form responses the plan still allows (null: no limit); at 0, a submission is refused with 402. */
    formResponseQuota: number | null;
    /**
     * How an edit or delete of someone else's response is refused (DailyBot's sources disagree:
     * dailybot-api-more.md §4): `none`, the key's owner (an admin) may, as the CLI's API reference says;
     * `403`, refused with `form_response_edit_forbidden` / `form_response_delete_forbidden`, as that
     * reference answers anyone who may not; `404`, refused as if it did not exist, `form_response_not_found`
     * (the forms skill and product spec: strictly own-only, admins not elevated).
     */
    formResponseEditRefusal: EditRefusal;
  }
  interface DemoIds {
    vacationForm: string;
    anonymousForm: string;
    /** A form with a workflow whose responses only the manager may move. */
    itHelpForm: string;
  }
}
