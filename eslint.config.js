import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * Rules that catch real bugs: promises nobody awaits, code nobody uses, `any` leaking
 * into typed code, and the engine importing from the app or the server.
 */
export default ts.config(
  {
    ignores: [
      'build*/',
      '.svelte-kit*/',
      'test-results*/',
      'bench-results/',
      'dist*/',
      'node_modules/',
      'server/data/',
      'static/',
      'tests/fixtures/',
      // Scanner scripts run in the sandbox with its own globals; the engine checks them.
      'server/cli/examples/'
    ]
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte']
      }
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } }
  },
  {
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // The app is served from the root with no base path, so plain hrefs are already resolved.
      'svelte/no-navigation-without-resolve': 'off',
      // Collections in component state are replaced whole (through $state.raw), never mutated in place.
      'svelte/prefer-svelte-reactivity': 'off'
    }
  },
  {
    // Tests read untyped JSON answers on purpose (to check what the wire really carried), and
    // Svelte templates are type-checked by svelte-check, which sees the component types this cannot.
    files: [
      '**/*.test.ts',
      'tests/**',
      '**/test-helpers.ts',
      '**/test-client.ts',
      '**/*-test-client.ts',
      '**/*.svelte'
    ],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off'
    }
  },
  {
    // The engine's own code; its tests may still use the server's simulator as a data source.
    files: ['src-worker/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['$lib', '$lib/*', '**/src/**', '../src/*'], message: 'The engine imports nothing from the app.' },
            { group: ['**/server/**', '../server/*'], message: 'The engine imports nothing from the server.' }
          ]
        }
      ]
    }
  },
  {
    // SvelteKit type-checks the service worker in a project of its own, outside tsconfig.json;
    // plain JavaScript files (build scripts, launchers) carry no types to check.
    files: ['src/service-worker.ts', '**/*.js', '**/*.mjs'],
    ...ts.configs.disableTypeChecked
  }
);
