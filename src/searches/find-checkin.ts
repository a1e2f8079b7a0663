/**
 * Find Check-in: the first check-in whose name matches exactly (ignoring case and extra spaces), read
 * from the paged `GET /checkins/` only up to the page that holds it. The check-in's summary (how many
 * responses, blockers) comes along when asked for, optionally for a given day; giving that day asks
 * for the summary.
 */
import { defineInputFields, defineSearch, type SearchPerform } from 'zapier-platform-core';

import { findFirst } from '../http/paginate';
import { parseInputs } from '../inputs';
import { schema, type Infer } from '../schema';
import { Checkin } from '../schemas/api';
import { bool, date, text } from '../schemas/input';
import { sameName } from './lookup';

const inputFields = defineInputFields([
  {
    key: 'name',
    label: 'Check-in Name',
    type: 'string',
    required: true,
    helpText: 'Matched exactly (case does not matter). If two check-ins share the name, the first one DailyBot lists is found.',
  },
  {
    key: 'include_summary',
    label: 'Include Summary',
    type: 'boolean',
    required: false,
    helpText: 'Also get the check-in’s summary: expected and completed responses, completion percentage and blockers.',
  },
  {
    key: 'date',
    label: 'Summary Date',
    type: 'string',
    required: false,
    helpText: 'The day the summary is for, written YYYY-MM-DD (such as 2026-03-31). Leave empty for today. Giving a date includes the summary.',
  },
]);

const Rules = schema((zod) =>
  zod
    .object({ name: text(zod, 500), include_summary: bool(zod), date: date(zod) })
    .refine((v) => v.date === undefined || v.include_summary !== false, {
      path: ['date'],
      message: 'only applies to the summary: set “Include Summary” to yes, or clear the date',
    }),
);

/** Check-in settings DailyBot sends that the shared `Checkin` schema does not name (spellings vary). */
const CheckinExtras = schema((zod) => {
  const text = zod.string().nullish().catch(null);
  const flag = zod.boolean().nullish().catch(null);
  return zod.object({
    send_reports_one_by_one: flag,
    send_report_one_by_one: flag,
    use_user_defined_work_days: flag,
    privacy: text,
    frequency_type: text,
    frequency: zod.number().nullish().catch(null),
    time_for_report: text,
    custom_template_intro: text,
    custom_template_outro: text,
    reporting_metadata: zod
      .array(zod.looseObject({ id: zod.union([zod.string(), zod.number()]).nullish(), name: zod.string().nullish(), type: zod.string().nullish() }))
      .nullish()
      .catch(null),
  });
});

/** One found check-in, flat: its settings, its report channels and (when asked for) its summary. */
export const output = schema((zod) => {
  const text = zod.string().nullable();
  const flag = zod.boolean().nullable();
  const count = zod.number().nullable();
  return zod.object({
    id: zod.string(),
    uuid: zod.string(),
    name: zod.string(),
    template_uuid: text,
    active: flag,
    is_anonymous: flag,
    send_reports_one_by_one: flag,
    use_user_defined_work_days: flag,
    privacy: text,
    start_on: text,
    end_on: text,
    frequency_type: text,
    frequency: count,
    frequency_on_days: zod.array(zod.number()),
    custom_trigger_time: text,
    time_for_report: text,
    reminders_max_count: count,
    reminders_trigger_condition: text,
    reminders_frequency_time: count,
    is_trigger_based: flag,
    custom_template_intro: text,
    custom_template_outro: text,
    report_channels: zod.array(zod.object({ id: text, name: text, type: text })),
    summary_completed_percentage: count,
    summary_expected_responses: count,
    summary_completed_responses: count,
    summary_total_blockers: count,
    summary_current_user_is_respondent: flag,
    summary_current_user_has_response: flag,
  });
});
export type FoundCheckin = Infer<typeof output>;

const templateUuid = (template: Checkin['template']): string | null => {
  if (typeof template === 'string') return template;
  if (template && typeof template === 'object') {
    const id = (template as { uuid?: unknown; id?: unknown }).uuid ?? (template as { id?: unknown }).id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  }
  return null;
};

/** A check-in as DailyBot sends it → the flat output. */
export const toFoundCheckin = (checkin: Checkin): FoundCheckin => {
  const extras = CheckinExtras.parse(checkin);
  const summary = checkin.summary ?? {};
  return {
    id: checkin.uuid,
    uuid: checkin.uuid,
    name: checkin.name,
    template_uuid: templateUuid(checkin.template),
    active: checkin.active ?? null,
    is_anonymous: checkin.is_anonymous ?? null,
    send_reports_one_by_one: extras.send_reports_one_by_one ?? extras.send_report_one_by_one ?? null,
    use_user_defined_work_days: extras.use_user_defined_work_days ?? null,
    privacy: extras.privacy ?? null,
    start_on: checkin.start_on ?? null,
    end_on: checkin.end_on ?? null,
    frequency_type: extras.frequency_type ?? null,
    frequency: extras.frequency ?? null,
    frequency_on_days: checkin.frequency_on_days ?? [],
    custom_trigger_time: checkin.custom_trigger_time ?? null,
    time_for_report: extras.time_for_report ?? null,
    reminders_max_count: checkin.reminders_max_count ?? null,
    reminders_trigger_condition: checkin.reminders_trigger_condition ?? null,
    reminders_frequency_time: checkin.reminders_frequency_time ?? null,
    is_trigger_based: checkin.is_trigger_based ?? null,
    custom_template_intro: extras.custom_template_intro ?? null,
    custom_template_outro: extras.custom_template_outro ?? null,
    report_channels: (extras.reporting_metadata ?? []).map((channel) => ({
      id: channel.id === undefined || channel.id === null ? null : String(channel.id),
      name: channel.name ?? null,
      type: channel.type ?? null,
    })),
    summary_completed_percentage: summary.completed_percentage ?? null,
    summary_expected_responses: summary.expected_responses ?? null,
    summary_completed_responses: summary.completed_responses ?? null,
    summary_total_blockers: summary.total_blockers ?? null,
    summary_current_user_is_respondent: summary.current_user_is_respondent ?? null,
    summary_current_user_has_response: summary.current_user_has_response ?? null,
  };
};

const perform = (async (z, bundle) => {
  const input = parseInputs(z, Rules, bundle.inputData, inputFields);
  const includeSummary = input.date !== undefined ? true : input.include_summary;
  const checkin = await findFirst(
    z,
    bundle,
    { path: '/checkins/', params: { include_summary: includeSummary, date: input.date }, item: Checkin, what: 'check-ins' },
    (c) => sameName(c.name, input.name),
  );
  return checkin ? [toFoundCheckin(checkin)] : [];
}) satisfies SearchPerform;

export default defineSearch({
  key: 'find_checkin',
  noun: 'Check-in',
  display: {
    label: 'Find Check-in',
    description: 'Finds a check-in by its name, optionally with its summary of responses and blockers.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      id: 'b1b292b3-29b2-4235-8103-321ed749db8d',
      uuid: 'b1b292b3-29b2-4235-8103-321ed749db8d',
      name: 'Team standups',
      template_uuid: '4e322341-1262-42fa-942a-0341d90883f6',
      active: true,
      is_anonymous: false,
      send_reports_one_by_one: true,
      use_user_defined_work_days: false,
      privacy: 'managers_and_members',
      start_on: '2022-01-25',
      end_on: null,
      frequency_type: 'weekly',
      frequency: 1,
      frequency_on_days: [1, 2, 3, 4, 5],
      custom_trigger_time: '09:30:00',
      time_for_report: null,
      reminders_max_count: 0,
      reminders_trigger_condition: 'smart_frequency',
      reminders_frequency_time: 15,
      is_trigger_based: false,
      custom_template_intro: 'Good morning! Time for the standup.',
      custom_template_outro: 'Thanks, have a great day!',
      report_channels: [{ id: 'C024BE91L', name: 'standups', type: 'channel' }],
      summary_completed_percentage: 50,
      summary_expected_responses: 2,
      summary_completed_responses: 1,
      summary_total_blockers: 1,
      summary_current_user_is_respondent: true,
      summary_current_user_has_response: true,
    } satisfies FoundCheckin,
    outputFields: [
      { key: 'id', label: 'Check-in ID' },
      { key: 'uuid', label: 'Check-in UUID' },
      { key: 'name', label: 'Check-in Name' },
      { key: 'template_uuid', label: 'Template ID' },
      { key: 'active', label: 'Is Active', type: 'boolean' },
      { key: 'is_anonymous', label: 'Is Anonymous', type: 'boolean' },
      { key: 'send_reports_one_by_one', label: 'Sends Reports One by One', type: 'boolean' },
      { key: 'use_user_defined_work_days', label: 'Uses Each User’s Work Days', type: 'boolean' },
      { key: 'privacy', label: 'Privacy' },
      { key: 'start_on', label: 'Starts On' },
      { key: 'end_on', label: 'Ends On' },
      { key: 'frequency_type', label: 'Frequency Type' },
      { key: 'frequency', label: 'Frequency', type: 'integer' },
      { key: 'frequency_on_days', label: 'Days (1 = Monday)', type: 'integer', list: true },
      { key: 'custom_trigger_time', label: 'Custom Trigger Time' },
      { key: 'time_for_report', label: 'Report Time' },
      { key: 'reminders_max_count', label: 'Reminders Max Count', type: 'integer' },
      { key: 'reminders_trigger_condition', label: 'Reminders Trigger Condition' },
      { key: 'reminders_frequency_time', label: 'Reminders Frequency (Minutes)', type: 'integer' },
      { key: 'is_trigger_based', label: 'Is Trigger Based', type: 'boolean' },
      { key: 'custom_template_intro', label: 'Custom Intro Message' },
      { key: 'custom_template_outro', label: 'Custom Outro Message' },
      { key: 'report_channels[]id', label: 'Report Channel ID' },
      { key: 'report_channels[]name', label: 'Report Channel Name' },
      { key: 'report_channels[]type', label: 'Report Channel Type' },
      { key: 'summary_completed_percentage', label: 'Summary: Completed Percentage', type: 'number' },
      { key: 'summary_expected_responses', label: 'Summary: Expected Responses', type: 'integer' },
      { key: 'summary_completed_responses', label: 'Summary: Completed Responses', type: 'integer' },
      { key: 'summary_total_blockers', label: 'Summary: Total Blockers', type: 'integer' },
      { key: 'summary_current_user_is_respondent', label: 'Summary: Key Owner Is Respondent', type: 'boolean' },
      { key: 'summary_current_user_has_response', label: 'Summary: Key Owner Has Responded', type: 'boolean' },
    ],
  },
});
