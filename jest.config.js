// One runner, three tiers (docs/development.md): unit, integration (real PostgreSQL), browser (real Chromium).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  testEnvironment: 'node',
  // NestJS 12 and sql-template-tag ship ESM only; Jest on Node 20 cannot require() ESM, so those packages are transpiled too.
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|sql-template-tag)/)'],
  moduleNameMapper: { '^@securebase/shared$': '<rootDir>/shared/src/index.ts' },
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/shared/src', '<rootDir>/server/src', '<rootDir>/client/src'],
      testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
    },
    {
      ...common,
      displayName: 'integration',
      roots: ['<rootDir>/server/test'],
      testMatch: ['**/*.int-spec.ts'],
      globalSetup: '<rootDir>/server/test/global-setup.ts',
      globalTeardown: '<rootDir>/server/test/global-teardown.ts',
      // testTimeout is not a per-project option; the setup file sets it.
      setupFilesAfterEnv: ['<rootDir>/server/test/jest-setup.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      roots: ['<rootDir>/e2e'],
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/server/test/global-setup.ts',
      globalTeardown: '<rootDir>/server/test/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/e2e/jest-setup.ts'],
    },
  ],
};
