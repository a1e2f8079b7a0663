/**
 * `npm run fuzz`, small: every case of test/fuzz/cases.ts with a few hostile inputs each. Nothing may
 * crash (a throw that is not a z.errors.* error), leak a secret, or reach a host but DailyBot's API.
 * The worst time per input is a figure `npm run fuzz` prints, not a test: timings belong to the
 * benchmark. `npm run fuzz -- --runs 10000` runs it large.
 */
import { MAX_PAGES_PER_RUN } from '../../src/http/paginate';
import { formatFigures, runFuzz } from './run';

const RUNS = Number(process.env.FUZZ_RUNS ?? 5);

it(`survives ${RUNS} hostile inputs per case`, async () => {
  const figures = await runFuzz({ runs: RUNS });
  const report = formatFigures(figures);
  expect(figures.cases).toBeGreaterThanOrEqual(70);
  expect(figures.inputs).toBe(figures.cases * RUNS);
  expect({ crashes: figures.crashes, leaks: figures.leaks, stray: figures.stray, broken: figures.broken, report }).toEqual({ crashes: 0, leaks: 0, stray: 0, broken: 0, report });
  expect(figures.mostRequests).toBeLessThanOrEqual(MAX_PAGES_PER_RUN + 1);
}, 300_000);
