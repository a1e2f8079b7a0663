/**
 * A check-in as Create, Update and Find Check-in output it: the same keys from all three, so a
 * "find or create" step maps the same fields whichever ran. Flat, every documented setting (seed 001),
 * `null` where DailyBot sent none; its report channels and its summary (empty and null when the
 * answer has none, as create and update answers do). Enum settings come twice: raw (for filters and
 * later steps) and labelled for people (`smart_frequency` → "Smart (DailyBot picks)").
 */
import { schema, type Infer } from '../../schemas/lazy';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const flag = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);
const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** People's words for DailyBot's enum values; a value not listed reads as its words ("every_two_weeks" → "Every two weeks"). */
const ENUM_LABELS: Record<string, string> = {
  smart_frequency: 'Smart (DailyBot picks)',
  fixed_frequency: 'Fixed (every few minutes)',
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  managers_and_members: 'Managers and members',
  managers: 'Managers only',
  members: 'Members',
  everyone: 'Everyone',
};

export const enumLabel = (value: string | null): string | null => {
  if (value === null || value === '') return null;
  const known = ENUM_LABELS[value];
  if (known) return known;
  const words = value.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const CheckinOutput = schema((zod) => {
  const t = zod.string().nullable();
  return zod.object({
    id: zod.string(),
    uuid: zod.string(),
    name: t,
    template: t,
    active: zod.boolean().nullable(),
    is_anonymous: zod.boolean().nullable(),
    send_reports_one_by_one: zod.boolean().nullable(),
    use_user_defined_work_days: zod.boolean().nullable(),
    start_on: t,
    end_on: t,
    frequency_type: t,
    frequency_type_label: t,
    frequency: zod.number().nullable(),
    frequency_on_days: zod.array(zod.number()),
    custom_trigger_time: t,
    reminders_max_count: zod.number().nullable(),
    reminders_trigger_condition: t,
    reminders_trigger_condition_label: t,
    reminders_frequency_time: zod.number().nullable(),
    is_trigger_based: zod.boolean().nullable(),
    custom_template_intro: t,
    custom_template_outro: t,
    privacy: t,
    privacy_label: t,
    report_channels: zod.array(zod.object({ id: t, name: t, type: t })),
    summary_completed_percentage: zod.number().nullable(),
    summary_expected_responses: zod.number().nullable(),
    summary_completed_responses: zod.number().nullable(),
    summary_total_blockers: zod.number().nullable(),
    summary_current_user_is_respondent: zod.boolean().nullable(),
    summary_current_user_has_response: zod.boolean().nullable(),
  });
});
export type CheckinOutput = Infer<typeof CheckinOutput>;

/** The template's ID, whether DailyBot sent the ID or the template object. */
const templateId = (value: unknown): string | null => {
  if (typeof value === 'string') return value;
  const { uuid, id } = record(value);
  return text(uuid) ?? (typeof id === 'string' || typeof id === 'number' ? String(id) : null);
};

/** Where a check-in reports (`reporting_metadata`, seed 001). */
const reportChannels = (value: unknown): CheckinOutput['report_channels'] =>
  (Array.isArray(value) ? value : []).map((item) => {
    const channel = record(item);
    const id = channel.id;
    return { id: typeof id === 'string' || typeof id === 'number' ? String(id) : null, name: text(channel.name), type: text(channel.type) };
  });

/** A check-in from DailyBot (identified by `uuid` or `id`) → the output. */
export const checkinOutput = (checkin: Record<string, unknown> & { uuid: string }): CheckinOutput => {
  const summary = record(checkin.summary);
  const frequencyType = text(checkin.frequency_type);
  const condition = text(checkin.reminders_trigger_condition);
  const privacy = text(checkin.privacy);
  return {
    id: checkin.uuid,
    uuid: checkin.uuid,
    name: text(checkin.name),
    template: templateId(checkin.template),
    active: flag(checkin.active),
    is_anonymous: flag(checkin.is_anonymous),
    // the create/update answers say send_reports_one_by_one, the listings send_report_one_by_one
    send_reports_one_by_one: flag(checkin.send_reports_one_by_one) ?? flag(checkin.send_report_one_by_one),
    use_user_defined_work_days: flag(checkin.use_user_defined_work_days),
    start_on: text(checkin.start_on),
    end_on: text(checkin.end_on),
    frequency_type: frequencyType,
    frequency_type_label: enumLabel(frequencyType),
    frequency: number(checkin.frequency),
    frequency_on_days: Array.isArray(checkin.frequency_on_days) ? checkin.frequency_on_days.filter((d): d is number => typeof d === 'number') : [],
    custom_trigger_time: text(checkin.custom_trigger_time),
    reminders_max_count: number(checkin.reminders_max_count),
    reminders_trigger_condition: condition,
    reminders_trigger_condition_label: enumLabel(condition),
    reminders_frequency_time: number(checkin.reminders_frequency_time),
    is_trigger_based: flag(checkin.is_trigger_based),
    custom_template_intro: text(checkin.custom_template_intro),
    custom_template_outro: text(checkin.custom_template_outro),
    privacy,
    privacy_label: enumLabel(privacy),
    report_channels: reportChannels(checkin.reporting_metadata),
    summary_completed_percentage: number(summary.completed_percentage),
    summary_expected_responses: number(summary.expected_responses),
    summary_completed_responses: number(summary.completed_responses),
    summary_total_blockers: number(summary.total_blockers),
    summary_current_user_is_respondent: flag(summary.current_user_is_respondent),
    summary_current_user_has_response: flag(summary.current_user_has_response),
  };
};

/** A realistic check-in, in the shape DailyBot's docs show (seed 001), every setting filled in. */
export const checkinSample: CheckinOutput = checkinOutput({
  uuid: '91b292b3-29b2-4235-8103-321ed749db8d',
  name: 'Engineering Standup',
  template: 'bf322341-1262-42fa-942a-0341d90883f6',
  active: true,
  is_anonymous: false,
  send_reports_one_by_one: true,
  use_user_defined_work_days: false,
  start_on: '2026-03-02',
  end_on: '2026-12-18',
  frequency_type: 'weekly',
  frequency: 1,
  frequency_on_days: [1, 2, 3, 4, 5],
  custom_trigger_time: '09:30:00',
  reminders_max_count: 2,
  reminders_trigger_condition: 'smart_frequency',
  reminders_frequency_time: 15,
  is_trigger_based: false,
  custom_template_intro: 'Good morning! Three quick questions for today’s standup.',
  custom_template_outro: 'Thanks! Your update is in the #eng-standup report.',
  privacy: 'managers_and_members',
  reporting_metadata: [{ id: 'C024BE91L', name: 'eng-standup', type: 'channel' }],
  summary: {
    completed_percentage: 50,
    expected_responses: 8,
    completed_responses: 4,
    total_blockers: 1,
    current_user_is_respondent: true,
    current_user_has_response: true,
  },
});

export const checkinOutputFields = [
  { key: 'id', label: 'Check-in ID' },
  { key: 'uuid', label: 'Check-in UUID (Same as Check-in ID)' },
  { key: 'name', label: 'Name' },
  { key: 'template', label: 'Template ID' },
  { key: 'active', label: 'Active', type: 'boolean' as const },
  { key: 'is_anonymous', label: 'Anonymous', type: 'boolean' as const },
  { key: 'send_reports_one_by_one', label: 'Send Reports One by One', type: 'boolean' as const },
  { key: 'use_user_defined_work_days', label: 'Use Each Person’s Work Days', type: 'boolean' as const },
  { key: 'start_on', label: 'Start Date' },
  { key: 'end_on', label: 'End Date' },
  { key: 'frequency_type', label: 'Frequency Type Code' },
  { key: 'frequency_type_label', label: 'Frequency Type' },
  { key: 'frequency', label: 'Frequency', type: 'integer' as const },
  { key: 'frequency_on_days', label: 'Days of the Week', type: 'integer' as const, list: true },
  { key: 'custom_trigger_time', label: 'Question Time' },
  { key: 'reminders_max_count', label: 'Extra Reminders', type: 'integer' as const },
  { key: 'reminders_trigger_condition', label: 'Reminder Timing Code' },
  { key: 'reminders_trigger_condition_label', label: 'Reminder Timing' },
  { key: 'reminders_frequency_time', label: 'Minutes Between Reminders', type: 'integer' as const },
  { key: 'is_trigger_based', label: 'Manual Reminders Only', type: 'boolean' as const },
  { key: 'custom_template_intro', label: 'Intro Message' },
  { key: 'custom_template_outro', label: 'Outro Message' },
  { key: 'privacy', label: 'Privacy Code' },
  { key: 'privacy_label', label: 'Privacy' },
  { key: 'report_channels[]id', label: 'Report Channel ID' },
  { key: 'report_channels[]name', label: 'Report Channel Name' },
  { key: 'report_channels[]type', label: 'Report Channel Type' },
  { key: 'summary_completed_percentage', label: 'Summary: Completed Percentage', type: 'number' as const },
  { key: 'summary_expected_responses', label: 'Summary: Expected Responses', type: 'integer' as const },
  { key: 'summary_completed_responses', label: 'Summary: Completed Responses', type: 'integer' as const },
  { key: 'summary_total_blockers', label: 'Summary: Total Blockers', type: 'integer' as const },
  { key: 'summary_current_user_is_respondent', label: 'Summary: Key Owner Is Respondent', type: 'boolean' as const },
  { key: 'summary_current_user_has_response', label: 'Summary: Key Owner Has Responded', type: 'boolean' as const },
];
