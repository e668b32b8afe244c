// ESLint: the recommended rules of ESLint and typescript-eslint; Prettier owns layout.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'artifacts/',
      'drafts/',
      '.neo4j/',
      '.neo4j-*/',
      '.nlp/',
      '.nlp-*/',
      'src/graphql/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused names are errors, except a deliberate `_`-prefixed placeholder.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/browser/**', 'src/explore/client/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
