// A corpus of realistic pull-request migrations (__tests__/fixtures/lint-corpus, written for
// these tests): their findings are pinned, so that changes to the engine (speed work above all)
// keep every verdict, and the notices stay at no more than one per migration on median.
import { readFile, writeFile } from 'node:fs/promises';
import { openMigrationSet } from '../../../src/core/migrations/index.js';
import { lintMigration } from '../../../src/core/lint/files.js';
import type { Finding } from '../../../src/core/lint/types.js';
import { fixturePath } from '../../helpers/fixtures.js';

const CORPUS = fixturePath('lint-corpus');
const EXPECTED = fixturePath('lint-corpus.expected.json');
/** The CLI's default target. */
const PG_VERSION = 18;

let byFile: Map<string, Finding[]>;

beforeAll(async () => {
  const set = await openMigrationSet({ migrationsDir: CORPUS, baseDir: CORPUS });
  byFile = new Map();
  for (const file of set.migrations)
    byFile.set(
      file.file,
      await lintMigration(file, { format: set.format, all: set.migrations, pgVersion: PG_VERSION }),
    );
});

const brief = (f: Finding) => `${f.rule}:${f.severity}@${f.line}:${f.column}`;

describe('the corpus of realistic migrations', () => {
  test('holds a few hundred statements across typical pull requests, all of which parse', () => {
    const all = [...byFile.values()].flat();
    expect(byFile.size).toBeGreaterThanOrEqual(80);
    expect(all.filter((f) => f.rule === 'syntax-error')).toEqual([]);
  });

  test('gives exactly the pinned findings (UPDATE_LINT_CORPUS=1 rewrites them after a deliberate change)', async () => {
    const actual = Object.fromEntries(
      [...byFile].map(([file, findings]) => [file, findings.map(brief)]),
    );
    if (process.env.UPDATE_LINT_CORPUS === '1')
      await writeFile(EXPECTED, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(await readFile(EXPECTED, 'utf8')));
  });

  test('reports no more than one notice per migration on median', () => {
    const notices = [...byFile.values()]
      .map((findings) => findings.filter((f) => f.severity === 'notice').length)
      .sort((a, b) => a - b);
    expect(notices[Math.floor((notices.length - 1) / 2)]).toBeLessThanOrEqual(1);
  });
});
