/**
 * What can happen to forms' responses; each change fires its `forms.response.*` webhook. Merged into
 * the state (`state.createFormResponse(…)`).
 */
import { isoDate } from '../../core/time';
import { need } from '../../core/organization';
import type { SandboxState } from '..';
import { answersFor, type Answers } from '../checkins/answers';
import type { EventName } from '../webhooks/events';
import type { Form, FormResponse } from './model';
import { formResponseBody } from './views';

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
    };
    this.#s.data.formResponses.set(response.uuid, response);
    this.#emit('forms.response.created', response);
    return response;
  }

  updateFormResponse(uuid: string, input: { answers?: Answers } = {}): FormResponse {
    const response = need(this.#s.data.formResponses, uuid);
    const template = this.#s.template(this.form(response.form).template);
    const { content } = answersFor(this.#s.rng, template, input.answers, undefined, response.content);
    Object.assign(response, { content, edited: true, updated_at: this.#s.now() });
    this.#emit('forms.response.updated', response);
    return response;
  }

  deleteFormResponse(uuid: string): FormResponse {
    const response = need(this.#s.data.formResponses, uuid);
    this.#emit('forms.response.deleted', response);
    this.#s.data.formResponses.delete(uuid);
    return response;
  }
}
