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

export { checkinOutput, CheckinOutput, checkinOutputFields, checkinSample } from './checkin-output';
