// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/fixtures/', 'screenshots/', 'coverage/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Typed linting for TypeScript modules: it sees what a type says, so an unawaited promise
  // (a search that fails silently) or a misused one is an error, not a habit.
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Tests read parsed HTML and JSON whose shape the assertions check; the unsafe-any rules
  // would only add casts there. Promises, awaits and the rest still apply.
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // src/lib/ is logic without Astro: plain TypeScript that Node scripts, tests and pages all
  // import. It may use schemas and its own modules, never the data module, interface strings,
  // components or Astro's virtual modules.
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^astro:', message: 'src/lib/ is logic without Astro: take the data as a parameter instead.' },
            {
              regex: '(^~/|/)(data|i18n|components|layouts|pages)/',
              message:
                'src/lib/ may not import the data module, interface strings or components: give the function a narrow input type (see src/lib/model/entries.ts) and pass the values in.',
            },
          ],
        },
      ],
    },
  },
  // src/client/ is what the browser runs: it gets its strings through data attributes, so the
  // bundle carries only the words the page needs, and never code that needs Node.
  {
    files: ['src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^~/|/)(i18n|data)/',
              message:
                'Browser code gets its strings through data attributes (see Explorer.astro data-messages), not from src/i18n/ or the data module.',
            },
            {
              regex: '(^node:|\\.node\\.ts$)',
              message: 'Browser code cannot use Node: move the logic into a module of src/lib/ that does not need it.',
            },
          ],
        },
      ],
    },
  },
);
