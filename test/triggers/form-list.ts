/** The requests the form triggers' test step sends, for a fixed "now" (2026-03-10, UTC; see checkin-list.ts). */
import nock from 'nock';

import { form, page } from '../fixtures/seeds';
import { FORM_UUID, formResponseBody } from '../fixtures/webhooks';
import { API } from '../helpers';

export { freezeNow, NOW } from './checkin-list';

/** Forms name the days `date_from`/`date_to` (check-ins: `date_start`/`date_end`). */
export const FORM_RANGE = { date_from: '2026-03-03', date_to: '2026-03-10' };

const Q3 = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';

/**
 * A form response as the listing is assumed to give it (the webhook body, DailyBot shows no item), for
 * a three-question form: the documented two-question body with a third question and answer.
 */
export const listedFormResponse = (overrides: Record<string, unknown> = {}) => {
  const body = formResponseBody();
  const [first] = body.questions.fields;
  return {
    ...body,
    content: { ...body.content, [Q3]: '<p>Sam covers the on-call.</p>' },
    responses: { ...body.responses, question_3: 'Who covers for you?', question_3_short: 'Cover', response_3: '<p>Sam covers the on-call.</p>' },
    questions: {
      ...body.questions,
      fields: [
        ...body.questions.fields,
        { ...first!, uuid: Q3, question: 'Who covers for you?', question_short: 'Cover', question_without_special_vars: 'Who covers for you?' },
      ],
    },
    ...overrides,
  };
};

/** `GET /forms/{uuid}/responses/` for the last 7 days, everyone's, one page. */
export const formResponsesOf = (uuid: string, items: unknown[], range = FORM_RANGE) =>
  nock(API)
    .get(`/forms/${uuid}/responses/`)
    .query({ ...range, all: 'true', limit: '50', page_size: '50' })
    .reply(200, page(items));

/** `GET /forms/` (a bare array; the first page is all there is). */
export const formsListing = (forms: unknown[] = [form]) => nock(API).get('/forms/').query({ limit: '100', page_size: '100' }).reply(200, forms);

/** The test step with no form chosen: the seeds' one form, and its recent responses (the documented body). */
export const mockRecentFormResponses = (items: unknown[] = [formResponseBody()]) => {
  formsListing();
  formResponsesOf(FORM_UUID, items);
};

export { FORM_UUID };
