/**
 * An esbuild plugin: zod's translations of its own messages → English only (zod's default). The app
 * writes its own messages, and the translations were an eighth of the Zapier zip. Used by the Zapier
 * build (scripts/build.js) and the n8n package's (n8n/scripts/build.js).
 */
'use strict';

const path = require('node:path');

const englishOnly = (resolveDir) => ({
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /locales\/index\.c?js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`) ? { path: 'zod-locales-en', namespace: 'zod-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir,
    }));
  },
});

module.exports = { englishOnly };
