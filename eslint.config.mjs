// ESLint (flat config): the layer boundaries of docs/ARCHITECTURE.md, and no promise left unhandled.
// Runs in `npm test` (npm run lint). Type-aware, so it reads tsconfig.json.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const node = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'worker_threads'];
const boundary = (message, patterns) => ({ 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] });

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.bench/**', 'node_modules/**', 'media/**', 'test/**', 'bench/**', 'scripts/**', '*.js', '*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Escapes inside character classes (\[) are kept where they make a pattern easier to read.
      'no-useless-escape': 'off',
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  // core: pure TypeScript, text in, findings out.
  { files: ['src/core/**/*.ts'], rules: boundary('src/core is pure: no vscode, no Node built-ins, no outer layer.', ['vscode', ...node, '**/present/**', '**/vscode/**', '**/cli/**', '../present', '../vscode', '../cli']) },
  // present: pure, over the core only.
  { files: ['src/present/**/*.ts'], rules: boundary('src/present is pure: it imports the core (src/core/index.ts) only.', ['vscode', ...node, '**/vscode/**', '**/cli/**', '../core/*', '../core/**']) },
  // cli: Node and the core; never the editor.
  { files: ['src/cli/**/*.ts'], rules: boundary('src/cli never imports vscode, the extension adapters, or core internals.', ['vscode', '**/vscode/**', '../core/*', '../../core/*']) },
  // input: Word and PDF to text, pure (bytes in; pdf.js handed in), shared by the CLI and the extension.
  { files: ['src/input/**/*.ts'], rules: boundary('src/input is pure: no vscode, no Node built-ins, no engine or outer layer.', ['vscode', ...node, '**/core/**', '**/present/**', '**/vscode/**', '**/cli/**', '../core', '../present', '../vscode', '../cli']) },
  // vscode adapters: never the CLI.
  { files: ['src/vscode/**/*.ts'], rules: boundary('src/vscode never imports the CLI or core internals (use src/core/index.ts, as types, and the lazy engine).', ['**/cli/**', '../core/*', '../../core/*']) },
);
