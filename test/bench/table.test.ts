/** The benchmark's table: aligned columns, each figure with its goal and a ✅/❌. */
import { displayWidth, renderTable, tally, type Line } from '../../bench/table';

const lines: Line[] = [
  { section: '1. Cold start' },
  { measure: 'load: app ÷ core', result: '1.09×', goal: '≤ 1.10×', met: true, why: 'the app adds 20 ms' },
  { measure: 'zod loaded', result: 'no', goal: 'no', met: true },
  { section: '6. build.zip' },
  { measure: 'build.zip runs', result: 'no', goal: 'loads the app', met: false, why: 'Cannot find module' },
  { measure: 'wall time', result: '440 ms', goal: 'no goal set' },
];

describe('displayWidth', () => {
  it('counts the marks as two columns and other text as one per character', () => {
    expect(displayWidth('✅')).toBe(2);
    expect(displayWidth('❌')).toBe(2);
    expect(displayWidth('—')).toBe(1);
    expect(displayWidth('≤ 1.10× (+10 %)')).toBe(15);
    expect(displayWidth('app’s')).toBe(5);
  });
});

describe('renderTable', () => {
  const text = renderTable(lines);
  const rows = text.split('\n');

  it('starts with the header and a rule, and puts each section title on its own line', () => {
    expect(rows[0]).toMatch(/^Measure\s+Result\s+Goal\s+Met\s+Why \/ how$/);
    expect(rows[1]).toMatch(/^─+$/);
    expect(rows).toContain('1. Cold start');
    expect(rows).toContain('6. build.zip');
  });

  it('lines up every column, marks included', () => {
    const starts = (row: string, cell: string) => displayWidth(row.slice(0, row.indexOf(cell)));
    const header = rows[0]!;
    const metColumn = starts(header, 'Met');
    const goalColumn = starts(header, 'Goal');
    for (const row of rows.filter((r) => /[✅❌—]/.test(r) && !r.startsWith('─'))) {
      const mark = ['✅', '❌', '—'].find((m) => row.includes(`  ${m}`))!;
      expect(starts(row, `  ${mark}`) + 2).toBe(metColumn);
    }
    expect(starts(rows.find((r) => r.startsWith('load: app'))!, '≤ 1.10×')).toBe(goalColumn);
  });

  it('marks met ✅, missed ❌ and no goal —', () => {
    expect(rows.find((r) => r.startsWith('load: app'))).toContain('✅');
    expect(rows.find((r) => r.startsWith('build.zip runs'))).toContain('❌');
    expect(rows.find((r) => r.startsWith('wall time'))).toContain('—');
  });

  it('leaves no trailing spaces', () => {
    for (const row of rows) expect(row).toBe(row.trimEnd());
  });
});

describe('tally', () => {
  it('counts met, missed and figures without a goal', () => {
    expect(tally(lines)).toEqual({ met: 2, missed: 1, informational: 1 });
  });
});
