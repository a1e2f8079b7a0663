/**
 * The sandbox's HTTP server (Fastify): every domain's routes under `/v1/` (behind the API key), its
 * routes that need no key (the Activity Hook under `/activity/<token>/`), and the `/_sandbox/` control
 * routes. Each route checks the request as DailyBot documents it, asks the state to do the work, and
 * answers with the documented shape (its domain's views.ts); paths end with a slash, as DailyBot's do
 * (a path without it is a 404). Every answer, errors included, is JSON
 * in DailyBot's shape; requests are logged with their headers, and injected faults are applied here,
 * before anything else looks at the request.
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';

import type { SandboxState } from '../domains';
import { requireApiKey } from './auth';
import { registerControl } from './control';
import { ApiError } from './errors';
import { NON_JSON_PAGE, defaultFaultBody } from './faults';
import type { RequestRecord } from './requests';

export interface ServerOptions {
  /** One line per request (the CLI prints them). */
  log?: (line: string) => void;
}

const pathOf = (url: string): string => url.split('?')[0] ?? url;

/** DRF's codes for the request errors Fastify itself raises. */
const CODES: Record<number, string> = { 400: 'parse_error', 404: 'not_found', 413: 'payload_too_large', 415: 'unsupported_media_type' };

export const buildServer = (state: SandboxState, options: ServerOptions = {}): FastifyInstance => {
  const app = Fastify({ logger: false, forceCloseConnections: true, bodyLimit: 1_048_576 });
  const records = new WeakMap<FastifyRequest, RequestRecord>();

  // JSON only, like DailyBot; an empty body (a DELETE sent with a JSON content type) is no body.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      done(new ApiError(400, { detail: `JSON parse error - ${(error as Error).message}`, code: 'parse_error' }), undefined);
    }
  });
  app.addContentTypeParser('*', { parseAs: 'string' }, (req, body, done) => {
    if (String(body) === '') return done(null, undefined);
    const type = String(req.headers['content-type'] ?? '').split(';')[0];
    done(new ApiError(415, { detail: `Unsupported media type "${type}" in request.`, code: 'unsupported_media_type' }), undefined);
  });

  // Log the request, then apply a fault if one matches, then the rate limit (API requests only).
  app.addHook('onRequest', async (req, reply) => {
    const path = pathOf(req.url);
    if (path.startsWith('/_sandbox')) return;
    req.pagingStyle = state.paging;
    const record = state.recordRequest({ method: req.method, url: req.url, path, headers: { ...req.headers } });
    records.set(req, record);
    const fault = state.faults.take(req.method, path);
    if (!fault) {
      const wait = path.startsWith('/v1/') ? state.rateLimit.take(String(req.headers['x-api-key'] ?? '')) : undefined;
      if (wait === undefined) return;
      return reply.code(429).header('retry-after', String(wait)).send(defaultFaultBody(429, wait));
    }
    record.fault = fault.id;
    if (fault.delay_ms > 0) await state.faults.wait(fault.delay_ms);
    if (fault.drop_connection) {
      reply.hijack();
      req.raw.socket.destroy();
      return reply;
    }
    if (fault.non_json) {
      return reply
        .code(fault.status ?? 502)
        .type('text/html; charset=utf-8')
        .send(typeof fault.body === 'string' ? fault.body : NON_JSON_PAGE);
    }
    if (fault.status !== null) {
      if (fault.retry_after !== null) reply.header('retry-after', String(fault.retry_after));
      return reply.code(fault.status).send(fault.body ?? defaultFaultBody(fault.status, fault.retry_after));
    }
    return undefined; // only a delay: the normal answer follows
  });
  app.addHook('preHandler', async (req) => {
    const record = records.get(req);
    if (record) record.body = req.body;
  });
  app.addHook('onResponse', async (req, reply) => {
    const record = records.get(req);
    if (record) record.status = reply.statusCode;
    options.log?.(`${req.method} ${req.url} → ${reply.statusCode} (${Math.round(reply.elapsedTime)} ms)`);
  });

  app.setErrorHandler((error: FastifyError | ApiError, req, reply) => {
    if (error instanceof ApiError) return reply.code(error.status).headers(error.headers).send(error.body);
    const status = error.statusCode ?? 500;
    if (status < 500) return reply.code(status).send({ detail: error.message, code: CODES[status] ?? 'invalid' });
    options.log?.(`Sandbox error on ${req.method} ${req.url}: ${error.stack ?? error.message}`);
    return reply.code(500).send({ detail: 'A server error occurred.', code: 'server_error' });
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ detail: 'Not found.', code: 'not_found' }));

  app.register(
    async (v1) => {
      // Authentication comes first (before the body is read), as in DailyBot.
      requireApiKey(v1, () => state.data);
      for (const domain of state.domains) domain.routes?.(v1, state);
    },
    { prefix: '/v1' },
  );
  app.register(async (open) => {
    for (const domain of state.domains) domain.publicRoutes?.(open, state);
  });
  app.register(async (control) => registerControl(control, state), { prefix: '/_sandbox' });
  return app;
};
