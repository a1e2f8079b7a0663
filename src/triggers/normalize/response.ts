/**
 * What check-in responses and form responses share: reading DailyBot's three ways of writing answers,
 * and the flat, mappable output both triggers give (answers as a list, as `question_N`/`answer_N`
 * pairs, and as one readable block).
 *
 * DailyBot writes answers as
 * - `content` keyed by question UUID, with the questions in `questions.fields` (webhooks);
 * - `responses: [{question, question_short, question_type, response, is_blocker}]` (the check-in
 *   responses listing, `GET /checkins/{uuid}/responses/`);
 * - `responses: {question_1, question_1_short, response_1, …}` (form webhooks, next to `content`).
 * The first that is present wins, in that order.
 */
import type { ZObject } from 'zapier-platform-core';
import type * as Zod from 'zod';

import { namePartsOf } from '../../names';
import { schema, type Infer, type ZodModule } from '../../schemas/lazy';
import { derivedId, flatUser, isRecord, PayloadUser, unreadablePayload, usableId } from './common';
import { dateReader } from './dates';
import { ANSWER_LIMIT, cutText, htmlToText, readableQuestion, TEXT_LIMIT, valueToText } from './text';
import type { Answer } from './response-output';

// ---------------------------------------------------------------------------------------------
// What DailyBot sends

/** A field DailyBot may add, drop or send in another type: read when it is what we expect, else ignored. */
const lenient = <T extends Zod.ZodType>(field: T) => field.nullish().catch(undefined);

/** A check-in or form as payloads name it: `{uuid|id, name}`, or just its UUID. */
export const PayloadRef = schema((zod) =>
  zod.union([
    zod.string().transform((uuid) => ({ uuid: usableId(uuid) ?? undefined, name: undefined as string | undefined })),
    zod
      .looseObject({ uuid: lenient(zod.string()), id: lenient(zod.union([zod.string(), zod.number()])), name: lenient(zod.string()) })
      .transform((ref) => ({ ...ref, uuid: usableId(ref.uuid) ?? usableId(ref.id) ?? undefined, name: ref.name ? cutText(ref.name) : undefined })),
  ]),
);
export type PayloadRef = Infer<typeof PayloadRef>;

const PayloadQuestion = schema((zod) =>
  zod.looseObject({
    uuid: lenient(zod.string()),
    question: lenient(zod.string()),
    question_short: lenient(zod.string()),
    // the question with its `{…}` template variables taken out (null when it has none)
    question_without_special_vars: lenient(zod.string()),
    question_type: lenient(zod.string()),
    is_blocker: lenient(zod.boolean()),
    is_hidden: lenient(zod.boolean()),
  }),
);

const ListedAnswer = schema((zod) =>
  zod.looseObject({
    question: lenient(zod.string()),
    question_short: lenient(zod.string()),
    question_type: lenient(zod.string()),
    response: zod.unknown().optional(),
    is_blocker: lenient(zod.boolean()),
  }),
);

/** A response (check-in or form) in any of the shapes DailyBot sends; everything but its UUID is optional. */
export const ResponsePayload = schema((zod) =>
  zod.looseObject({
    uuid: lenient(zod.string()),
    id: lenient(zod.union([zod.string(), zod.number()])),
    user: lenient(zod.union([zod.string().transform((uuid) => ({ uuid })), PayloadUser.get()])),
    is_anonymous: lenient(zod.boolean()),
    checkins: lenient(zod.array(PayloadRef.get())),
    checkin: lenient(PayloadRef.get()),
    followup: lenient(PayloadRef.get()),
    form: lenient(PayloadRef.get()),
    content: lenient(zod.record(zod.string(), zod.unknown())),
    questions: lenient(zod.looseObject({ fields: lenient(zod.array(PayloadQuestion.get())) })),
    responses: lenient(zod.union([zod.array(ListedAnswer.get()), zod.record(zod.string(), zod.unknown())])),
    has_issue: lenient(zod.boolean()),
    blockers_status: lenient(zod.record(zod.string(), zod.unknown())),
    created_at: lenient(zod.union([zod.string(), zod.number()])),
    updated_at: lenient(zod.union([zod.string(), zod.number()])),
  }),
);
export type ResponsePayload = Infer<typeof ResponsePayload>;

export interface ResponseContext {
  /** The DailyBot event the output is for (`followups.response.completed`…). */
  event: string;
  /** The envelope's `event_timestamp`: epoch seconds or ISO 8601. */
  eventTimestamp?: unknown;
}

/** The parts of a response output that do not depend on whether it answers a check-in or a form. */
export interface ResponseParts {
  payload: ResponsePayload;
  head: { id: string; response_uuid: string | null; event: string; event_timestamp: string | null };
  tail: {
    user_uuid: string | null;
    user_full_name: string | null;
    user_first_name: string | null;
    user_last_name: string | null;
    user_email: string | null;
    is_anonymous: boolean;
    has_blocker: boolean;
    created_at: string | null;
    updated_at: string | null;
    answers: Answer[];
    answers_text: string;
    unreadable_dates?: string;
  };
  numbered: Record<string, string | null>;
}

/** One answer; its texts readable (questions without template variables, HTML removed) and cut to TEXT_LIMIT. */
const answer = (question: { text?: unknown; short?: unknown; withoutVariables?: unknown }, raw: unknown, isBlocker: boolean): Answer => {
  const response = valueToText(raw);
  return {
    question: readableQuestion(question.text, question.withoutVariables),
    question_short: readableQuestion(question.short),
    response: response === null ? null : cutText(response),
    response_text: response === null ? null : cutText(htmlToText(response)),
    is_blocker: isBlocker,
  };
};

/**
 * An answer and the place it takes among `question_N`/`answer_N` (1-based). `asked` is false for a
 * hidden question nobody was asked: it keeps its place (so the next question's answer does not move
 * up into it) but is left out of the `answers` list.
 */
interface Placed {
  answer: Answer;
  position: number;
  asked: boolean;
}

/**
 * Answers from `content` (by question UUID) and `questions.fields`, in the questions' order.
 *
 * `answer_N` is the N-th question of the check-in or form, always: each answer takes the place of its
 * question in `questions.fields` (the whole question list, hidden ones included), and a question
 * nobody answered leaves its place empty. Reading past hidden questions instead would move later
 * answers up by one whenever conditional logic hid a question, so a Zap mapping "Answer: Plans for
 * Today" (answer_2, labelled from the check-in's own questions: answer-fields.ts) would get another
 * question's answer on some days. Per-question keys (by question UUID) were the other choice; they
 * would also survive questions being reordered, but DailyBot's responses listing (Find Check-in
 * Responses, the test step) names no question UUIDs, and `answer_N` keys are public API already.
 */
const fromContent = (payload: ResponsePayload, content: Record<string, unknown>): Placed[] => {
  const fields = (payload.questions?.fields ?? []).slice(0, ANSWER_LIMIT);
  const blockers = payload.blockers_status;
  const seen = new Set<string>();
  const placed: Placed[] = fields.map((field, i) => {
    const key = field.uuid ?? undefined;
    const answered = key !== undefined && Object.hasOwn(content, key);
    if (key !== undefined) seen.add(key);
    const isBlocker = blockers ? key !== undefined && blockers[key] === true : field.is_blocker === true && payload.has_issue !== false;
    const text = { text: field.question, short: field.question_short, withoutVariables: field.question_without_special_vars };
    // questions nobody was asked (hidden, or skipped by conditional logic) keep their place, empty
    return { answer: answer(text, answered ? content[key] : null, isBlocker), position: i + 1, asked: answered || !field.is_hidden };
  });
  let asked = placed.filter((p) => p.asked).length;
  for (const [key, raw] of Object.entries(content)) {
    if (asked >= ANSWER_LIMIT) break;
    if (seen.has(key)) continue;
    placed.push({ answer: answer({}, raw, blockers?.[key] === true), position: placed.length + 1, asked: true });
    asked += 1;
  }
  return placed;
};

/** Answers from a form webhook's `responses: {question_1, question_1_short, response_1, …}`, each at its own number. */
const fromNumbered = (responses: Record<string, unknown>): Placed[] => {
  const numbers = new Set<number>();
  for (const key of Object.keys(responses)) {
    const m = /^(?:question|response)_(\d+)$/.exec(key);
    if (m) numbers.add(Number(m[1]));
  }
  return [...numbers]
    .sort((a, b) => a - b)
    .filter((n) => n >= 1)
    .slice(0, ANSWER_LIMIT)
    .map((n) => ({
      answer: answer({ text: responses[`question_${n}`], short: responses[`question_${n}_short`] }, responses[`response_${n}`], false),
      position: n,
      asked: true,
    }));
};

/** In order, each where it is listed (the responses listing gives neither question UUIDs nor places). */
const inOrder = (answers: Answer[]): Placed[] => answers.map((a, i) => ({ answer: a, position: i + 1, asked: true }));

const readAnswers = (payload: ResponsePayload): Placed[] => {
  const content = payload.content ?? undefined;
  const hasFields = (payload.questions?.fields?.length ?? 0) > 0;
  if (content && hasFields) return fromContent(payload, content);
  if (Array.isArray(payload.responses)) {
    return inOrder(
      payload.responses
        .slice(0, ANSWER_LIMIT)
        .map((item) => answer({ text: item.question, short: item.question_short }, item.response, item.is_blocker === true)),
    );
  }
  if (isRecord(payload.responses) && Object.keys(payload.responses).length > 0) return fromNumbered(payload.responses);
  if (content) return fromContent(payload, content);
  return [];
};

/** "Question short: answer" lines; an answer on several lines is indented under its question. Cut to TEXT_LIMIT. */
const answersText = (answers: Answer[]): string => {
  const lines: string[] = [];
  let length = 0;
  for (const [i, a] of answers.entries()) {
    if (length > TEXT_LIMIT) break;
    const label = a.question_short ?? a.question ?? `Question ${i + 1}`;
    const text = a.response_text ?? '';
    const line = text.includes('\n') ? `${label}:\n${text.replace(/^/gm, '  ')}` : `${label}: ${text}`;
    lines.push(line);
    length += line.length + 1;
  }
  return cutText(lines.join('\n'));
};

/** The delivery's id: unique per response and per kind of event (an update's id holds its time). */
export const deliveryId = (uuid: string, event: string, updatedAt: string | null, eventTimestamp: string | null): string => {
  if (event.endsWith('.deleted')) return `${uuid}:deleted`;
  if (event.endsWith('.updated')) return `${uuid}:${updatedAt ?? eventTimestamp ?? 'updated'}`;
  return uuid;
};

/**
 * Reads a response payload (webhook body or listing item) into the parts every response output shares.
 * `what` names the payload in the error for one that cannot be read ("a check-in response").
 */
export const readResponse = (z: ZObject, body: unknown, ctx: ResponseContext, what: string): ResponseParts => {
  if (!isRecord(body)) throw unreadablePayload(z, what, body === undefined || body === null ? 'it was empty' : 'it was not an object');
  const payload = ResponsePayload.parse(body);
  // a delivery without its response's ID is still passed on, under an ID made from its content
  const uuid = usableId(payload.uuid) ?? usableId(payload.id);

  const placed = readAnswers(payload);
  const answers = placed.filter((p) => p.asked).map((p) => p.answer);
  const dates = dateReader();
  const createdAt = dates.read('created_at', payload.created_at);
  const updatedAt = dates.read('updated_at', payload.updated_at);
  const eventTimestamp = dates.read('event_timestamp', ctx.eventTimestamp) ?? updatedAt ?? createdAt;
  const id = uuid ? deliveryId(uuid, ctx.event, updatedAt, eventTimestamp) : derivedId(ctx.event, ctx.eventTimestamp, body);

  const user = flatUser(payload.user);
  const isAnonymous = payload.is_anonymous ?? user.uuid === null;
  const who = isAnonymous ? { uuid: null, full_name: null, email: null } : user;

  const numbered: Record<string, string | null> = {};
  for (const { answer: a, position } of placed) {
    numbered[`question_${position}`] = a.question ?? a.question_short;
    numbered[`answer_${position}`] = a.response_text;
  }

  return {
    payload,
    head: { id, response_uuid: uuid, event: ctx.event, event_timestamp: eventTimestamp },
    tail: {
      user_uuid: who.uuid,
      user_full_name: who.full_name,
      ...namePartsOf('user_', who.full_name),
      user_email: who.email,
      is_anonymous: isAnonymous,
      has_blocker: payload.has_issue ?? answers.some((a) => a.is_blocker),
      created_at: createdAt,
      updated_at: updatedAt,
      answers,
      answers_text: answersText(answers),
      ...dates.unreadable(),
    },
    numbered,
  };
};
