/**
 * Imported first by the demo, before zapier-platform-core loads: the core then runs as it does under
 * the tests (createAppTester under jest). Otherwise it prints a memory report after every step and
 * only logs Zapier's output checks instead of failing on them.
 */
process.env.NODE_ENV ??= 'test';
process.env.DISABLE_ZAPIER_ANALYTICS ??= '1';

export {};
