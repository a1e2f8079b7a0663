/**
 * The normalizers as the hook factory calls them: the Zap's chosen check-in or form becomes the
 * normalizer's context, since DailyBot's payloads do not always name it.
 */
import type { ZObject } from 'zapier-platform-core';

import type { HookContext } from './hook';
import { normalizeCheckinResponse, type CheckinResponse } from './normalize/checkin-response';
import { normalizeFormResponse, type FormResponse } from './normalize/form-response';

export const checkinDelivery = (z: ZObject, body: unknown, ctx: HookContext): CheckinResponse =>
  normalizeCheckinResponse(z, body, { event: ctx.event, eventTimestamp: ctx.eventTimestamp, checkin: ctx.filter ? { uuid: ctx.filter } : undefined });

export const formDelivery = (z: ZObject, body: unknown, ctx: HookContext): FormResponse =>
  normalizeFormResponse(z, body, { event: ctx.event, eventTimestamp: ctx.eventTimestamp, form: ctx.filter ? { uuid: ctx.filter } : undefined });
