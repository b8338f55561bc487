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
    patterns.push({
      group: ['@actions/*'],
      message: 'src/core and src/cli must not import @actions/*; use src/github.',
    });
  return [{ files: [files], rules: { 'no-restricted-imports': ['error', { patterns }] } }];
}

const WALL_CLOCK =
  'no wall clock in tests (it fails on a loaded machine): assert order, counts or events; drive scheduled code with a Clock (__tests__/helpers/clock.ts); poll with waitFor or deadline() from __tests__/helpers; timing goes to bench/.';

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'examples/**',
      '__tests__/fixtures/**',
    ],
  },
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
  // src/generated (data generated from the action.yml files) imports nothing; the core does not
  // know about action.yml, so it does not import it either.
  ...layer('src/generated/**/*.ts', ['core', 'github', 'actions', 'cli', 'entries'], true),
  ...layer('src/core/**/*.ts', ['github', 'actions', 'cli', 'entries', 'generated'], true),
  ...layer('src/cli/**/*.ts', ['github', 'actions', 'entries'], true),
  ...layer('src/github/**/*.ts', ['actions', 'cli', 'entries'], false),
  ...layer('src/actions/**/*.ts', ['cli', 'entries'], false),
  // No wall clock in the tests: a bound on elapsed time fails on a loaded machine, and the suite
  // must pass there. Timing questions belong in bench/; scheduled code takes a Clock
  // (src/core/clock.ts); a poll's deadline goes through __tests__/helpers/deadline.ts, which only
  // answers "has the time run out?".
  {
    files: ['__tests__/**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...[
          ['Date', 'now'],
          ['performance', 'now'],
          ['process', 'hrtime'],
          ['process', 'uptime'],
        ].map(([object, property]) => ({ object, property, message: WALL_CLOCK })),
      ],
      // A measured duration (a run's durationMs) under an expectation is a wall-clock bound too.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.name='expect'] > MemberExpression[property.name=/^(duration|elapsed|took|waited)Ms$/]",
          message: WALL_CLOCK,
        },
      ],
      'no-restricted-imports': [
        'error',
        ...['perf_hooks', 'node:perf_hooks'].map((name) => ({
          name,
          importNames: ['performance'],
          message: WALL_CLOCK,
        })),
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
