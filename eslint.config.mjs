// One lint gate for the whole repository (`npm run lint`, run by .ci/run before the tests).
// Syntax-only presets on purpose: the type-checked typescript-eslint presets would build a TypeScript
// program per tsconfig and take minutes on a 2-core CI machine; `npm run typecheck` already runs tsc.
// No stylistic rules: Prettier owns layout (`npm run format:check`).
import comments from '@eslint-community/eslint-plugin-eslint-comments';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const client = './client/src';
const server = './server/src';

export default defineConfig(
  {
    // Build output, local databases, coverage and generated code (the API types come from openapi.json).
    ignores: ['**/node_modules/', '**/dist/', '**/.data/', '**/coverage/', 'client/src/lib/api-types.ts'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  // A disable comment says why, after `--` (docs/development.md): the next reader must be able to judge it.
  {
    plugins: { '@eslint-community/eslint-comments': comments },
    rules: {
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
    },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_` marks a parameter a signature needs but the body does not (NestJS hooks, array callbacks),
      // and a rest sibling is how the code drops a field from a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  // Where each file runs decides its globals.
  {
    files: ['server/**/*.ts', 'shared/**/*.ts', 'migrations/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', 'client/vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.spec.{ts,tsx}', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'server/test/**/*.ts', 'e2e/**/*.ts'],
    languageOptions: { globals: globals.jest },
  },

  // React: the two rules whose breakage shows up as stale screens or crashes, as errors.
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  // Import boundaries (bulletproof-react's no-restricted-paths): dependencies point one way, from
  // the screens down to the layers they stand on. Relative imports are resolved to files, so the
  // resolver needs the TypeScript extensions.
  {
    files: ['client/**/*.{ts,tsx}', 'server/**/*.ts', 'shared/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // Client. app/ (shell, router) composes features; features compose components/ and lib/.
            {
              target: `${client}/components`,
              from: [`${client}/features`, `${client}/app`],
              message: 'Shared components must not depend on a feature or on the app shell.',
            },
            {
              target: `${client}/lib`,
              from: [`${client}/features`, `${client}/app`, `${client}/components`],
              message: 'lib/ is the bottom layer: plain helpers, no screens.',
            },
            {
              target: `${client}/features`,
              from: `${client}/app`,
              message: 'A feature must not depend on the app shell; the shell depends on features.',
            },
            // Features use each other today, and on purpose: the client page is where goals, progress,
            // measures and sessions meet, and most features read the client and the signed-in user.
            // Moving that composition into app/ (bulletproof-react's strict form) is a refactor of its
            // own, so cross-feature imports stay allowed. What holds and is enforced is the direction
            // inside every feature: a feature's api/ (queries, mutations, keys) and its top-level
            // modules (rules, labels, pure logic) never import any feature's components/, so data and
            // logic can be used and tested without screens.
            {
              target: [`${client}/features/*/api/**`, `${client}/features/*/*.{ts,tsx}`],
              from: [`${client}/features/*/components/**`],
              message: "A feature's api/ and logic modules must not depend on screens (components/).",
            },

            // Server. common/, config/ and database/ sit under every feature. The one way in is a
            // feature's entity: database/entities.ts lists them for TypeORM, and the tenant base class
            // relates every record to its practice.
            {
              target: [`${server}/common/**`, `${server}/config/**`, `${server}/database/**`],
              from: [`${server}/!(common|config|database)/**`, `${server}/*.ts`],
              except: ['**/*.entity.ts'],
              message: 'common/, config/ and database/ must not depend on a feature (entities excepted).',
            },

            // shared/ runs in both the browser and the server, so it can depend on neither.
            {
              target: './shared',
              from: ['./server', './client'],
              message: 'shared/ is used by both sides and must not import either.',
            },
          ],
        },
      ],
    },
  },
);
