/**
 * `POST` and `PUT /checkins/{id}/responses/` (dailybot-api-more.md §1): `{responses: [{uuid, index,
 * response}], last_question_index?, response_date?}`, as the key's owner. The answer is `{uuid}`.
 * `/_sandbox/checkins/{id}/answer-rules` sets what the check-in allows.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { viewer } from '../../core/auth';
import { BodyCheck, isPlainObject } from '../../core/checks';
import type { ControlRoute, Params } from '../../core/domain';
import { badRequest } from '../../core/errors';
import { isDate } from '../../core/time';
import type { SandboxState } from '..';
import type { AnswerRules } from './model';
import { NotValidResponse, type ApiAnswer } from './state';

const readBody = (body: unknown): { answers: ApiAnswer[]; date: string | undefined } => {
  const check = new BodyCheck(body, ['responses', 'last_question_index', 'response_date']);
  const list = check.list('responses', { required: true });
  check.integer('last_question_index', { min: 0 });
  const date = check.body.response_date;
  check.done();
  if (date !== undefined && !isDate(date)) throw badRequest('response_date_format_is_invalid');
  const answers = (list ?? []).map((item) => {
    const ok =
      isPlainObject(item) &&
      typeof item.uuid === 'string' &&
      Number.isInteger(item.index) &&
      (item.index as number) >= 0 &&
      ['string', 'number', 'boolean'].includes(typeof item.response);
    if (!ok) throw badRequest('invalid', 'Invalid input.', { responses: ['Each response needs uuid, index and response.'] });
    return item as unknown as ApiAnswer;
  });
  if (answers.length === 0) throw badRequest('invalid', 'Invalid input.', { responses: ['This list may not be empty.'] });
  return { answers, date: date as string | undefined };
};

/** DRF's bare list for an answer of the wrong type. */
const orNotValid = async (reply: FastifyReply, write: () => unknown) => {
  try {
    return await write();
  } catch (error) {
    if (error instanceof NotValidResponse) return reply.code(400).send(error.body);
    throw error;
  }
};

export const checkinAnswerRoutes = (app: FastifyInstance, state: SandboxState): void => {
  const write = (replace: boolean) => async (req: FastifyRequest<Params<'id'>>, reply: FastifyReply) =>
    orNotValid(reply, () => {
      const id = req.params.id.toLowerCase();
      state.checkin(id);
      const { answers, date } = readBody(req.body);
      const response = replace ? state.replaceCheckinAnswers(id, viewer(req), answers, date) : state.answerCheckin(id, viewer(req), answers, date);
      return reply.code(replace ? 200 : 201).send({ uuid: response.uuid });
    });
  app.post<Params<'id'>>('/checkins/:id/responses/', write(false));
  app.put<Params<'id'>>('/checkins/:id/responses/', write(true));
};

export const CHECKIN_ANSWERS_CONTROL: readonly ControlRoute[] = [
  ['PUT    /_sandbox/checkins/{id}/answer-rules', 'what API responses may do {allow_past_responses?, allow_future_responses?, allow_early_responses?}'],
];

export const checkinAnswersControl = (app: FastifyInstance, state: SandboxState): void => {
  app.put<Params<'id'>>('/checkins/:id/answer-rules', async (req) => {
    const check = new BodyCheck(req.body, ['allow_past_responses', 'allow_future_responses', 'allow_early_responses']);
    const rules: Partial<AnswerRules> = {};
    for (const key of ['allow_past_responses', 'allow_future_responses', 'allow_early_responses'] as const) {
      const value = check.boolean(key);
      if (typeof value === 'boolean') rules[key] = value;
    }
    check.done();
    return state.setAnswerRules(req.params.id.toLowerCase(), rules);
  });
};
