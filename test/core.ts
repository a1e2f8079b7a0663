/**
 * zapier-platform-core's own pieces (exported under `zapier-platform-core/src/*`), for running a step
 * thousands of times without appTester's per-call cost: appTester compiles the whole app definition
 * on every call (about half of a run's time); these compile it once and run each step the same way
 * (the same app middleware, request middleware, output checks, logger and fresh `z.cache` per run).
 * What they leave out is the Lambda wrapper (environment, the http logging patch, the memory guard).
 * Used by the action property tests (test/creates/support.ts) and the fuzz (test/fuzz/engine.ts).
 */
export type CoreApp = (input: unknown) => Promise<{ results: unknown }>;
/* eslint-disable @typescript-eslint/no-require-imports */
export const core = {
  createApp: require('zapier-platform-core/src/create-app') as (app: unknown) => CoreApp,
  createInput: require('zapier-platform-core/src/tools/create-input') as (...args: unknown[]) => unknown,
  createLogger: require('zapier-platform-core/src/tools/create-logger') as (event: unknown, options: unknown) => unknown,
  createRpcClient: require('zapier-platform-core/src/tools/create-rpc-client') as (event: unknown) => unknown,
  prepareApp: (require('zapier-platform-core/src/tools/schema') as { prepareApp: (app: unknown) => unknown }).prepareApp,
};
/* eslint-enable @typescript-eslint/no-require-imports */

let compiled: { app: CoreApp; definition: unknown } | undefined;

/** The app (index.ts), compiled once per process. */
export const compiledApp = (): { app: CoreApp; definition: unknown } =>
  (compiled ??= (() => {
    // loaded here, not at the top: test/helpers.ts already loads the app for appTester
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const App = (require('../index') as { default: unknown }).default;
    return { app: core.createApp(App), definition: core.prepareApp(App) };
  })());
