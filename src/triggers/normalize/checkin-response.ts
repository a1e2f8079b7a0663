/**
 * A check-in response, flat and mappable, from a `followups.response.*` webhook body or from an item
 * of `GET /checkins/{uuid}/responses/` (which names no check-in: it comes from `ctx.checkin`).
 * Shared by the check-in triggers and the Find Check-in Responses search.
 */
import type { ZObject } from 'zapier-platform-core';

import { schema, type Infer } from '../../schemas/lazy';
import { deliveryId, readResponse, type ResponsePayload } from './response';
import { responseHeadShape, responseOutputFields, responseTailShape, withNumberedAnswers } from './response-output';

export interface CheckinResponseContext {
  /** The DailyBot event (`followups.response.completed`, `.updated`, `.deleted`). */
  event: string;
  /** The envelope's `event_timestamp` (epoch seconds or ISO 8601); without it, `updated_at`, else `created_at`. */
  eventTimestamp?: unknown;
  /** The check-in, when the payload does not name it (API listings). */
  checkin?: { uuid: string; name?: string | null };
}

export const CheckinResponseOutput = schema((zod) =>
  withNumberedAnswers(
    zod.looseObject({
      ...responseHeadShape(zod),
      checkin_uuid: zod.string().nullable(),
      checkin_name: zod.string().nullable(),
      ...responseTailShape(zod),
    }),
  ),
);
export type CheckinResponse = Infer<typeof CheckinResponseOutput>;

/**
 * The check-in a payload names (`checkins: [{uuid, name}]`, or `checkin`/`followup`), else the context's.
 * A response listed under several check-ins is given as the context's check-in when it is one of them.
 */
const checkinOf = (payload: ResponsePayload, ctx: CheckinResponseContext): { uuid: string | null; name: string | null } => {
  const named = [...(payload.checkins ?? []), payload.checkin, payload.followup].filter((ref) => ref?.uuid);
  const chosen = named.find((ref) => ref?.uuid === ctx.checkin?.uuid) ?? named[0];
  if (chosen?.uuid) {
    const fromContext = ctx.checkin?.uuid === chosen.uuid ? ctx.checkin.name : undefined;
    return { uuid: chosen.uuid, name: chosen.name || fromContext || null };
  }
  return { uuid: ctx.checkin?.uuid || null, name: ctx.checkin?.name || null };
};

export const normalizeCheckinResponse = (z: ZObject, body: unknown, ctx: CheckinResponseContext): CheckinResponse => {
  const { payload, head, tail, numbered } = readResponse(z, body, ctx, 'a check-in response');
  const checkin = checkinOf(payload, ctx);
  return { ...head, checkin_uuid: checkin.uuid, checkin_name: checkin.name, ...tail, ...numbered };
};

export const checkinResponseSample: CheckinResponse = {
  id: '9c1d7a52-3f4e-4b8a-9d2c-6e5f4a3b2c1d',
  response_uuid: '9c1d7a52-3f4e-4b8a-9d2c-6e5f4a3b2c1d',
  event: 'followups.response.completed',
  event_timestamp: '2024-02-05T17:34:31.495Z',
  checkin_uuid: 'b1b292b3-29b2-4235-8103-321ed749db8d',
  checkin_name: 'Team standups',
  user_uuid: '5945bf02-66f5-4b29-bbd6-07421dfa0a87',
  user_full_name: 'John Wick',
  user_first_name: 'John',
  user_last_name: 'Wick',
  user_email: 'john@example.com',
  is_anonymous: false,
  has_blocker: true,
  created_at: '2024-02-05T12:34:29-05:00',
  updated_at: '2024-02-05T12:34:29.181095-05:00',
  answers: [
    {
      question: 'What did you complete in your previous workday?',
      question_short: 'Previous work day progress',
      response: '<p>Shipped the <strong>billing export</strong> &amp; fixed two login bugs.</p>',
      response_text: 'Shipped the billing export & fixed two login bugs.',
      is_blocker: false,
    },
    {
      question: 'What are you planning to work on today?',
      question_short: 'Plans for today',
      response: 'Review the Q3 roadmap with the team.',
      response_text: 'Review the Q3 roadmap with the team.',
      is_blocker: false,
    },
    {
      question: 'Do you have any blockers? If so, just tell me. Otherwise please say: no.',
      question_short: 'Any blockers?',
      response: 'Waiting on access to the staging database.',
      response_text: 'Waiting on access to the staging database.',
      is_blocker: true,
    },
  ],
  question_1: 'What did you complete in your previous workday?',
  answer_1: 'Shipped the billing export & fixed two login bugs.',
  question_2: 'What are you planning to work on today?',
  answer_2: 'Review the Q3 roadmap with the team.',
  question_3: 'Do you have any blockers? If so, just tell me. Otherwise please say: no.',
  answer_3: 'Waiting on access to the staging database.',
  answers_text:
    'Previous work day progress: Shipped the billing export & fixed two login bugs.\n' +
    'Plans for today: Review the Q3 roadmap with the team.\n' +
    'Any blockers?: Waiting on access to the staging database.',
};

/** The sample as a trigger for `event` gives it (an update's id holds its time, a deletion's says so). */
export const checkinResponseSampleFor = (event: string): CheckinResponse => ({
  ...checkinResponseSample,
  id: deliveryId(checkinResponseSample.response_uuid ?? checkinResponseSample.id, event, checkinResponseSample.updated_at, checkinResponseSample.event_timestamp),
  event,
});

export const checkinResponseOutputFields = responseOutputFields(
  [
    { key: 'checkin_uuid', label: 'Check-in ID' },
    { key: 'checkin_name', label: 'Check-in Name' },
  ],
  3,
  'checkin',
);
