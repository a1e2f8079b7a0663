/**
 * Real recent form responses for the form triggers' test step (performList): the last 7 days of
 * `GET /forms/{uuid}/responses/?date_from=…&date_to=…&all=true` (dailybot-api-notes.md §2.5), newest
 * first, each normalized exactly as perform normalizes a delivery for the same Zap.
 *
 * - `all=true`: the listing is scoped to the key owner's own responses by default, while a webhook
 *   brings everyone's; only an admin can subscribe to webhooks, and an admin may ask for everyone's.
 * - The listing item's shape is not documented: it is read as the webhook body (the normalizer is
 *   tolerant of every shape DailyBot uses for a response).
 * - No form name is fetched. DailyBot's form webhooks name no form, so perform gives `form_name`
 *   null (and `form_uuid` the Zap's chosen form, or null); a test step showing a name that live runs
 *   never carry would invite a Zap builder to map an always-empty value. Same keys, same values.
 *
 * With a form chosen: its responses, one request. Without one: the forms (`GET /forms/`, a bare
 * array), then the responses of the active ones, one form at a time, stopping at the first with
 * responses: two requests as a rule, at most 1 + MAX_SOURCES. Nothing found gives [] (Zapier then
 * shows the sample), as the check-in triggers do.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { firstPage } from '../http/paginate';
import { schema } from '../schemas/lazy';
import { Form } from '../schemas/api';
import { formDelivery } from './deliveries';
import type { ListContext } from './hook';
import type { FormResponse } from './normalize/form-response';
import { MAX_RESPONSES, newestFirst, readUntilAccepted, recentDays } from './recent';

/** An item is handed to the normalizer as it is; the normalizer reads it. */
const AnyItem = schema((zod) => zod.unknown());

/** The forms that can have fresh responses: active, not archived (all of them when none is). */
const openForms = (forms: Form[]): Form[] => {
  const open = forms.filter((f) => f.is_active !== false && f.is_archive !== true);
  return open.length > 0 ? open : forms;
};

export const recentFormResponses = async (z: ZObject, bundle: Bundle, ctx: ListContext): Promise<FormResponse[]> => {
  const days = recentDays(Date.now(), bundle.meta?.timezone ?? undefined);

  const read = async (uuid: string): Promise<FormResponse[]> => {
    const items = await firstPage(
      z,
      bundle,
      {
        path: `/forms/${encodeURIComponent(uuid)}/responses/`,
        params: { date_from: days.from, date_to: days.to, all: 'true' },
        item: AnyItem,
        pageSize: MAX_RESPONSES,
        what: 'form responses',
      },
    );
    return items.map((item) => formDelivery(z, item, { event: ctx.event, filter: ctx.filter }));
  };

  if (ctx.filter) return newestFirst(await read(ctx.filter));
  const forms = await firstPage(z, bundle, { path: '/forms/', item: Form, what: 'forms' });
  return newestFirst(await readUntilAccepted(openForms(forms), (form) => read(form.uuid), ctx.accepts));
};
