/**
 * Find Form Response: one response by its ID (`GET /forms/{uuid}/responses/{rid}/`; a 404 is a miss,
 * since DailyBot answers the same for a response that does not exist and one the key's owner may not
 * read), or the form's responses that match the filters (`GET /forms/{uuid}/responses/?all=true&
 * order=recent&…`, dailybot-api-more.md §4): person, text, approval status, workflow state, days.
 *
 * One result (responses-result.ts): the newest match flattened as "New Form Response" gives it (the
 * same normalizer, form-responses.ts), with its state, beside every match as line items. The newest
 * RESPONSE_LIMIT are read in one page; `response_count` is DailyBot's count of every match. The form is
 * read once when something matched: its questions place the answers (REST rows name none) and give
 * its name.
 */
import { defineInputFields, defineSearch, type Bundle, type SearchPerform, type ZObject } from 'zapier-platform-core';

import { parseAnswer, send } from '../http/client';
import { parseErrorBody } from '../http/errors';
import { dateField, formField, personField } from '../inputs/fields';
import { parseInputs } from '../inputs/parse';
import { date, dailybotId, oneOf, optionalDailybotId, optionalText } from '../inputs/rules';
import { resolveUser } from '../people';
import { schema } from '../schemas/lazy';
import { PageEnvelope } from '../schemas/api';
import { FORM_NOT_FOUND, getForm, listingCodes } from '../forms/form';
import { FLOW_STATUSES, type FlowStatus } from '../forms/state';
import { foundFormResponseOutputFields, foundFormResponseSample, foundFormResponseShape, readFormResponse } from '../forms/responses';
import { explainCodes, sendAction } from '../creates/shared/request';
import { RESPONSE_LIMIT, responsesOutput, responsesOutputFields, responsesResult } from './responses-result';

const inputFields = defineInputFields([
  formField(true, 'The form whose responses to search.'),
  {
    key: 'response',
    label: 'Response',
    type: 'string',
    required: false,
    dynamic: 'list_form_responses.id.name',
    helpText: 'One response by its ID (pick it, or map a Response ID). With a response given, the filters below are not used.',
  },
  personField('user', 'User', false, 'Only this person’s responses: their email, full name or user ID. Anonymous responses never match.'),
  { key: 'search', label: 'Text', type: 'string', required: false, helpText: 'Only responses whose answers, or submitter’s name or email, contain this text (at most 256 characters).' },
  {
    key: 'status',
    label: 'Approval Status',
    type: 'string',
    required: false,
    choices: FLOW_STATUSES.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1), sample: value })),
    helpText: 'Only responses with this approval status (forms with an approval flow).',
  },
  {
    key: 'state',
    label: 'Workflow State',
    type: 'string',
    required: false,
    dynamic: 'list_form_states.id.name',
    helpText: 'Only responses in this state of the form’s workflow. Pick the form first.',
  },
  dateField('date_from', 'From Date', 'Only responses submitted on this day or later.'),
  dateField('date_to', 'To Date', 'Only responses submitted on this day or earlier.'),
]);

const Inputs = schema((zod) =>
  zod
    .object({
      form: dailybotId(zod),
      response: optionalDailybotId(zod),
      user: optionalText(zod, 320),
      search: optionalText(zod, 256),
      status: oneOf(zod, FLOW_STATUSES),
      state: optionalText(zod, 100),
      date_from: date(zod),
      date_to: date(zod),
    })
    .refine((v) => v.date_from === undefined || v.date_to === undefined || v.date_to >= v.date_from, {
      path: ['date_to'],
      message: 'is before “From Date”: the last day must be the same as the first or later',
    }),
);

export const output = responsesOutput(foundFormResponseShape);

/** A listing page: DailyBot's envelope (its `count` is every match), or a bare array. */
const Listing = schema((zod) =>
  zod.union([
    zod.array(zod.unknown()).transform((results) => ({ count: results.length, results })),
    PageEnvelope.get().transform((page) => ({ count: page.count ?? page.results.length, results: page.results as unknown[] })),
  ]),
);

/** `GET /forms/{uuid}/responses/{rid}/`: the response, or undefined for a 404 (a miss; a missing form is an error). */
export const getFormResponse = async (z: ZObject, bundle: Bundle, form: string, response: string): Promise<unknown> => {
  const answer = await send(z, bundle, { path: `/forms/${encodeURIComponent(form)}/responses/${encodeURIComponent(response)}/`, allowStatuses: [404] });
  if (answer.status !== 404) return answer.data;
  if (parseErrorBody(answer.data).code === 'form_does_not_exists') throw new z.errors.Error(FORM_NOT_FOUND, 'form_does_not_exists', 404);
  return undefined;
};

const perform = (async (z, bundle) => {
  const input = parseInputs(z, Inputs, bundle.inputData, inputFields);
  let items: unknown[];
  let count: number;
  if (input.response) {
    const found = await getFormResponse(z, bundle, input.form, input.response);
    items = found === undefined ? [] : [found];
    count = items.length;
  } else {
    const user = input.user === undefined ? undefined : await resolveUser(z, bundle, input.user, 'User');
    const answer = await sendAction(z, bundle, {
      path: `/forms/${encodeURIComponent(input.form)}/responses/`,
      // `limit` for limit/offset deployments, `page_size` for page/page_size ones (SURFACE.md, Lists)
      params: {
        all: 'true',
        order: 'recent',
        user: user?.uuid.toLowerCase(),
        search: input.search,
        flow_status: input.status,
        state: input.state,
        date_from: input.date_from,
        date_to: input.date_to,
        limit: RESPONSE_LIMIT,
        page_size: RESPONSE_LIMIT,
      },
      notFound: FORM_NOT_FOUND,
      peopleField: 'User',
      explain: explainCodes(listingCodes(input.state)),
    });
    const listing = parseAnswer(z, Listing, answer.data, 'the form’s responses');
    items = listing.results;
    count = Math.max(listing.count, items.length);
  }
  if (items.length === 0) return [];
  const form = await getForm(z, bundle, input.form);
  // a listing filtered by approval status gives it to items that do not carry their own; one read by ID was not filtered
  const filteredBy = input.response ? undefined : (input.status as FlowStatus | undefined);
  const found = items.map((item) => readFormResponse(z, item, form, filteredBy));
  const result = responsesResult(found);
  return [{ ...result, response_count: count, responses_cut: count > result.responses.length }];
}) satisfies SearchPerform;

export default defineSearch({
  key: 'find_form_response',
  noun: 'Form Response',
  display: {
    label: 'Find Form Response',
    description:
      'Finds a form response by its ID, or by person, text, approval status, workflow state and days: the newest one’s fields, and every match (up to 100, newest first) as line items.',
  },
  operation: {
    inputFields,
    perform,
    sample: responsesResult([foundFormResponseSample]),
    outputFields: responsesOutputFields(foundFormResponseOutputFields, 'form', 2),
  },
});
