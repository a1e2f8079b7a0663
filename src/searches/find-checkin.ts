/**
 * Find Check-in: the first check-in whose name matches exactly (ignoring case and extra spaces), read
 * from the paged `GET /checkins/` only up to the page that holds it. The check-in's summary (how many
 * responses, blockers) comes along when asked for, optionally for a given day; giving that day asks
 * for the summary.
 */
import { defineInputFields, defineSearch, type SearchPerform } from 'zapier-platform-core';

import { checkinOutput, CheckinOutput, checkinOutputFields, checkinSample } from '../creates/shared/checkin';
import { findFirst } from '../http/paginate';
import { dateField } from '../inputs/fields';
import { parseInputs } from '../inputs/parse';
import { schema, type Infer } from '../schemas/lazy';
import { Checkin } from '../schemas/api';
import { bool, date, text } from '../inputs/rules';
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
  dateField('date', 'Summary Date', 'The day the summary is for; empty means today. Giving a date includes the summary.'),
]);

const Rules = schema((zod) =>
  zod
    .object({ name: text(zod, 500), include_summary: bool(zod), date: date(zod) })
    .refine((v) => v.date === undefined || v.include_summary !== false, {
      path: ['date'],
      message: 'only applies to the summary: set “Include Summary” to yes, or clear the date',
    }),
);

/** What a listing adds to a check-in's settings: where it reports, and (when asked for) its summary. */
const ListingExtras = schema((zod) =>
  zod.object({
    reporting_metadata: zod
      .array(zod.looseObject({ id: zod.union([zod.string(), zod.number()]).nullish(), name: zod.string().nullish(), type: zod.string().nullish() }))
      .nullish()
      .catch(null),
  }),
);

/**
 * One found check-in: the same flat settings Create Check-in outputs (so a search-or-create step maps
 * the same keys whichever ran), plus its report channels and its summary.
 */
export const output = schema((zod) => {
  const text = zod.string().nullable();
  const flag = zod.boolean().nullable();
  const count = zod.number().nullable();
  return CheckinOutput.get().extend({
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

/** A check-in as DailyBot lists it → the flat output. */
export const toFoundCheckin = (checkin: Checkin): FoundCheckin => {
  const extras = ListingExtras.parse(checkin);
  const summary = checkin.summary ?? {};
  return {
    ...checkinOutput(checkin),
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
      ...checkinSample,
      id: 'b1b292b3-29b2-4235-8103-321ed749db8d',
      uuid: 'b1b292b3-29b2-4235-8103-321ed749db8d',
      name: 'Team standups',
      template: '4e322341-1262-42fa-942a-0341d90883f6',
      custom_trigger_time: '09:30:00',
      report_channels: [{ id: 'C024BE91L', name: 'standups', type: 'channel' }],
      summary_completed_percentage: 50,
      summary_expected_responses: 2,
      summary_completed_responses: 1,
      summary_total_blockers: 1,
      summary_current_user_is_respondent: true,
      summary_current_user_has_response: true,
    } satisfies FoundCheckin,
    outputFields: [
      ...checkinOutputFields,
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
