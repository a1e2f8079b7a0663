/**
 * Check-in responses written through the API (dailybot-api-more.md §1): what each check-in allows.
 * DailyBot keeps these as check-in settings (`allow_past_responses`, `allow_future_responses`, "allow
 * early"; the CLI's check-in skill); the sandbox keeps them beside the check-in, set through
 * `/_sandbox/`, with defaults that let a Zap answer today and earlier days.
 */
export interface AnswerRules {
  allow_past_responses: boolean;
  allow_future_responses: boolean;
  /** False: no response before the check-in's question time (`custom_trigger_time`) on the day itself. */
  allow_early_responses: boolean;
}

export const DEFAULT_ANSWER_RULES: AnswerRules = { allow_past_responses: true, allow_future_responses: false, allow_early_responses: true };

declare module '../../core/organization' {
  interface OrganizationData {
    /** Check-in ID → its rules for API responses (the defaults when absent). */
    answerRules: Map<string, AnswerRules>;
  }
}
