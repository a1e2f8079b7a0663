/** Jest runs the TypeScript sources directly; `npm run typecheck` does the type checking. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // `../index` is the app's source (index.ts), not the root index.js that Zapier loads (it requires dist/)
  moduleFileExtensions: ['ts', 'js', 'json', 'node'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // zapier-platform-core ends a process that has run 250 steps once it uses more than 450 MB: keep workers lean
  workerIdleMemoryLimit: '700MB',
  clearMocks: true,
};
