/** Forms and their responses in DailyBot's API (seed 002, dailybot-api-notes.md §2.5). */
import type { FastifyInstance } from 'fastify';

import { viewer } from '../../core/auth';
import { UUID_PATTERN } from '../../core/checks';
import type { Params } from '../../core/domain';
import { ApiError, badRequest, invalid } from '../../core/errors';
import { paginate, queryFlag, queryParam } from '../../core/paging';
import { isDate } from '../../core/time';
import type { SandboxState } from '..';
import { BodyCheck } from '../../core/checks';
import { checkStateFilter } from './flow';
import { formDetailView, formView } from './views';

export const formRoutes = (app: FastifyInstance, state: SandboxState): void => {
  /** A bare array, not the paged envelope. */
  app.get('/forms/', async () => [...state.forms.values()].map(formView));

  /**
   * `GET /forms/{uuid}/responses/` (dailybot-api-notes.md §2.5, from DailyBot's newest docs and its CLI):
   * caller-scoped, so only the key owner's own responses unless `all=true` or `user=<uuid>`, which
   * only admins may ask for (the form's owner may too; the sandbox keeps no form owners). Days
   * are `date_from`/`date_to` (not check-ins' `date_start`/`date_end`), both optional; paged with
   * limit/offset. The docs show no item: the sandbox gives the webhook body (views.ts), the one
   * shape DailyBot has published for a form response, with the workflow fields of the CLI forms
   * skill's single response. `state` (400 `invalid_workflow_state` on a form without it),
   * `flow_status` (ignored on a form without an approval flow, as the skill says) and `order`
   * (`recent` by default, `oldest`) filter and sort; `search` (≤ 256 characters) matches the answers
   * and the submitter's name and email, never an anonymous response's submitter (dailybot-api-more.md §4).
   */
  app.get<Params<'uuid'>>('/forms/:uuid/responses/', async (req) => {
    const form = formOf(req.params.uuid);
    const from = queryParam(req, 'date_from') || undefined;
    const to = queryParam(req, 'date_to') || undefined;
    const errors: Record<string, string[]> = {};
    for (const [name, value] of [['date_from', from], ['date_to', to]] as const) {
      if (value !== undefined && !isDate(value)) errors[name] = ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'];
    }
    if (Object.keys(errors).length > 0) throw invalid(errors);
    if (from && to && to < from) throw badRequest('invalid_date_range', 'date_from must be on or before date_to.');
    const user = queryParam(req, 'user') || undefined;
    if (user !== undefined && !UUID_PATTERN.test(user)) throw badRequest('invalid_user_identifier', 'The user filter takes a user UUID.');
    const me = viewer(req);
    const everyone = queryFlag(req, 'all');
    if ((everyone || (user !== undefined && user.toLowerCase() !== me.uuid)) && me.role !== 'ADMIN') {
      throw new ApiError(403, { detail: 'Only admins and the form’s owner can see other people’s responses.', code: 'user_can_not_see_form_responses' });
    }
    const who = user !== undefined ? user.toLowerCase() : everyone ? undefined : me.uuid;
    const wantedState = queryParam(req, 'state') || undefined;
    if (wantedState !== undefined) checkStateFilter(form, wantedState);
    const search = (queryParam(req, 'search') || '').trim().toLowerCase();
    if (search.length > 256) throw invalid({ search: ['Ensure this field has no more than 256 characters.'] });
    const flow = queryParam(req, 'flow_status') || undefined;
    if (flow !== undefined && !['pending', 'approved', 'denied'].includes(flow)) throw invalid({ flow_status: [`“${flow}” is not a valid choice.`] });
    const items = state
      .listFormResponses(form.id, { from, to, user: who })
      .filter((r) => (wantedState === undefined || r.current_state === wantedState) && (flow === undefined || !form.use_for_approval || r.flow_status === flow))
      .filter((r) => search === '' || state.formResponseMatches(r, search));
    if (queryParam(req, 'order') === 'oldest' || queryFlag(req, 'is_ascend')) items.reverse();
    return paginate(req, items, (r) => state.formResponseItem(r, me));
  });

  /** `GET /forms/{uuid}/`: the form with its questions and workflow (404 `form_does_not_exists`). */
  app.get<Params<'uuid'>>('/forms/:uuid/', async (req) => {
    const form = formOf(req.params.uuid);
    return formDetailView(form, state.template(form.template));
  });

  /** One response (404 `form_response_not_found`, which never says whether it exists elsewhere). */
  app.get<Params<'uuid' | 'rid'>>('/forms/:uuid/responses/:rid/', async (req) => state.formResponseItem(responseOf(req.params.uuid, req.params.rid), viewer(req)));

  /**
   * `POST /forms/{uuid}/responses/` (DailyBot's CLI `submit_form_response`): `{content, automation?,
   * anonymous?, guest_user?: {full_name, email}, submission_source? (≤ 512)}` → 201 and the response.
   */
  app.post<Params<'uuid'>>('/forms/:uuid/responses/', async (req, reply) => {
    const form = formOf(req.params.uuid);
    const check = new BodyCheck(req.body, ['content', 'automation', 'anonymous', 'guest_user', 'submission_source', 'state']);
    const content = check.object('content', { required: true });
    const automation = check.boolean('automation') ?? false;
    const anonymous = check.boolean('anonymous') ?? false;
    const guestBody = check.object('guest_user');
    const source = check.string('submission_source', { maxLength: 512 }) ?? null;
    let guest: { full_name: string; email: string } | null = null;
    if (guestBody) {
      const { full_name: name, email } = guestBody;
      if (typeof name !== 'string' || name.trim() === '' || typeof email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
        check.fail('guest_user', 'Give "full_name" and a valid "email".');
      } else guest = { full_name: name.trim(), email: email.trim() };
    }
    check.done();
    const r = state.submitFormResponse(form.id, { content: content ?? {}, automation, anonymous, guest, source }, viewer(req));
    return reply.code(201).send(state.formResponseItem(r, viewer(req)));
  });

  /**
   * `PATCH /forms/{uuid}/responses/{rid}/ {content}`: the answers given are merged into the response (its
   * state does not change); someone else's response is refused as `PUT /_sandbox/forms/edit-refusal` says.
   */
  app.patch<Params<'uuid' | 'rid'>>('/forms/:uuid/responses/:rid/', async (req) => {
    const r = responseOf(req.params.uuid, req.params.rid);
    const check = new BodyCheck(req.body, ['content']);
    const content = check.object('content', { required: true });
    check.done();
    const me = viewer(req);
    return state.formResponseItem(state.editFormResponse(r.uuid, content ?? {}, me), me);
  });

  /** `DELETE /forms/{uuid}/responses/{rid}/` → 204 (the author, else as the edit-refusal switch says: 403 `form_response_delete_forbidden`). */
  app.delete<Params<'uuid' | 'rid'>>('/forms/:uuid/responses/:rid/', async (req, reply) => {
    const r = responseOf(req.params.uuid, req.params.rid);
    state.removeFormResponse(r.uuid, viewer(req));
    return reply.code(204).send();
  });

  /** `POST /forms/{uuid}/responses/{rid}/transition/ {to_state, note?}` → the response after the move. */
  app.post<Params<'uuid' | 'rid'>>('/forms/:uuid/responses/:rid/transition/', async (req) => {
    const r = responseOf(req.params.uuid, req.params.rid);
    const check = new BodyCheck(req.body, ['to_state', 'note']);
    const to = check.string('to_state', { required: true, maxLength: 100 });
    const note = check.string('note', { maxLength: 2000 }) ?? null;
    check.done();
    const me = viewer(req);
    return state.formResponseItem(state.moveFormResponse(r.uuid, to!, me, note), me);
  });

  const formOf = (id: string) => {
    const form = state.forms.get(id.toLowerCase());
    if (!form) throw new ApiError(404, { detail: 'Form not found.', code: 'form_does_not_exists' });
    return form;
  };
  const responseOf = (formId: string, rid: string) => {
    const form = formOf(formId);
    const r = state.formResponses.get(rid.toLowerCase());
    if (!r || r.form !== form.id) throw new ApiError(404, { detail: 'Form response not found.', code: 'form_response_not_found' });
    return r;
  };

};
