import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Files under `files` may not import from the named src/ folders (nor @actions/* when `hostFree`). */
function layer(files, forbidden, hostFree) {
  const patterns = [
    {
      group: forbidden.flatMap((dir) => [`**/${dir}/*`, `../${dir}/*`, `./${dir}/*`]),
      message: `this layer may not import from src/${forbidden.join(', src/')} (entries -> actions -> github + core; cli -> core).`,
    },
  ];
  if (hostFree)
    patterns.push({ group: ['@actions/*'], message: 'src/core and src/cli must not import @actions/*; use src/github.' });
  return [{ files: [files], rules: { 'no-restricted-imports': ['error', { patterns }] } }];
}

export default tseslint.config(
  { ignores: ['.tmp/**', 'dist/**', 'node_modules/**', 'coverage/**', 'examples/**', '__tests__/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The layers, one way only: entries -> actions -> github + core; cli -> core (style.md, design.md).
  // The core is host-free: the actions toolkit is reached only through src/github.
  ...layer('src/core/**/*.ts', ['github', 'actions', 'cli', 'entries'], true),
  ...layer('src/cli/**/*.ts', ['github', 'actions', 'entries'], true),
  ...layer('src/github/**/*.ts', ['actions', 'cli', 'entries'], false),
  ...layer('src/actions/**/*.ts', ['cli', 'entries'], false),
  {
    files: ['**/*.js', '**/*.mjs', '**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
