/**
 * What can happen to forms' responses; each change fires its `forms.response.*` webhook. Merged into
 * the state (`state.createFormResponse(…)`).
 */
import { isoDate } from '../../core/time';
import { need } from '../../core/organization';
import type { SandboxState } from '..';
import { answersFor, type Answers } from '../checkins/answers';
import type { EventName } from '../webhooks/events';
import type { User } from '../people/model';
import { allowedMoves, canChangeState, checkAnswers, checkEdit, checkMove, guestRequired, quotaUsedUp } from './flow';
import type { EditRefusal, FlowStatus, Form, FormResponse } from './model';
import { formResponseBody, responseStateView } from './views';

/** What `POST /forms/{uuid}/responses/` takes (DailyBot's CLI `submit_form_response`). */
export interface Submission {
  content: Record<string, unknown>;
  automation: boolean;
  anonymous: boolean;
  guest: { full_name: string; email: string } | null;
  source: string | null;
}

export class FormOperations {
  readonly #s: SandboxState;

  constructor(s: SandboxState) {
    this.#s = s;
  }

  #emit(event: EventName, r: FormResponse): void {
    this.#s.webhooks.dispatch(event, r.form, this.formResponsePayload(r));
  }

  get forms(): ReadonlyMap<string, Form> {
    return this.#s.data.forms;
  }
  get formResponses(): ReadonlyMap<string, FormResponse> {
    return this.#s.data.formResponses;
  }
  form(id: string): Form {
    return need(this.#s.data.forms, id);
  }

  /**
   * A form's responses submitted between two days (inclusive, UTC; either end may be open), newest
   * first. `user` keeps one person's; an anonymous response never matches it (that would unmask it).
   */
  listFormResponses(id: string, opts: { from?: string; to?: string; user?: string } = {}): FormResponse[] {
    const form = this.form(id);
    const out: FormResponse[] = [];
    for (const r of this.#s.data.formResponses.values()) {
      const day = isoDate(r.created_at);
      if (r.form !== form.id || (opts.from && day < opts.from) || (opts.to && day > opts.to)) continue;
      if (opts.user !== undefined && (r.is_anonymous || r.user !== opts.user)) continue;
      out.push(r);
    }
    return out.sort((a, b) => b.created_at.getTime() - a.created_at.getTime() || (a.uuid < b.uuid ? -1 : 1));
  }

  /** True when `search` (lower case) is in the response's answers or its submitter's name or email (never an anonymous one's). */
  formResponseMatches(r: FormResponse, search: string): boolean {
    const user = r.is_anonymous || !r.user ? undefined : this.#s.data.users.get(r.user);
    const guest = r.is_anonymous ? undefined : r.guest;
    const texts = [...Object.values(r.content), user?.full_name, user?.email, guest?.full_name, guest?.email];
    return texts.some((text) => text !== undefined && text !== null && text.toLowerCase().includes(search));
  }

  /** A form response as webhooks carry it. */
  formResponsePayload(r: FormResponse): ReturnType<typeof formResponseBody> {
    const form = this.form(r.form);
    return formResponseBody(r, this.#s.template(form.template), r.user ? this.#s.data.users.get(r.user) : undefined, this.#s.data.org);
  }

  /** A form is submitted: `forms.response.created`. A guest has no user. */
  createFormResponse(formId: string, input: { user?: string; guest?: boolean; answers?: Answers } = {}): FormResponse {
    const form = this.form(formId);
    const template = this.#s.template(form.template);
    const user = input.guest ? null : input.user !== undefined ? this.#s.requireUser(input.user) : this.#s.data.users.get(this.#s.data.demo.owner)!;
    const { content } = answersFor(this.#s.rng, template, input.answers, undefined);
    const now = this.#s.now();
    const response: FormResponse = {
      uuid: this.#s.rng.uuid(),
      form: form.id,
      user: user?.uuid ?? null,
      is_anonymous: form.collect_responses_anonymously,
      content,
      created_at: now,
      updated_at: now,
      edited: false,
      ...this.#startState(form, user?.full_name ?? 'Guest', now),
      source: user ? (form.collect_responses_anonymously ? 'anonymous' : 'member') : 'public',
      guest: null,
    };
    this.#s.data.formResponses.set(response.uuid, response);
    this.#emit('forms.response.created', response);
    return response;
  }

  #startState(form: Form, actor: string, at: Date): Pick<FormResponse, 'current_state' | 'flow_status' | 'state_history'> {
    const first = form.workflow?.[0]?.key ?? null;
    return {
      current_state: first,
      flow_status: form.use_for_approval ? 'pending' : null,
      state_history: first ? [{ from_state: null, to_state: first, actor_name: actor, note: null, at }] : [],
    };
  }

  /** `POST /forms/{uuid}/responses/` by the key's owner: checked as DailyBot does, then `forms.response.created`. */
  submitFormResponse(formId: string, input: Submission, viewer: User): FormResponse {
    const form = this.form(formId);
    const content = checkAnswers(this.#s.template(form.template), input.content);
    if (form.require_email_and_name && input.automation && !input.guest) throw guestRequired();
    if (this.#s.data.formResponseQuota === 0) throw quotaUsedUp();
    if (this.#s.data.formResponseQuota !== null) this.#s.data.formResponseQuota -= 1;
    const now = this.#s.now();
    const response: FormResponse = {
      uuid: this.#s.rng.uuid(),
      form: form.id,
      user: viewer.uuid,
      is_anonymous: form.collect_responses_anonymously || input.anonymous,
      content,
      created_at: now,
      updated_at: now,
      edited: false,
      ...this.#startState(form, input.guest?.full_name ?? (input.automation ? 'Automation' : viewer.full_name), now),
      source: input.automation ? 'automation' : input.anonymous ? 'anonymous' : 'member',
      guest: input.guest,
    };
    this.#s.data.formResponses.set(response.uuid, response);
    this.#emit('forms.response.created', response);
    return response;
  }

  /** A response as `GET /forms/{uuid}/responses/` lists it for `viewer`: the webhook body and its workflow fields. */
  formResponseItem(r: FormResponse, viewer: User): ReturnType<typeof formResponseBody> & ReturnType<typeof responseStateView> {
    const form = this.form(r.form);
    return { ...this.formResponsePayload(r), ...responseStateView(r, allowedMoves(form, r, viewer), canChangeState(form, viewer), this.#s.data.org) };
  }

  /** Moves a response to another workflow state as `by` (checked as DailyBot does): `forms.response.updated`. */
  moveFormResponse(uuid: string, to: string, by: User, note: string | null = null): FormResponse {
    const r = need(this.#s.data.formResponses, uuid);
    checkMove(this.form(r.form), r, to, by);
    const now = this.#s.now();
    r.state_history.push({ from_state: r.current_state, to_state: to, actor_name: by.full_name, note, at: now });
    Object.assign(r, { current_state: to, updated_at: now });
    this.#emit('forms.response.updated', r);
    return r;
  }

  /**
   * An approver decides (the approval flow has no API: DailyBot's CLI filters on it only): the
   * response's `flow_status`, and its state too when the workflow has one of that name.
   */
  decideFormResponse(uuid: string, status: Exclude<FlowStatus, 'pending'>, by: User): FormResponse {
    const r = need(this.#s.data.formResponses, uuid);
    const form = this.form(r.form);
    if (!form.use_for_approval) throw new Error(`The form “${form.name}” has no approval flow.`);
    const now = this.#s.now();
    if (form.workflow?.some((s) => s.key === status) && r.current_state !== status) {
      r.state_history.push({ from_state: r.current_state, to_state: status, actor_name: by.full_name, note: null, at: now });
      r.current_state = status;
    }
    Object.assign(r, { flow_status: status, updated_at: now });
    this.#emit('forms.response.updated', r);
    return r;
  }

  /** Form responses the plan still allows (null: no limit). */
  setFormResponseQuota(remaining: number | null): void {
    this.#s.data.formResponseQuota = remaining;
  }

  updateFormResponse(uuid: string, input: { answers?: Answers } = {}): FormResponse {
    const response = need(this.#s.data.formResponses, uuid);
    const template = this.#s.template(this.form(response.form).template);
    const { content } = answersFor(this.#s.rng, template, input.answers, undefined, response.content);
    Object.assign(response, { content, edited: true, updated_at: this.#s.now() });
    this.#emit('forms.response.updated', response);
    return response;
  }

  /** How someone else's response is refused to an edit or delete (`PUT /_sandbox/forms/edit-refusal`). */
  setFormResponseEditRefusal(refusal: EditRefusal): void {
    this.#s.data.formResponseEditRefusal = refusal;
  }

  /** `PATCH /forms/{uuid}/responses/{rid}/` as `by`: the answers given are merged in (state unchanged): `forms.response.updated`. */
  editFormResponse(uuid: string, content: Record<string, unknown>, by: User): FormResponse {
    const r = need(this.#s.data.formResponses, uuid);
    checkEdit(r, by, this.#s.data.formResponseEditRefusal, 'edit');
    const answers = checkAnswers(this.#s.template(this.form(r.form).template), content, true);
    Object.assign(r, { content: { ...r.content, ...answers }, edited: true, updated_at: this.#s.now() });
    this.#emit('forms.response.updated', r);
    return r;
  }

  /** `DELETE /forms/{uuid}/responses/{rid}/` as `by`: `forms.response.deleted`. */
  removeFormResponse(uuid: string, by: User): void {
    const r = need(this.#s.data.formResponses, uuid);
    checkEdit(r, by, this.#s.data.formResponseEditRefusal, 'delete');
    this.deleteFormResponse(uuid);
  }

  deleteFormResponse(uuid: string): FormResponse {
    const response = need(this.#s.data.formResponses, uuid);
    this.#emit('forms.response.deleted', response);
    this.#s.data.formResponses.delete(uuid);
    return response;
  }
}
