/** Section 1's rows: the app's load and whole process against core's, and zod left unloaded. */
import { coldStartRows, type ColdStartRun } from '../../bench/cold-start';

const run = (over: Partial<ColdStartRun> = {}): ColdStartRun => ({
  runs: 40,
  core: { load: 200, ready: 230, wall: 300, modules: 500 },
  app: { load: 210, ready: 240, wall: 310, modules: 520 },
  loadRatio: 1.05,
  wallRatio: 1.033,
  loadRatioIqr: [1.01, 1.08],
  appLoadsZod: false,
  ...over,
});

const byMeasure = (c: ColdStartRun) => new Map(coldStartRows(c).map((row) => [row.measure, row]));

describe('coldStartRows', () => {
  it('meets the goal up to +10 % and counts the app’s own modules', () => {
    const rows = byMeasure(run());
    expect(rows.get('load: app ÷ core')).toMatchObject({ result: '1.05× (+5.0 %)', goal: '≤ 1.10× (+10 %)', met: true });
    expect(rows.get('whole process: app ÷ core')!.met).toBe(true);
    expect(rows.get("load the app (require('./dist/index.js'))")!.why).toContain('20 of them the app’s');
    expect(rows.get('zod loaded with the app')).toMatchObject({ result: 'no', met: true });
  });

  it('misses above +10 % and when the app loads zod', () => {
    const rows = byMeasure(run({ loadRatio: 1.11, wallRatio: 1.2, appLoadsZod: true }));
    expect(rows.get('load: app ÷ core')!.met).toBe(false);
    expect(rows.get('whole process: app ÷ core')!.met).toBe(false);
    expect(rows.get('zod loaded with the app')).toMatchObject({ result: 'yes', met: false });
  });
});
