/**
 * Section: hostile answers (issue 12 item 7). Anyone who answers a check-in or a form can type text the
 * app strips of HTML in every delivery. Before version 2, 100 KB of `<a` took 2.8 s and of `<li` 3.2 s,
 * about 4× per doubling, so ~300 KB passed Zapier's 30 s limit. Each unit here is repeated to 100 KB and
 * to 200 KB (INPUT_LIMIT: nothing longer is read) and stripped by htmlToText; the median of a few runs.
 * Linear time shows as about 2× from 100 KB to 200 KB; the time itself must stay far below a second.
 */
import { htmlToText, INPUT_LIMIT } from '../src/triggers/normalize/text';
import type { Section } from './section';
import { median, ms, times } from './stats';
import type { Row } from './table';

/** Units that made the old stripper quadratic, and a few more of the same kind. */
export const HOSTILE_UNITS = ['<a', '<li', '<script>', '<style x', '&a', '< ', '</p', '<br'] as const;
/** At INPUT_LIMIT characters of any unit. */
export const STRIP_GOAL_MS = 50;
/** Four times the input may take at most this many times as long (linear is 4×; quadratic 16×). */
export const GROWTH_GOAL = 8;
/** The smaller input: a quarter of the larger. */
const SMALL = INPUT_LIMIT / 4;

export interface StripRun {
  unit: string;
  smallMs: number;
  fullMs: number;
}

const timeStrip = (text: string, runs: number): number =>
  median(
    Array.from({ length: runs }, () => {
      const started = performance.now();
      htmlToText(text);
      return performance.now() - started;
    }),
  );

const repeatTo = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export const measureStripping = (runs = 9): StripRun[] =>
  HOSTILE_UNITS.map((unit) => {
    timeStrip(repeatTo(unit, 10_000), 2); // warm-up
    return { unit, smallMs: timeStrip(repeatTo(unit, SMALL), runs), fullMs: timeStrip(repeatTo(unit, INPUT_LIMIT), runs) };
  });

export const strippingRows = (results: readonly StripRun[]): Row[] => {
  const worst = results.reduce((a, b) => (b.fullMs > a.fullMs ? b : a));
  const growth = results.map((r) => ({ unit: r.unit, ratio: r.fullMs / Math.max(r.smallMs, 0.05) }));
  const steepest = growth.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  return [
    {
      measure: `strip ${INPUT_LIMIT / 1000} KB of hostile HTML (worst of ${results.length} kinds)`,
      result: ms(worst.fullMs),
      goal: `< ${STRIP_GOAL_MS} ms`,
      met: worst.fullMs < STRIP_GOAL_MS,
      why: `\`${worst.unit}\` repeated; was 2.8 s for 100 KB of \`<a\``,
    },
    {
      measure: `the same at four times the size (${SMALL / 1000} → ${INPUT_LIMIT / 1000} KB)`,
      result: times(steepest.ratio),
      goal: `≤ ${GROWTH_GOAL}× (linear)`,
      met: steepest.ratio <= GROWTH_GOAL,
      why: `steepest: \`${steepest.unit}\`; quadratic would be ~16×`,
    },
  ];
};

export const hostileSection: Section = {
  progress: 'hostile answers (HTML stripping at 50 and 200 KB)',
  run: async () => ({ title: 'Hostile answers: HTML stripping stays linear', rows: strippingRows(measureStripping()) }),
  how: ['- Hostile answers: each unit repeated to 50 KB and 200 KB, stripped by `htmlToText`, median of 9 runs after a warm-up.'],
};
