import type { RestoreResult } from '../../src/core/backup/restore.js';
import { renderRestoreSummary } from '../../src/core/report/restore.js';

const view = { backupPath: '/work/repo/backups/shop_20260102_030405.dump', version: '1.2.3' };

function restoreResult(extra: Partial<RestoreResult> = {}): RestoreResult {
  return { restoredTables: 2, format: 'custom', checksumVerified: true, durationMs: 850, ...extra };
}

describe('renderRestoreSummary', () => {
  test('shows the tables restored, the archive, how it was checked and how long it took', () => {
    expect(renderRestoreSummary(restoreResult(), view)).toBe(
      [
        '## ✅ db-deploy restore: 2 tables restored',
        '',
        '|  |  |',
        '| --- | --- |',
        '| **Archive** | `/work/repo/backups/shop_20260102_030405.dump` |',
        '| **Format** | custom |',
        '| **Checked** | ✅ sha256 matched the `.sha256` beside the archive |',
        '| **Tables** | 2 |',
        '| **Duration** | 850ms |',
        '',
        '<sub>db-deploy v1.2.3</sub>',
      ].join('\n'),
    );
  });

  test.each([
    ['custom', 'pg_restore read every data block first'],
    ['directory', 'pg_restore read every data block first'],
    ['plain', "its SQL ends with pg_dump's completion line"],
  ] as const)('says how a %s archive without a .sha256 was checked instead', (format, check) => {
    const summary = renderRestoreSummary(restoreResult({ format, checksumVerified: false }), view);
    expect(summary).toContain(`| **Checked** | no \`.sha256\` beside the archive: ${check} |`);
  });

  test('counts one table in the singular', () => {
    expect(renderRestoreSummary(restoreResult({ restoredTables: 1 }), view)).toMatch(
      /^## ✅ db-deploy restore: 1 table restored\n/,
    );
  });
});
