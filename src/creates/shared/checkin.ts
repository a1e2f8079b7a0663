/**
 * What "Create Check-in" and "Update Check-in" share: the check-in settings' rules, the body DailyBot
 * documents for POST and PATCH /checkins/, and the check-in they output (their fields: checkin-fields.ts).
 */
import { schema, type Infer, type ZodModule } from '../../schemas/lazy';
import { bool, date, int, oneOf, optionalText, time, weekdays } from '../../inputs/rules';
import { DAILYBOT_ID_PATTERN } from '../../schemas/patterns';

export const REMINDER_CONDITIONS = ['smart_frequency', 'fixed_frequency'] as const;

/** The rules of the settings (inputs are strings; the body gets booleans, numbers and lists). */
export const settingsRules = (zod: ZodModule) => ({
  active: bool(zod),
  is_anonymous: bool(zod),
  send_reports_one_by_one: bool(zod),
  use_user_defined_work_days: bool(zod),
  start_on: date(zod),
  end_on: date(zod),
  frequency_on_days: weekdays(zod),
  custom_trigger_time: time(zod),
  reminders_max_count: int(zod, 0, 3),
  reminders_trigger_condition: oneOf(zod, REMINDER_CONDITIONS),
  reminders_frequency_time: int(zod, 1, 1440),
  is_trigger_based: bool(zod),
  custom_template_intro: optionalText(zod, 2000),
  custom_template_outro: optionalText(zod, 2000),
});

export const SETTING_KEYS = [
  'active',
  'is_anonymous',
  'send_reports_one_by_one',
  'use_user_defined_work_days',
  'start_on',
  'end_on',
  'frequency_on_days',
  'custom_trigger_time',
  'reminders_max_count',
  'reminders_trigger_condition',
  'reminders_frequency_time',
  'is_trigger_based',
  'custom_template_intro',
  'custom_template_outro',
] as const;

/** The end date must not come before the start date (both are YYYY-MM-DD, so they compare as text). */
export const endNotBeforeStart = (values: { start_on?: string; end_on?: string }): boolean =>
  !values.start_on || !values.end_on || values.end_on >= values.start_on;

/** The body keys of POST and PATCH /checkins/, each optional here, exactly as the docs name them. */
export const settingsBodyShape = (zod: ZodModule) => ({
  name: zod.string().min(1).max(255).optional(),
  template: zod.string().regex(DAILYBOT_ID_PATTERN).optional(),
  active: zod.boolean().optional(),
  is_anonymous: zod.boolean().optional(),
  send_reports_one_by_one: zod.boolean().optional(),
  use_user_defined_work_days: zod.boolean().optional(),
  start_on: zod.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  end_on: zod.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  frequency_on_days: zod.array(zod.number().int().min(1).max(7)).min(1).optional(),
  custom_trigger_time: zod.string().regex(/^\d{2}:\d{2}:\d{2}$/).optional(),
  reminders_max_count: zod.number().int().min(0).max(3).optional(),
  reminders_trigger_condition: zod.enum(REMINDER_CONDITIONS).optional(),
  reminders_frequency_time: zod.number().int().min(1).max(1440).optional(),
  is_trigger_based: zod.boolean().optional(),
  custom_template_intro: zod.string().min(1).max(2000).optional(),
  custom_template_outro: zod.string().min(1).max(2000).optional(),
});

/** A check-in as the actions output it: flat, every documented setting, `null` where DailyBot sent none. */
export const CheckinOutput = schema((zod) =>
  zod.object({
    id: zod.string(),
    uuid: zod.string(),
    name: zod.string().nullable(),
    template: zod.string().nullable(),
    active: zod.boolean().nullable(),
    is_anonymous: zod.boolean().nullable(),
    send_reports_one_by_one: zod.boolean().nullable(),
    use_user_defined_work_days: zod.boolean().nullable(),
    start_on: zod.string().nullable(),
    end_on: zod.string().nullable(),
    frequency_type: zod.string().nullable(),
    frequency: zod.number().nullable(),
    frequency_on_days: zod.array(zod.number()),
    custom_trigger_time: zod.string().nullable(),
    reminders_max_count: zod.number().nullable(),
    reminders_trigger_condition: zod.string().nullable(),
    reminders_frequency_time: zod.number().nullable(),
    is_trigger_based: zod.boolean().nullable(),
    custom_template_intro: zod.string().nullable(),
    custom_template_outro: zod.string().nullable(),
    privacy: zod.string().nullable(),
  }),
);
export type CheckinOutput = Infer<typeof CheckinOutput>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const flag = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);
const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The template's ID, whether DailyBot sent the ID or the template object. */
const templateId = (value: unknown): string | null => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const { uuid, id } = value as { uuid?: unknown; id?: unknown };
    return text(uuid) ?? (typeof id === 'string' || typeof id === 'number' ? String(id) : null);
  }
  return null;
};

/** A check-in from DailyBot (identified by `uuid` or `id`) → the actions' output. */
export const checkinOutput = (checkin: Record<string, unknown> & { uuid: string }): CheckinOutput => ({
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
  frequency_type: text(checkin.frequency_type),
  frequency: number(checkin.frequency),
  frequency_on_days: Array.isArray(checkin.frequency_on_days) ? checkin.frequency_on_days.filter((d): d is number => typeof d === 'number') : [],
  custom_trigger_time: text(checkin.custom_trigger_time),
  reminders_max_count: number(checkin.reminders_max_count),
  reminders_trigger_condition: text(checkin.reminders_trigger_condition),
  reminders_frequency_time: number(checkin.reminders_frequency_time),
  is_trigger_based: flag(checkin.is_trigger_based),
  custom_template_intro: text(checkin.custom_template_intro),
  custom_template_outro: text(checkin.custom_template_outro),
  privacy: text(checkin.privacy),
});

/** The check-in DailyBot's docs show as the answer to POST /checkins/ (example UUIDs made valid). */
export const checkinSample: CheckinOutput = {
  id: '91b292b3-29b2-4235-8103-321ed749db8d',
  uuid: '91b292b3-29b2-4235-8103-321ed749db8d',
  name: 'Checkin created by API',
  template: 'bf322341-1262-42fa-942a-0341d90883f6',
  active: true,
  is_anonymous: false,
  send_reports_one_by_one: true,
  use_user_defined_work_days: false,
  start_on: '2022-01-25',
  end_on: null,
  frequency_type: 'weekly',
  frequency: 1,
  frequency_on_days: [1, 2, 3, 4, 5],
  custom_trigger_time: null,
  reminders_max_count: 0,
  reminders_trigger_condition: 'smart_frequency',
  reminders_frequency_time: 15,
  is_trigger_based: false,
  custom_template_intro: 'new intro message',
  custom_template_outro: 'new outro message',
  privacy: 'managers_and_members',
};

export const checkinOutputFields = [
  { key: 'id', label: 'Check-in ID' },
  { key: 'uuid', label: 'Check-in UUID' },
  { key: 'name', label: 'Name' },
  { key: 'template', label: 'Template ID' },
  { key: 'active', label: 'Active', type: 'boolean' as const },
  { key: 'is_anonymous', label: 'Anonymous', type: 'boolean' as const },
  { key: 'send_reports_one_by_one', label: 'Send Reports One by One', type: 'boolean' as const },
  { key: 'use_user_defined_work_days', label: 'Use Each Person’s Work Days', type: 'boolean' as const },
  { key: 'start_on', label: 'Start Date' },
  { key: 'end_on', label: 'End Date' },
  { key: 'frequency_type', label: 'Frequency Type' },
  { key: 'frequency', label: 'Frequency', type: 'integer' as const },
  { key: 'frequency_on_days', label: 'Days of the Week', type: 'integer' as const, list: true },
  { key: 'custom_trigger_time', label: 'Question Time' },
  { key: 'reminders_max_count', label: 'Extra Reminders', type: 'integer' as const },
  { key: 'reminders_trigger_condition', label: 'Reminder Timing' },
  { key: 'reminders_frequency_time', label: 'Minutes Between Reminders', type: 'integer' as const },
  { key: 'is_trigger_based', label: 'Manual Reminders Only', type: 'boolean' as const },
  { key: 'custom_template_intro', label: 'Intro Message' },
  { key: 'custom_template_outro', label: 'Outro Message' },
  { key: 'privacy', label: 'Privacy' },
];
