/**
 * Imported first by every benchmark entry point, before zapier-platform-core loads: the core then
 * runs as under the tests (createAppTester under jest): no memory report printed after every step,
 * and Zapier's output checks fail a step instead of only logging. No analytics from the CLI.
 */
process.env.NODE_ENV ??= 'test';
process.env.DISABLE_ZAPIER_ANALYTICS ??= '1';

export {};
