/**
 * Real recent check-in responses for the check-in triggers' test step (performList), in exactly the
 * shape their webhooks give: the last 7 days of `GET /checkins/{uuid}/responses/`, newest first.
 * With a check-in chosen: that check-in (its name from `GET /checkins/{uuid}/`), two requests side by
 * side. Without one: one page of check-ins, then the responses of the busiest active ones, one check-in
 * at a time, stopping at the first that has responses the trigger fires for: two requests as a rule,
 * at most 1 + MAX_SOURCES.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { api } from '../http/client';
import { firstPage } from '../http/paginate';
import { schema } from '../schemas/lazy';
import { Checkin } from '../schemas/api';
import type { ListContext } from './hook';
import { normalizeCheckinResponse, type CheckinResponse } from './normalize/checkin-response';
import { MAX_RESPONSES, MAX_SOURCES, newestFirst, readUntilAccepted, recentDays } from './recent';

/** An item is handed to the normalizer as it is; the normalizer reads it. */
const AnyItem = schema((zod) => zod.unknown());

/** The check-ins most likely to have fresh responses: active ones, most answered today first. */
const busiest = (checkins: Checkin[]): Checkin[] => {
  const active = checkins.filter((c) => c.active !== false);
  const pool = active.length > 0 ? active : checkins;
  return pool
    .map((c, index) => ({ c, index, answered: c.summary?.completed_responses ?? 0 }))
    .sort((a, b) => b.answered - a.answered || a.index - b.index)
    .slice(0, MAX_SOURCES)
    .map(({ c }) => c);
};

export const recentCheckinResponses = async (z: ZObject, bundle: Bundle, ctx: ListContext): Promise<CheckinResponse[]> => {
  const days = recentDays(Date.now(), bundle.meta?.timezone ?? undefined);

  const readResponses = (uuid: string) =>
    firstPage(
      z,
      bundle,
      {
        path: `/checkins/${encodeURIComponent(uuid)}/responses/`,
        params: { date_start: days.from, date_end: days.to },
        item: AnyItem,
        pageSize: MAX_RESPONSES,
        what: 'check-in responses',
      },
    );
  const normalizeAll = (items: unknown[], checkin: { uuid: string; name?: string | null }) =>
    items.map((item) => normalizeCheckinResponse(z, item, { event: ctx.event, checkin }));

  if (ctx.filter) {
    const uuid = ctx.filter;
    const [checkin, items] = await Promise.all([api(z, bundle, { path: `/checkins/${encodeURIComponent(uuid)}/` }, Checkin), readResponses(uuid)]);
    return newestFirst(normalizeAll(items, { uuid, name: checkin.name }));
  }
  const checkins = await firstPage(z, bundle, { path: '/checkins/', params: { include_summary: 'true' }, item: Checkin, pageSize: 100, what: 'check-ins' });
  const items = await readUntilAccepted(busiest(checkins), async (checkin) => normalizeAll(await readResponses(checkin.uuid), checkin), ctx.accepts);
  return newestFirst(items);
};
