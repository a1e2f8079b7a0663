/**
 * A form's rules, as DailyBot's CLI forms skill describes them (dailybot-api-beyond.md §3): who may
 * move a response between the workflow's states, where it may go, and what a submission must hold.
 *
 * - States are ordered; the first is where a response starts, the last is final. A response in the
 *   final state cannot move out unless the form allows reopening (403 `final_state_locked`).
 * - `who_can_change_states`: everyone with access, or a restricted list of people (403
 *   `form_response_change_state_forbidden`, even for admins: the skill says the audience decides).
 * - A state the form does not have, or any state on a form without a workflow: 400
 *   `invalid_workflow_state`.
 * - Answers must fit their question's type (a number for `numeric`, `YYYY-MM-DD` for `date`),
 *   and required questions must be answered; else 400 "response is not valid" without naming the
 *   question (the CLI check-in skill: forms share the model). An automation submitting to a form
 *   that requires name and email must name a guest (400 `guest_user_required`).
 */
import { ApiError, badRequest } from '../../core/errors';
import { isDate } from '../../core/time';
import type { Template } from '../checkins/model';
import type { User } from '../people/model';
import type { EditRefusal, Form, FormResponse } from './model';

export const canChangeState = (form: Form, viewer: User): boolean =>
  form.state_changers === 'everyone' || form.state_changers.includes(viewer.uuid);

const isFinalAndLocked = (form: Form, r: FormResponse): boolean =>
  !form.allow_reopen_from_final_state && form.workflow !== null && r.current_state === form.workflow.at(-1)?.key;

/** The moves `viewer` may make from where the response is (`allowed_transitions`). */
export const allowedMoves = (form: Form, r: FormResponse, viewer: User): Array<{ to_state: string; label: string }> => {
  if (!form.workflow || !canChangeState(form, viewer) || isFinalAndLocked(form, r)) return [];
  return form.workflow.filter((s) => s.key !== r.current_state).map((s) => ({ to_state: s.key, label: `Move to ${s.label.toLowerCase()}` }));
};

/** Throws DailyBot's error for a move `viewer` may not make. */
export const checkMove = (form: Form, r: FormResponse, to: string, viewer: User): void => {
  if (!form.workflow || !form.workflow.some((s) => s.key === to)) {
    throw badRequest('invalid_workflow_state', form.workflow ? `“${to}” is not a state of this form.` : 'This form has no workflow states.');
  }
  if (!canChangeState(form, viewer)) {
    throw new ApiError(403, { detail: 'Caller is not in the state_change_permission audience.', code: 'form_response_change_state_forbidden' });
  }
  if (isFinalAndLocked(form, r)) {
    throw new ApiError(403, { detail: 'The response is in a final state and the form does not allow reopening.', code: 'final_state_locked' });
  }
};

/** A state filter on a form's responses: DailyBot refuses one on a form without that state. */
export const checkStateFilter = (form: Form, state: string): void => {
  if (!form.workflow) throw badRequest('invalid_workflow_state', 'This form has no workflow states.');
  if (!form.workflow.some((s) => s.key === state)) throw badRequest('invalid_workflow_state', `“${state}” is not a state of this form.`);
};

const NOT_VALID = (): ApiError => badRequest('invalid', 'response is not valid');

/**
 * Whether `viewer` may edit (or delete) response `r`: its author always; anyone else as the sandbox's
 * switch says (model.ts `formResponseEditRefusal`), each refusal in DailyBot's words.
 */
export const checkEdit = (r: FormResponse, viewer: User, refusal: EditRefusal, action: 'edit' | 'delete'): void => {
  if (r.user === viewer.uuid || refusal === 'none') return;
  if (refusal === '404' && action === 'edit') throw new ApiError(404, { detail: 'Form response not found.', code: 'form_response_not_found' });
  throw new ApiError(403, {
    detail: action === 'edit' ? 'You can only edit your own responses.' : 'Only the author, the form owner or an admin can delete this response.',
    code: action === 'edit' ? 'form_response_edit_forbidden' : 'form_response_delete_forbidden',
  });
};

/** The answers of a submission as text (how the sandbox keeps them), or DailyBot's 400. `partial`: an edit, where nothing is required. */
export const checkAnswers = (template: Template, content: Record<string, unknown>, partial = false): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const key of Object.keys(content)) if (!template.questions.some((q) => q.uuid === key)) throw NOT_VALID();
  for (const q of template.questions) {
    const value = content[q.uuid];
    const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (blank) {
      if (!q.is_optional && !partial) throw NOT_VALID();
      continue;
    }
    if (q.question_type === 'numeric' && (typeof value !== 'number' || !Number.isFinite(value))) throw NOT_VALID();
    if (q.question_type === 'date' && (typeof value !== 'string' || !isDate(value.trim()))) throw NOT_VALID();
    if (q.question_type === 'text' && typeof value !== 'string') throw NOT_VALID();
    out[q.uuid] = String(value);
  }
  return out;
};

export const guestRequired = (): ApiError =>
  badRequest('guest_user_required', 'This form requires the submitter’s name and email: send guest_user with automation.');

export const quotaUsedUp = (): ApiError =>
  new ApiError(402, { detail: 'Your plan’s form responses are used up. Upgrade to collect more.', code: 'form_responses_limit_reached' });
