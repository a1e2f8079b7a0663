/** What every test shares: the app tester, a connection, and a way to read Zapier errors. */
import zapier, { type Bundle, type PlainOutputField, type ZObject } from 'zapier-platform-core';

import App from '../index';

export const API = 'https://api.dailybot.com/v1';
export const API_ORIGIN = 'https://api.dailybot.com';
export const API_KEY = 'test-api-key-0123456789';
export const HOOK_URL = 'https://api.dailybot.com/activity-hook/7f1e2d3c4b5a69788796a5b4c3d2e1f0/';

export const authData = { api_key: API_KEY, activity_hook_url: HOOK_URL };

export const appTester = zapier.createAppTester(App);

export type BundleInput = Partial<Omit<Bundle, 'inputData'>> & { inputData?: Record<string, unknown> };

/** Runs an ad-hoc function inside the app (its middleware and z object), with a connection. */
export const runInApp = <T>(fn: (z: ZObject, bundle: Bundle) => Promise<T>, bundle: BundleInput = {}, clearCache = true): Promise<T> =>
  appTester(fn as never, { authData, ...bundle } as never, clearCache) as Promise<T>;

export interface ZapierErrorInfo {
  name: string;
  message: string;
  code?: string;
  status?: number;
  delay?: number;
}

/** The error a promise rejects with, its JSON message (AppError, ThrottledError) unpacked. */
export const errorOf = async (promise: Promise<unknown>): Promise<ZapierErrorInfo> => {
  try {
    await promise;
  } catch (error) {
    const e = error as Error;
    try {
      const parsed = JSON.parse(e.message) as Partial<ZapierErrorInfo>;
      if (parsed && typeof parsed === 'object' && typeof parsed.message === 'string') return { ...parsed, name: e.name } as ZapierErrorInfo;
    } catch {
      // a plain message
    }
    return { name: e.name, message: e.message };
  }
  throw new Error('expected the promise to reject, but it resolved');
};

/** Secrets that must never appear in what a user or a log sees. */
export const expectNoSecrets = (text: string): void => {
  expect(text).not.toContain(API_KEY);
  expect(text).not.toContain(HOOK_URL);
  expect(text).not.toContain('7f1e2d3c4b5a69788796a5b4c3d2e1f0');
};

/**
 * A step's output fields as the Zap editor gets them: each output-field function run in the app with
 * `bundle` (no check-in or form chosen by default, which needs no request), its fields in its place.
 */
export const resolvedOutputFields = async (fields: readonly unknown[] | undefined, bundle: BundleInput = {}): Promise<PlainOutputField[]> => {
  const out: PlainOutputField[] = [];
  for (const field of fields ?? []) {
    if (typeof field !== 'function') out.push(field as PlainOutputField);
    else out.push(...(await runInApp((z, b) => Promise.resolve((field as (z: ZObject, b: Bundle) => PlainOutputField[])(z, b)), bundle)));
  }
  return out;
};
