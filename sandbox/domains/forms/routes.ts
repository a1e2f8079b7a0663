/** Forms and their responses in DailyBot's API (seed 002, dailybot-api-notes.md §2.5). */
import type { FastifyInstance } from 'fastify';

import { viewer } from '../../core/auth';
import { UUID_PATTERN } from '../../core/checks';
import type { Params } from '../../core/domain';
import { ApiError, badRequest, invalid } from '../../core/errors';
import { paginate, queryFlag, queryParam } from '../../core/paging';
import { isDate } from '../../core/time';
import type { SandboxState } from '..';
import { formResponseBody, formView } from './views';

export const formRoutes = (app: FastifyInstance, state: SandboxState): void => {
  /** A bare array, not the paged envelope. */
  app.get('/forms/', async () => [...state.forms.values()].map(formView));

  /**
   * `GET /forms/{uuid}/responses/` (dailybot-api-notes.md §2.5, from DailyBot's newest docs and its CLI):
   * caller-scoped, so only the key owner's own responses unless `all=true` or `user=<uuid>`, which
   * only admins may ask for (the form's owner may too; the sandbox keeps no form owners). Days
   * are `date_from`/`date_to` (not check-ins' `date_start`/`date_end`), both optional; paged with
   * limit/offset. The docs show no item: the sandbox gives the webhook body (views.ts), the one
   * shape DailyBot has published for a form response. `state` and `search` are not modelled.
   */
  app.get<Params<'uuid'>>('/forms/:uuid/responses/', async (req) => {
    const form = state.form(req.params.uuid.toLowerCase());
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
    const template = state.template(form.template);
    const items = state.listFormResponses(form.id, { from, to, user: who });
    return paginate(req, items, (r) => formResponseBody(r, template, r.user ? state.users.get(r.user) : undefined, state.org));
  });
};
