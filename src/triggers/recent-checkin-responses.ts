/**
 * Real recent check-in responses for the check-in triggers' test step (performList), in exactly the
 * shape their webhooks give: the last 7 days of `GET /checkins/{uuid}/responses/`, newest first.
 * With a check-in chosen: that check-in (its name from `GET /checkins/{uuid}/`), two requests side by
 * side. Without one: one page of check-ins, then the responses of the busiest active ones, one check-in
 * at a time, stopping at the first that has responses the trigger fires for: two requests as a rule,
 * at most 1 + MAX_CHECKINS.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { api } from '../http/client';
import { fetchPage } from '../http/paginate';
import { schema } from '../schema';
import { Checkin } from '../schemas/api';
import type { ListContext } from './hook';
import { normalizeCheckinResponse, type CheckinResponse } from './normalize/checkin-response';

/** Days back the test step looks. */
export const RECENT_DAYS = 7;
/** Check-ins read when none is chosen. */
export const MAX_CHECKINS = 3;
/** Responses asked for per check-in, and given back in all. */
export const MAX_RESPONSES = 50;

/** An item is handed to the normalizer as it is; the normalizer reads it. */
const AnyItem = schema((zod) => zod.unknown());

const DAY_MS = 86_400_000;

/** Today's date (YYYY-MM-DD) in `timeZone` (the Zap owner's, when Zapier says it), else in UTC. */
const dateIn = (ms: number, timeZone: string | undefined): string => {
  if (timeZone) {
    try {
      return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
    } catch {
      // not a time zone: UTC
    }
  }
  return new Date(ms).toISOString().slice(0, 10);
};

export const recentDateRange = (now: number, timeZone: string | undefined): { date_start: string; date_end: string } => {
  const dateEnd = dateIn(now, timeZone);
  const dateStart = new Date(Date.parse(`${dateEnd}T00:00:00Z`) - RECENT_DAYS * DAY_MS).toISOString().slice(0, 10);
  return { date_start: dateStart, date_end: dateEnd };
};

/** The check-ins most likely to have fresh responses: active ones, most answered today first. */
const busiest = (checkins: Checkin[]): Checkin[] => {
  const active = checkins.filter((c) => c.active !== false);
  const pool = active.length > 0 ? active : checkins;
  return pool
    .map((c, index) => ({ c, index, answered: c.summary?.completed_responses ?? 0 }))
    .sort((a, b) => b.answered - a.answered || a.index - b.index)
    .slice(0, MAX_CHECKINS)
    .map(({ c }) => c);
};

const sortKey = (item: CheckinResponse): number => Date.parse(item.event_timestamp ?? item.updated_at ?? item.created_at ?? '') || 0;

export const recentCheckinResponses = async (z: ZObject, bundle: Bundle, ctx: ListContext): Promise<CheckinResponse[]> => {
  const range = recentDateRange(Date.now(), bundle.meta?.timezone ?? undefined);

  const readResponses = (uuid: string) =>
    fetchPage(
      z,
      bundle,
      { path: `/checkins/${encodeURIComponent(uuid)}/responses/`, params: range, item: AnyItem, pageSize: MAX_RESPONSES, what: 'check-in responses' },
      0,
    );
  const normalizeAll = (items: unknown[], checkin: { uuid: string; name?: string | null }) =>
    items.map((item) => normalizeCheckinResponse(z, item, { event: ctx.event, checkin }));

  let lists: CheckinResponse[][];
  if (ctx.filter) {
    const uuid = ctx.filter;
    const [checkin, items] = await Promise.all([api(z, bundle, { path: `/checkins/${encodeURIComponent(uuid)}/` }, Checkin), readResponses(uuid)]);
    lists = [normalizeAll(items, { uuid, name: checkin.name })];
  } else {
    const checkins = await fetchPage(z, bundle, { path: '/checkins/', params: { include_summary: 'true' }, item: Checkin, pageSize: 100, what: 'check-ins' }, 0);
    lists = [];
    for (const checkin of busiest(checkins)) {
      const items = normalizeAll(await readResponses(checkin.uuid), checkin);
      lists.push(items);
      if (items.some(ctx.accepts)) break;
    }
  }

  return lists
    .flat()
    .sort((a, b) => sortKey(b) - sortKey(a))
    .slice(0, MAX_RESPONSES);
};
