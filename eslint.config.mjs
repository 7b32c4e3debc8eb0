// ESLint flat config. `npm run lint` checks every TypeScript file of the
// extension, the server, the shared code, the tests and the scripts with
// typescript-eslint's type-aware recommended rules, and the plain JavaScript
// (the .mjs build and benchmark scripts, the .cjs dependency-cruiser config)
// with ESLint's recommended rules: there are no types to read. Formatting is
// Prettier's business: eslint-config-prettier, last, turns off every rule that
// would argue with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    '**/out/',
    '**/dist/',
    '**/node_modules/',
    '.cache/',
    'test-results/',
    // Letters and job descriptions the tests read, not code.
    'test/fixtures/',
    'test/editor/fixtures/',
  ]),
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // Each file is checked with the tsconfig.json that includes it (shared,
        // server, client, scripts, test, test/editor, scripts/editor).
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: {
      sourceType: 'module',
      // The Node.js globals these scripts use (ESLint knows only the language's own).
      globals: {
        URL: 'readonly',
        clearTimeout: 'readonly',
        console: 'readonly',
        performance: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  {
    // The dependency-cruiser config (.dependency-cruiser.cjs) is CommonJS.
    files: ['**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  prettier,
);
