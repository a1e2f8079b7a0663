/**
 * Real recent kudos for the New Kudos test step (performList), each normalized exactly as perform
 * normalizes a `kudos.posted` delivery, newest first.
 *
 * - `GET /kudos/organization/`: every kudos in the organization, for organization admins (official
 *   CLI, dailybot-api-beyond.md §6). Webhooks are admin-only too, so this is the usual source: one request.
 * - A key owner who is not an admin gets 403 `org_admin_required` there, and the test step falls back
 *   to `GET /kudos/?filter=kudos_received` (the kudos they received; the filter is lowercase only):
 *   a second request.
 * Rows name the giver `user` (the webhook says `giver`) and `company_value` `{id, name}`: the
 * normalizer reads both shapes. A row's `created_at` stands in for the delivery's event time.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { parseAnswer, send } from '../http/client';
import { errorForResponse, parseErrorBody } from '../http/errors';
import { PageEnvelope } from '../schemas/api';
import type { ListContext } from './hook';
import { normalizeKudos, type Kudos } from './normalize/kudos';
import { MAX_RESPONSES, newestFirst } from './recent';

/** The code DailyBot answers an admin-only listing with for anyone else. */
const ADMIN_ONLY = 'org_admin_required';

/** The rows of one page of a kudos listing (an envelope or a bare array), or `undefined` for a non-admin. */
const readKudos = async (z: ZObject, bundle: Bundle, path: string, params: Record<string, string | number>): Promise<unknown[] | undefined> => {
  const response = await send(z, bundle, { path, params: { ...params, limit: MAX_RESPONSES, page_size: MAX_RESPONSES }, allowStatuses: [403] });
  if (response.status === 403) {
    if (parseErrorBody(response.data).code === ADMIN_ONLY) return undefined;
    throw errorForResponse(z, bundle, response) ?? new z.errors.Error('DailyBot refused to list kudos.', 'forbidden', 403);
  }
  const data: unknown = response.data;
  return Array.isArray(data) ? data : parseAnswer(z, PageEnvelope, data, 'the list of kudos').results;
};

export const recentKudos = async (z: ZObject, bundle: Bundle, ctx: ListContext): Promise<Kudos[]> => {
  const rows = (await readKudos(z, bundle, '/kudos/organization/', {})) ?? (await readKudos(z, bundle, '/kudos/', { filter: 'kudos_received' })) ?? [];
  return newestFirst(rows.map((row) => normalizeKudos(z, row, { event: ctx.event })));
};
