/**
 * Find Check-in Responses: the responses to one check-in between two days (`GET
 * /checkins/{uuid}/responses/`, every page), optionally only one person's, newest first, each in the
 * same flat shape as the "New Check-in Response" trigger gives (the shared normalizer), all in one
 * result: the newest flattened beside every one as line items (checkin-responses-output.ts).
 *
 * DailyBot filters by person only with a user UUID, so an email or a full name is first resolved
 * (at most one user listing). The listing names no check-in, so when it holds responses the
 * check-in itself is read once for its name.
 */
import { defineInputFields, defineSearch, type SearchPerform } from 'zapier-platform-core';

import { checkinField, dateField, personField } from '../inputs/fields';
import { listAll } from '../http/paginate';
import { parseInputs } from '../inputs/parse';
import { resolveUser } from '../people';
import { schema } from '../schemas/lazy';
import { dailybotId, date, optionalText } from '../inputs/rules';
import { normalizeCheckinResponse, type CheckinResponse } from '../triggers/normalize/checkin-response';
import { CheckinResponsesOutput, checkinResponsesOutputFields, checkinResponsesSample, responsesResult } from './checkin-responses-output';
import { getByUuid } from './lookup';
import { UUID_PATTERN } from '../schemas/patterns';

/** What the listing's responses are, for the output's `event` (the trigger's for a completed response). */
const LISTED_EVENT = 'followups.response.completed';

const inputFields = defineInputFields([
  checkinField(true, 'The check-in whose responses to find.'),
  dateField('date_start', 'Start Date', 'The first day to include; empty means today.'),
  dateField('date_end', 'End Date', 'The last day to include; empty means today.'),
  personField('user', 'User', false, 'Only this person’s responses; leave empty for everyone’s.'),
]);

const Rules = schema((zod) =>
  zod
    .object({
      checkin: dailybotId(zod),
      date_start: date(zod),
      date_end: date(zod),
      user: optionalText(zod, 320),
    })
    // YYYY-MM-DD strings sort as the days they name
    .refine((v) => v.date_start === undefined || v.date_end === undefined || v.date_end >= v.date_start, {
      path: ['date_end'],
      message: 'is before “Start Date”: the end date must be the same day as the start date or later',
    }),
);

/** The output: the newest response as the check-in response triggers give it, and every response found as line items. */
export const output = CheckinResponsesOutput;

/** An item of the listing; the normalizer reads it (and says so plainly when it cannot). */
const ListedResponse = schema((zod) => zod.looseObject({}));

/** Only the check-in's name is needed; an answer without one still lets the search succeed. */
const CheckinName = schema((zod) => zod.looseObject({ name: zod.string().nullish().catch(null) }));

const time = (iso: string | null): number => {
  const ms = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
};

/** Newest first: by creation, then by last edit. */
const newestFirst = (a: CheckinResponse, b: CheckinResponse): number =>
  time(b.created_at) - time(a.created_at) || time(b.updated_at) - time(a.updated_at);

const perform = (async (z, bundle) => {
  const input = parseInputs(z, Rules, bundle.inputData, inputFields);
  const checkinId = UUID_PATTERN.test(input.checkin) ? input.checkin.toLowerCase() : input.checkin;
  const user = input.user === undefined ? undefined : await resolveUser(z, bundle, input.user, 'User');

  const items = await listAll(z, bundle, {
    path: `/checkins/${checkinId}/responses/`,
    params: { date_start: input.date_start, date_end: input.date_end, user: user?.uuid.toLowerCase() },
    item: ListedResponse,
    what: 'check-in responses',
  }, 'Narrow the dates, or choose one user, to find fewer responses.');
  if (items.length === 0) return [];

  const checkin = await getByUuid(z, bundle, { path: `/checkins/${checkinId}/`, item: CheckinName, what: 'the check-in' });
  const ctx = { event: LISTED_EVENT, checkin: { uuid: checkinId, name: checkin?.name ?? null } };
  return [responsesResult(items.map((item) => normalizeCheckinResponse(z, item, ctx)).sort(newestFirst))];
}) satisfies SearchPerform;

export default defineSearch({
  key: 'find_checkin_responses',
  noun: 'Check-in Response',
  display: {
    label: 'Find Check-in Responses',
    description:
      'Finds the responses to a check-in between two dates, optionally only one person’s: the newest one’s fields, and every response found (up to 100, newest first) as line items.',
  },
  operation: {
    inputFields,
    perform,
    sample: checkinResponsesSample,
    outputFields: checkinResponsesOutputFields,
  },
});
