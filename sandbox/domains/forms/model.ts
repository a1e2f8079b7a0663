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


declare module '../../core/organization' {
  interface OrganizationData {
    forms: Map<string, Form>;
    formResponses: Map<string, FormResponse>;
  }
  interface DemoIds {
    vacationForm: string;
    anonymousForm: string;
  }
}
