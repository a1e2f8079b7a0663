/** bench/RESULTS.md as written from a run's table, lines and the sections' notes. */
import { resultsMarkdown } from '../../bench/report';
import type { Line } from '../../bench/table';

const lines: Line[] = [
  { section: '1. Cold start' },
  { measure: 'load: app ÷ core', result: '1.20×', goal: '≤ 1.10×', met: false, why: 'too slow' },
  { measure: 'zod loaded', result: 'no', goal: 'no', met: true },
  { measure: 'wall time', result: '40 ms', goal: 'no goal set' },
];

const markdown = (over: Partial<Parameters<typeof resultsMarkdown>[0]> = {}) =>
  resultsMarkdown({
    table: 'THE TABLE',
    lines,
    started: new Date('2025-01-02T03:04:05.678Z'),
    elapsedMs: 61_000,
    machine: ['CPU: 2 × test'],
    notes: ['## Section notes', '', 'a note', ''],
    how: ['- Cold start: how'],
    ...over,
  });

describe('resultsMarkdown', () => {
  it('writes the date, the machine, the table, the tally and the missed goals', () => {
    const md = markdown();
    expect(md).toContain('Run on 2025-01-02 03:04:05 UTC, in 61.00 s.');
    expect(md).toContain('- CPU: 2 × test');
    expect(md).toContain('```text\nTHE TABLE\n```');
    expect(md).toContain('1 figures met their goal, 1 missed, 1 have no goal set.');
    expect(md).toContain('## Missed goals\n\n- **load: app ÷ core**: 1.20× (goal ≤ 1.10×). too slow\n');
  });

  it('puts the sections’ notes after the missed goals, and their how-lines last', () => {
    const md = markdown();
    expect(md.indexOf('## Missed goals')).toBeLessThan(md.indexOf('## Section notes'));
    expect(md.endsWith('a note\n\n## How each figure is measured\n\n- Cold start: how\n')).toBe(true);
  });

  it('says None. when no goal was missed', () => {
    expect(markdown({ lines: lines.slice(2) })).toContain('## Missed goals\n\nNone.\n');
  });
});
