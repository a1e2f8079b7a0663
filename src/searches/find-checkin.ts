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
import { schema } from '../schemas/lazy';
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

/**
 * One found check-in: exactly what Create Check-in outputs (checkin-output.ts), so a search-or-create
 * step maps the same keys whichever ran; its report channels and summary come from the listing.
 */
export const output = CheckinOutput;
export type FoundCheckin = CheckinOutput;

/** A check-in as DailyBot lists it → the flat output. */
export const toFoundCheckin = (checkin: Checkin): FoundCheckin => checkinOutput(checkin);

const perform = (async (z, bundle) => {
  const input = parseInputs(z, Rules, bundle.inputData, inputFields);
  const includeSummary = input.date !== undefined ? true : input.include_summary;
  const checkin = await findFirst(
    z,
    bundle,
    { path: '/checkins/', params: { include_summary: includeSummary, date: input.date }, item: Checkin, what: 'check-ins', sought: `name:${input.name}` },
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
    sample: checkinSample,
    outputFields: checkinOutputFields,
  },
});
