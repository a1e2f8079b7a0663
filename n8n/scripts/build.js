#!/usr/bin/env node
/**
 * Builds the n8n package into n8n/dist:
 * - dist/dailybot.js: the nodes, the credential and the app's steps they run, in one bundle (esbuild),
 *   zod 4 included (n8n ships zod 3); `n8n-workflow` stays outside (n8n gives it, a peer dependency);
 *   `zapier-platform-core` is replaced by a shim (the steps only call its identity `define*` helpers);
 * - one small file per node and credential where package.json's `n8n` section points (n8n loads each
 *   and reads the class named as the file), each requiring the bundle;
 * - the icons and each node's codex (`*.node.json`).
 * n8n's community scanner refuses `globalThis` (zod 4 keeps its settings there): it becomes a local object.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const { englishOnly } = require('../../scripts/zod-english-only');

const here = path.resolve(__dirname, '..');

const NODES = ['DailyBot', 'DailyBotTrigger', 'DailyBotFormApprovalTrigger'];
const CREDENTIALS = ['DailyBotApi'];

/** `zapier-platform-core` → the shim; `node:crypto` → `crypto` (the name n8n's scanner allows); `node:dns/promises` → none. */
const platform = {
  name: 'dailybot-n8n-platform',
  setup(build) {
    build.onResolve({ filter: /^zapier-platform-core$/ }, () => ({ path: path.join(here, 'src', 'runtime', 'zapier-shim.ts') }));
    build.onResolve({ filter: /^node:crypto$/ }, () => ({ path: 'crypto', external: true }));
    // no DNS for community nodes: the package judges names as written (src/runtime/host.ts)
    build.onResolve({ filter: /^node:dns\/promises$/ }, () => ({ path: path.join(here, 'src', 'runtime', 'no-dns.ts') }));
  },
};


/** Builds the package into `dist` (n8n/dist; tests build into a folder of their own). */
const buildPackage = async (dist = path.join(here, 'dist')) => {
  fs.rmSync(dist, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(here, 'src', 'index.ts')],
    outfile: path.join(dist, 'dailybot.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    external: ['n8n-workflow'],
    define: { globalThis: '__dailybotGlobal' },
    banner: { js: 'var __dailybotGlobal = {};' },
    plugins: [platform, englishOnly(here)],
  });
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  for (const name of NODES) {
    write(path.join(dist, 'nodes', 'DailyBot', `${name}.node.js`), `'use strict';\nmodule.exports = { ${name}: require('../../dailybot.js').${name} };\n`);
    fs.copyFileSync(path.join(here, 'nodes', 'DailyBot', `${name}.node.json`), path.join(dist, 'nodes', 'DailyBot', `${name}.node.json`));
  }
  for (const name of CREDENTIALS) {
    write(path.join(dist, 'credentials', `${name}.credentials.js`), `'use strict';\nmodule.exports = { ${name}: require('../dailybot.js').${name} };\n`);
  }
  fs.cpSync(path.join(here, 'icons'), path.join(dist, 'icons'), { recursive: true });
};

module.exports = { buildPackage, NODES, CREDENTIALS };

if (require.main === module) {
  buildPackage().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
