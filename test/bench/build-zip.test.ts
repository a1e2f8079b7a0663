/** Section 6's rows: build.zip's size against 1 MB, whether it runs, and the what-if build. */
import { zipRows, type ZipBuild, type ZipFacts } from '../../bench/build-zip';

const facts = (over: Partial<ZipFacts> = {}): ZipFacts => ({
  bytes: 950_000,
  entries: 300,
  symlinks: 0,
  packageJsons: 40,
  appFiles: 2,
  byPackage: [{ name: 'zod', bytes: 500_000, files: 100 }],
  load: { ok: true, triggers: 17, creates: 12, searches: 5, stepRan: true },
  ...over,
});

const build = (over: Partial<ZipBuild> = {}): ZipBuild => ({ ...facts(), zipPath: 'build/build.zip', ms: { build: 0, install: 0, zip: 0, total: 0 }, ...over });

describe('zipRows', () => {
  it('meets ≤ 1 MB and a zip that runs', () => {
    const [size, runs, ...rest] = zipRows(build());
    expect(size).toMatchObject({ result: '0.91 MB (950,000 B)', goal: '≤ 1 MB', met: true });
    expect(size!.why).toContain('zod 0.48 MB');
    expect(runs).toMatchObject({ result: 'yes', met: true, why: '17 triggers, 12 actions, 5 searches; a step parsing with zod ran' });
    expect(rest).toEqual([]);
  });

  it('misses a zip over 1 MB or one that fails for want of index.js, and adds the what-if row', () => {
    const error = "Cannot find module './index.js'";
    const rows = zipRows(build({ bytes: 1_048_577, load: { ok: false, error }, withIndexJs: facts({ bytes: 960_000 }) }));
    expect(rows[0]!.met).toBe(false);
    expect(rows[1]).toMatchObject({ result: 'no', met: false, why: `${error} (Zapier’s zapierwrapper.js loads ./index.js; the project has none)` });
    expect(rows[2]).toMatchObject({ measure: 'what-if: + root index.js (scratch only)', met: true });
    expect(rows[2]!.why).toMatch(/^runs; 300 entries/);
  });
});
