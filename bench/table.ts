/**
 * The benchmark's one table: rows of figures, each with its goal and whether it was met, grouped
 * under section lines; rendered as aligned plain text (the terminal and RESULTS.md show the same).
 */

/** One figure: what was measured, the result, the goal beside it, met or not, and why. */
export interface Row {
  measure: string;
  result: string;
  /** The goal as written beside the figure; "no goal set" when the issue gives none. */
  goal: string;
  /** true ✅, false ❌, undefined when there is no goal to meet. */
  met?: boolean;
  why?: string;
}

/** A section heading, or a row. */
export type Line = { section: string } | Row;

export const MET = '✅';
export const MISSED = '❌';
export const NO_GOAL = '—';

/** Columns a string takes in a terminal: emoji and other wide characters take two. */
export const displayWidth = (text: string): number => {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code === 0xfe0f || code === 0x200d || (code >= 0x300 && code <= 0x36f)) continue; // variation selector, joiner, combining marks
    const wide =
      (code >= 0x1f300 && code <= 0x1faff) || // pictographs, emoji
      (code >= 0x2600 && code <= 0x27bf && (code === 0x2705 || code === 0x274c || code === 0x26a0)) || // ✅ ❌ ⚠
      (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
      (code >= 0x2e80 && code <= 0xa4cf) || // CJK
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xff00 && code <= 0xff60);
    width += wide ? 2 : 1;
  }
  return width;
};

export const padEnd = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

const mark = (met: boolean | undefined): string => (met === undefined ? NO_GOAL : met ? MET : MISSED);

const HEADERS = ['Measure', 'Result', 'Goal', 'Met', 'Why / how'] as const;

/** The table as aligned text: a header, a rule, and each section's rows under its title. */
export const renderTable = (lines: readonly Line[]): string => {
  const rows = lines.filter((line): line is Row => !('section' in line));
  const cells = (row: Row): string[] => [row.measure, row.result, row.goal, mark(row.met), row.why ?? ''];
  const widths = HEADERS.map((header, i) => Math.max(displayWidth(header), ...rows.map((row) => displayWidth(cells(row)[i]!))));
  // the last column is not padded (no trailing spaces)
  const format = (values: readonly string[]): string =>
    values
      .map((value, i) => (i === values.length - 1 ? value : padEnd(value, widths[i]!)))
      .join('  ')
      .trimEnd();
  const total = widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
  const out = [format(HEADERS), '─'.repeat(Math.min(total, 160))];
  for (const line of lines) {
    if ('section' in line) {
      if (out.length > 2) out.push('');
      out.push(line.section);
    } else {
      out.push(format(cells(line)));
    }
  }
  return out.join('\n');
};

/** How many rows met their goal, missed it, or had none. */
export const tally = (lines: readonly Line[]): { met: number; missed: number; informational: number } => {
  const rows = lines.filter((line): line is Row => !('section' in line));
  return {
    met: rows.filter((row) => row.met === true).length,
    missed: rows.filter((row) => row.met === false).length,
    informational: rows.filter((row) => row.met === undefined).length,
  };
};
