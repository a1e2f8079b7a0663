/**
 * API keys (dailybot-api-notes.md §2.2): every `/v1/` request needs `X-API-KEY`, checked before the
 * body is read, as in DailyBot. A key answers for its owner; a free-plan key and the key of a
 * deactivated owner fail the documented ways.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

import type { User } from '../domains/people/model';
import { ApiError, AUTH_FAILED, FREE_PLAN, OWNER_INACTIVE, type ErrorBody } from './errors';
import type { OrganizationData } from './organization';

/** Who a key belongs to, or DailyBot's 403 body for it. */
export const authenticate = (data: OrganizationData, key: string | undefined): { user: User } | { error: ErrorBody } => {
  const entry = key ? data.keys.find((k) => k.key === key) : undefined;
  if (!entry) return { error: AUTH_FAILED };
  if (entry.plan === 'free') return { error: FREE_PLAN };
  const owner = data.users.get(entry.owner);
  if (!owner?.is_active) return { error: OWNER_INACTIVE };
  return { user: owner };
};

/** The key owner of each authenticated request. */
const viewers = new WeakMap<FastifyRequest, User>();

/** The owner of the request's key (routes run only after the key was accepted). */
export const viewer = (req: FastifyRequest): User => {
  const user = viewers.get(req);
  if (!user) throw new Error('route reached without authentication');
  return user;
};

export const header = (req: FastifyRequest, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Checks `X-API-KEY` on every route of `app`, first thing. */
export const requireApiKey = (app: FastifyInstance, data: () => OrganizationData): void => {
  app.addHook('onRequest', async (req) => {
    const result = authenticate(data(), header(req, 'x-api-key'));
    if ('error' in result) throw new ApiError(403, result.error);
    viewers.set(req, result.user);
  });
};
