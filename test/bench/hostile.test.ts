import { HOSTILE_UNITS, measureStripping, STRIP_GOAL_MS, strippingRows, type StripRun } from '../../bench/hostile';

const run = (unit: string, smallMs: number, fullMs: number): StripRun => ({ unit, smallMs, fullMs });

describe('hostile answers rows', () => {
  it('names the worst kind and meets the goals when stripping is fast and linear', () => {
    const rows = strippingRows([run('<a', 1, 4), run('<li', 2, 8.4)]);
    expect(rows.map((r) => r.met)).toEqual([true, true]);
    expect(rows[0]!.why).toContain('`<li`');
    expect(rows[1]!.result).toBe('4.20×');
  });

  it('misses the time goal past it, and the growth goal when four times the input takes sixteen times as long', () => {
    const rows = strippingRows([run('<a', 20, STRIP_GOAL_MS + 10), run('<li', 1, 16)]);
    expect(rows.map((r) => r.met)).toEqual([false, false]);
    expect(rows[1]!.why).toContain('`<li`');
  });

  it('measures every hostile kind at both sizes', () => {
    const results = measureStripping(1);
    expect(results.map((r) => r.unit)).toEqual([...HOSTILE_UNITS]);
    for (const r of results) expect(r.smallMs >= 0 && r.fullMs >= 0).toBe(true);
  });
});
