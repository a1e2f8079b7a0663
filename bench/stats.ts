/** Small, pure number helpers for the benchmark: medians, ratios and how figures are written. */

/** The median of `values` (the mean of the two middle ones for an even count). */
export const median = (values: readonly number[]): number => {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The p-th percentile (0–100), nearest rank. */
export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) throw new RangeError('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
};

/** `1.23 ms`, `12.3 ms`, `123 ms`, `1.23 s`. */
export const ms = (value: number): string => {
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
};

/** `1.07×` */
export const times = (ratio: number): string => `${ratio.toFixed(2)}×`;

/** `+7.0 %` / `-1.2 %` for a ratio of 1.07 / 0.988. */
export const percentOver = (ratio: number): string => {
  const pct = (ratio - 1) * 100;
  return `${pct >= 0 ? '+' : '−'}${Math.abs(pct).toFixed(1)} %`;
};

/** `1,234` */
export const count = (value: number): string => Math.round(value).toLocaleString('en-US');

/** `0.94 MB (987,654 bytes)`: 1 MB = 1,048,576 bytes, as Zapier's upload limits are written. */
export const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(2)} MB`;

/** `1,234/s` */
export const perSecond = (n: number, elapsedMs: number): string => `${count((n * 1000) / elapsedMs)}/s`;
