// The ESLint rule that keeps the wall clock out of every test file (eslint.config.js), checked on
// snippets as ESLint sees a test file anywhere under __tests__, and not on helpers or sources.
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

/** The messages of the no-wall-clock rule for `code` linted as if it were at `path`. */
async function wallClock(code: string, path: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? [])
    .filter((m) => m.message.includes('no wall clock in tests'))
    .map((m) => m.line);
}

describe('no wall clock in tests (ESLint)', () => {
  test.each([
    ['Date.now()', 'const started = Date.now();\nexport { started };\n'],
    ['performance.now()', 'const started = performance.now();\nexport { started };\n'],
    ['process.hrtime', 'const started = process.hrtime.bigint();\nexport { started };\n'],
    [
      'performance imported from perf_hooks',
      "import { performance } from 'node:perf_hooks';\nexport const p = performance;\n",
    ],
  ])(
    'refuses %s in any layer’s test file',
    async (_what, code) => {
      for (const path of [
        '__tests__/unit/some-new.test.ts',
        '__tests__/integration/deep/other.test.ts',
        '__tests__/e2e/another.test.ts',
      ])
        expect(await wallClock(code, path)).toEqual([1]);
    },
    60_000,
  );

  test('refuses a measured duration under an expectation, not a check of its type', async () => {
    const code =
      'declare const run: { durationMs: number };\n' +
      'expect(Number.isInteger(run.durationMs)).toBe(true);\n' +
      'expect(run.durationMs).toBeLessThan(5000);\n';
    expect(await wallClock(code, '__tests__/e2e/another.test.ts')).toEqual([3]);
  }, 60_000);

  test('leaves helpers and sources alone (a poll deadline lives in __tests__/helpers)', async () => {
    const code = 'export const at = Date.now();\n';
    expect(await wallClock(code, '__tests__/helpers/deadline.ts')).toEqual([]);
    expect(await wallClock(code, 'src/core/clock.ts')).toEqual([]);
  }, 60_000);
});
