/** What the action tests share: running an action, and a small user directory. */
import nock from 'nock';

import { creates } from '../../src/creates';
import { API, appTester, authData, errorOf, type ZapierErrorInfo } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { compiledApp, core } from '../core';

/** Runs the action `key` with these inputs, as Zapier would (middleware included), with a fresh cache. */
export const runAction = (key: string, inputData: Record<string, unknown>, auth: Record<string, string> = authData): Promise<Record<string, unknown>> => {
  const step = creates[key];
  if (!step) throw new Error(`no action ${key}`);
  return appTester(step.operation.perform as never, { authData: auth, inputData } as never, true) as Promise<Record<string, unknown>>;
};

/** The organization's people: the documented user (with an email), and the two UUIDs of the messaging docs. */
export const john = { ...seeds.user, email: 'john@example.com' };
export const ann = { ...seeds.user, uuid: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', full_name: 'Ann Lee', email: 'ann@example.com', username: 'ann' };
export const bea = { ...seeds.user, uuid: 'b2c3d4e5-f6a7-8901-bcde-f12345678901', full_name: 'Bea Cruz', email: 'bea@example.com', username: 'bea' };
export const directory = [john, ann, bea];

/** Expects exactly one listing of the directory (`GET /users/?include_email=true`). */
export const nockDirectory = (users: unknown[] = directory) =>
  nock(API).get('/users/').query({ include_email: 'true', limit: '100', page_size: '100' }).reply(200, seeds.page(users));

/** A documented team. */
export const team = seeds.team;

/**
 * Runs `start` and returns the error it ends with, failing the test if any request left the app
 * (nock reports every request it has no interceptor for, and the network is disabled).
 */
export const failsBeforeAnyRequest = async (start: () => Promise<unknown>): Promise<ZapierErrorInfo> => {
  const attempts: string[] = [];
  const onNoMatch = (req: { method?: string; path?: string; href?: string }) => attempts.push(`${req.method} ${req.path ?? req.href}`);
  nock.emitter.on('no match', onNoMatch);
  try {
    const error = await errorOf(start());
    expect(attempts).toEqual([]);
    return error;
  } finally {
    nock.emitter.removeListener('no match', onNoMatch);
  }
};

/** `runAction` without the per-call cost of `appTester`, for the property tests' thousands of runs (see test/core.ts). */

export const runActionQuickly = async (key: string, inputData: Record<string, unknown>, auth: Record<string, string> = authData): Promise<Record<string, unknown>> => {
  const compiled = compiledApp();
  // Zapier's callback URL, for the action that waits for one (ask_in_chat)
  const callback_url = 'https://hooks.zapier.com/hooks/callback/1/2/3/';
  const event = { command: 'execute', method: `creates.${key}.operation.perform`, bundle: { authData: auth, inputData }, callback_url, zcacheTestObj: {} };
  const logBuffer: unknown[] = [];
  const logger = core.createLogger(event, { logBuffer });
  const input = core.createInput(compiled.definition, event, logger, logBuffer, core.createRpcClient(event));
  const output = await compiled.app(input);
  return output.results as Record<string, unknown>;
};
