// Zapier loads the app from this file (its wrapper requires ./index.js). The app is index.ts, built by
// `npm run build` into dist/ (see scripts/build.js).
module.exports = require('./dist/index.js').default;
