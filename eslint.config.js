// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['lib/', 'dist/', 'node_modules/', 'test-artifacts/', 'graph/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // The layer rule: code in core runs in Node and in the browser alike.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process'], message: 'src/core must run in the browser: no Node built-ins.' },
          { group: ['nodejieba'], message: 'src/core must not load jieba.' },
          { group: ['**/pipeline/**', '**/cli/**', '**/web/**'], message: 'src/core imports nothing from pipeline, cli or web.' },
        ],
      }],
    },
  },
  {
    files: ['src/web/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'nodejieba'], message: 'the explorer runs in the browser.' },
          { group: ['**/pipeline/**', '**/cli/**'], message: 'the explorer uses core only.' },
        ],
      }],
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'insert document text as text (textContent), never as markup.' },
        { property: 'outerHTML', message: 'insert document text as text (textContent), never as markup.' },
      ],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
