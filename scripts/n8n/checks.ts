/**
 * The real-n8n test's bookkeeping: named checks that run on (one failing does not stop the next), a
 * line per check as it ends, and the summary ending `N passed, N failed`. Plus the few assertions the
 * cases use (thrown errors carry the reason the summary prints).
 */
import { isDeepStrictEqual } from 'node:util';

export interface CheckOutcome {
  name: string;
  ok: boolean;
  ms: number;
  detail?: string;
}

const outcomes: CheckOutcome[] = [];

const firstLines = (text: string, lines = 12): string => text.split('\n').slice(0, lines).join('\n');

/** Runs one check; a throw fails it with the error's message. Returns whether it passed. */
export const check = async (name: string, fn: () => Promise<string | void> | string | void): Promise<boolean> => {
  const started = performance.now();
  try {
    const note = await fn();
    const outcome: CheckOutcome = { name, ok: true, ms: performance.now() - started, ...(note ? { detail: note } : {}) };
    outcomes.push(outcome);
    console.log(`  ✓ ${name}${note ? ` (${note})` : ''}  ${Math.round(outcome.ms)} ms`);
    return true;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    outcomes.push({ name, ok: false, ms: performance.now() - started, detail });
    console.log(`  ✗ ${name}  ${Math.round(performance.now() - started)} ms\n${firstLines(detail).replace(/^/gm, '      ')}`);
    return false;
  }
};

/** Records a check that could not run (a step before it failed). */
export const skipped = (name: string, why: string): void => {
  outcomes.push({ name, ok: false, ms: 0, detail: `not run: ${why}` });
  console.log(`  ✗ ${name}: not run (${why})`);
};

export const section = (title: string): void => console.log(`\n${title}`);

export const summary = (): { passed: number; failed: number; lines: string[] } => {
  const failed = outcomes.filter((o) => !o.ok);
  const lines = [
    '',
    `${outcomes.length} checks in a real n8n:`,
    ...(failed.length ? ['Failed:', ...failed.map((o) => `  ✗ ${o.name}: ${firstLines(o.detail ?? '', 3)}`)] : []),
    `${outcomes.length - failed.length} passed, ${failed.length} failed`,
  ];
  return { passed: outcomes.length - failed.length, failed: failed.length, lines };
};

export class CheckFailure extends Error {}

export const expectThat = (ok: unknown, why: string): void => {
  if (!ok) throw new CheckFailure(why);
};

const show = (value: unknown): string => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 400 ? `${text.slice(0, 400)}…` : text;
};

export const expectEqual = (actual: unknown, expected: unknown, what: string): void => {
  if (!isDeepStrictEqual(actual, expected)) throw new CheckFailure(`${what}: expected ${show(expected)}, got ${show(actual)}`);
};

/** Like jest's toMatchObject: every key of `expected` (deeply, arrays element by element) is in `actual`. */
export const expectMatch = (actual: unknown, expected: unknown, what: string): void => {
  const mismatch = (a: unknown, e: unknown, at: string): string | undefined => {
    if (e !== null && typeof e === 'object' && !Array.isArray(e)) {
      if (a === null || typeof a !== 'object' || Array.isArray(a)) return `${at || 'value'} is ${show(a)}`;
      for (const [key, value] of Object.entries(e)) {
        const found = mismatch((a as Record<string, unknown>)[key], value, at ? `${at}.${key}` : key);
        if (found) return found;
      }
      return undefined;
    }
    if (Array.isArray(e)) {
      if (!Array.isArray(a) || a.length !== e.length) return `${at} is ${show(a)}, expected ${show(e)}`;
      for (let i = 0; i < e.length; i += 1) {
        const found = mismatch(a[i], e[i], `${at}[${i}]`);
        if (found) return found;
      }
      return undefined;
    }
    return isDeepStrictEqual(a, e) ? undefined : `${at} is ${show(a)}, expected ${show(e)}`;
  };
  const found = mismatch(actual, expected, '');
  if (found) throw new CheckFailure(`${what}: ${found}`);
};
