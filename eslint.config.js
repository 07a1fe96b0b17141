// Lint rules CI enforces (`npm run lint`, part of `npm test`). Formatting is Prettier's job; the
// folder boundaries (which part may import which) are dependency-cruiser's (.dependency-cruiser.cjs).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The API types are generated (npm run generate:console-api, formatted by the generator itself)
  // and checked current by test/unit/console-api-types.test.ts: linting them again adds nothing.
  {
    ignores: [
      'node_modules/',
      'dist/',
      'generated/',
      '.tools/',
      'data/',
      'coverage/',
      'console/dist/',
      'console/src/api-types.ts',
      'client/src/api-types.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits loses its error and its ordering.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Workflow code runs in Temporal's deterministic sandbox: it may import the workflow API, the
    // pure rules in domain/ and the contracts, plus types from anywhere.
    files: ['workflows/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!@temporalio/(workflow|common)$|\\.\\./(domain|contracts)/|\\./)',
              allowTypeImports: true,
              message:
                'Workflows import only @temporalio/workflow, domain/ and contracts/ (and types): ' +
                'anything else is not deterministic or does I/O. Call an activity instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // Scripts, benchmarks, the simulator and tests talk to people on the console.
    files: ['scripts/**/*.ts', 'bench/**/*.ts', 'exotel-sim/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests read JSON answers loosely (`body.funnel[0].sent`); production code never does.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  prettier,
);
