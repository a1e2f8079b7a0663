#!/usr/bin/env node
/**
 * Builds what Zapier runs: dist/index.js (the app, one file) and dist/zod.js (zod, minified).
 *
 * - The app is bundled from index.ts with esbuild; zapier-platform-core stays outside (Zapier's build
 *   adds it). Readable, not minified, so stack traces in Zapier's logs make sense.
 * - zod is bundled on its own and required as `./zod.js`, still only when a step first parses
 *   something (src/schema.ts), so loading the app does not load zod (cold start).
 * - zod's translations of its own error messages are left out (this app writes its own messages):
 *   they were an eighth of the zip.
 * Type checking is `npm run typecheck` (tsc); esbuild only strips types.
 */
'use strict';

const path = require('node:path');
const esbuild = require('esbuild');

const { englishOnly } = require('./zod-english-only');

const root = path.resolve(__dirname, '..');
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', legalComments: 'none', logLevel: 'warning' };

/** `require('zod')` in the app → `require('./zod.js')`, left for run time. */
const zodBeside = {
  name: 'zod-beside',
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, () => ({ path: './zod.js', external: true }));
  },
};


const main = async () => {
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [path.join(root, 'index.ts')],
      outfile: path.join(root, 'dist', 'index.js'),
      external: ['zapier-platform-core'],
      plugins: [zodBeside],
    }),
    esbuild.build({
      ...common,
      stdin: { contents: "export * from 'zod';", resolveDir: root, loader: 'js' },
      outfile: path.join(root, 'dist', 'zod.js'),
      minify: true,
      plugins: [englishOnly(root)],
    }),
  ]);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
