/**
 * DailyBot's webhook events (dailybot-api-notes.md §1.3). Each domain that fires some gives a sample
 * body for them (its `samples`), for `immediate_sample_event`.
 */

export const EVENTS = [
  'followups.response.completed',
  'followups.response.updated',
  'followups.response.deleted',
  'forms.response.created',
  'forms.response.updated',
  'forms.response.deleted',
  'kudos.posted',
  'organization.user_activated',
  'organization.user_deactivated',
  'organization.team_user_added',
  'organization.team_user_removed',
] as const;

export type EventName = (typeof EVENTS)[number];

export const isEventName = (value: unknown): value is EventName => EVENTS.includes(value as EventName);
