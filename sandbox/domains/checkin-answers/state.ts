/**
 * Answering a check-in as the API key's owner (`POST /checkins/{id}/responses/`) and replacing the
 * day's answers (`PUT`), with every refusal DailyBot's CLI lists (dailybot-api-more.md §1.1): not a
 * participant, a paused check-in, past or future days, too early, questions changed since read, an
 * answer of the wrong type. Writes go through the check-ins domain, so webhooks fire as for any response.
 */
import { ApiError, badRequest, notFound } from '../../core/errors';
import type { SandboxState } from '..';
import type { User } from '../people/model';
import type { CheckinResponse } from '../checkins/model';
import { DEFAULT_ANSWER_RULES, type AnswerRules } from './model';

export interface ApiAnswer {
  uuid: string;
  index: number;
  response: string | number | boolean;
}

/** DRF's bare list for an answer of the wrong type: it names no question. */
export class NotValidResponse extends Error {
  readonly body = ['response is not valid'];
}

export class CheckinAnswerOperations {
  readonly #s: SandboxState;

  constructor(s: SandboxState) {
    this.#s = s;
  }

  answerRules(checkinId: string): AnswerRules {
    return this.#s.data.answerRules.get(checkinId) ?? DEFAULT_ANSWER_RULES;
  }

  setAnswerRules(checkinId: string, rules: Partial<AnswerRules>): AnswerRules {
    const next = { ...this.answerRules(this.#s.checkin(checkinId).id), ...rules };
    this.#s.data.answerRules.set(checkinId, next);
    return next;
  }

  /** The checks every write makes, in DailyBot's order; the answers keyed by question UUID. */
  #check(checkinId: string, user: User, answers: readonly ApiAnswer[], date: string): Record<string, string> {
    const checkin = this.#s.checkin(checkinId);
    if (!checkin.participants.includes(user.uuid)) throw badRequest('user_is_not_a_followup_member');
    if (!checkin.active) throw badRequest('responses_not_allowed_on_inactive_followup');
    const rules = this.answerRules(checkin.id);
    const today = this.#s.today();
    if (date < today && !rules.allow_past_responses) throw badRequest('previous_responses_are_not_allowed');
    if (date > today && !rules.allow_future_responses) throw badRequest('future_responses_are_not_allowed');
    const now = this.#s.now().toISOString().slice(11, 19);
    if (date === today && !rules.allow_early_responses && checkin.custom_trigger_time && now < checkin.custom_trigger_time) {
      throw badRequest('followup_not_allow_responses_before_trigger_time');
    }
    const questions = this.#s.template(checkin.template).questions;
    const content: Record<string, string> = {};
    for (const answer of answers) {
      const question = questions[answer.index];
      // a question this check-in no longer has at that place: the questions changed since they were read
      if (!question || question.uuid !== answer.uuid.toLowerCase()) {
        throw new ApiError(409, { detail: 'template_questions_version_conflict', code: 'template_questions_version_conflict' });
      }
      const text = String(answer.response);
      if (question.question_type === 'numeric' && !/^-?\d+(\.\d+)?$/.test(text.trim())) throw new NotValidResponse();
      content[question.uuid] = text;
    }
    return content;
  }

  /** `POST`: a new response of the key's owner for `date` (default today). */
  answerCheckin(checkinId: string, user: User, answers: readonly ApiAnswer[], date = this.#s.today()): CheckinResponse {
    const content = this.#check(checkinId, user, answers, date);
    const unanswered = Object.fromEntries(this.#s.template(this.#s.checkin(checkinId).template).questions.filter((q) => !(q.uuid in content)).map((q) => [q.uuid, q.is_blocker ? 'No' : '']));
    return this.#s.completeCheckinResponse(checkinId, { user: user.uuid, date, answers: { ...unanswered, ...content } });
  }

  /** `PUT`: replaces the answers of the owner's response for `date` (default today); none → 404. */
  replaceCheckinAnswers(checkinId: string, user: User, answers: readonly ApiAnswer[], date = this.#s.today()): CheckinResponse {
    const content = this.#check(checkinId, user, answers, date);
    const existing = [...this.#s.responses.values()].find((r) => r.checkin === checkinId && r.user === user.uuid && r.date === date);
    if (!existing) throw notFound();
    return this.#s.updateCheckinResponse(existing.uuid, { answers: content });
  }
}
