/**
 * `npm run fuzz [-- --runs N] [--seed S] [--only REGEX]`: hostile inputs at every webhook trigger,
 * action, search, dropdown and the connection test, hostile DailyBot answers under them (nock, no
 * network), and the figures. CI runs it small (test/fuzz/fuzz.test.ts); this runs it at any size.
 * Exits 1 when anything crashed, leaked or went to another host.
 */
import { formatFigures, runFuzz } from '../test/fuzz/run';

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

const main = async () => {
  process.env.DISABLE_ZAPIER_ANALYTICS = '1';
  const runs = Number(arg('runs') ?? 200);
  const seed = arg('seed') === undefined ? undefined : Number(arg('seed'));
  const only = arg('only') === undefined ? undefined : new RegExp(arg('only')!);
  const started = performance.now();
  const figures = await runFuzz({ runs, seed, only, onCase: (name, done, total) => process.stderr.write(`\r${done + 1}/${total} ${name}`.padEnd(60)) });
  process.stderr.write('\n');
  console.log(`${formatFigures(figures)}\nruns per case: ${runs}, total time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = figures.crashes + figures.leaks + figures.stray + figures.broken > 0 ? 1 : 0;
};

void main();
