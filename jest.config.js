/**
 * Jest runs TypeScript as ESM (the toolkit and node-pg-migrate are ESM-only). One project per
 * layer: unit tests start nothing; integration and e2e tests share one real PostgreSQL started
 * by their global set-up; e2e tests refuse bundles built from other sources than the working tree.
 */
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
};

export default {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/__tests__/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/__tests__/helpers/global-teardown.ts',
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/__tests__/helpers/e2e-setup.ts',
      globalTeardown: '<rootDir>/__tests__/helpers/global-teardown.ts',
    },
  ],
  // A hang guard, not a speed check: generous, as a loaded machine (npm test beside two busy
  // loops) stretches a server's start or stop in a hook far past its usual seconds.
  testTimeout: 120000,
  maxWorkers: 2,
};
