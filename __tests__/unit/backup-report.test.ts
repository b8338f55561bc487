import type { BackupResult } from '../../src/core/backup/backup.js';
import { renderBackupSummary } from '../../src/core/report/backup.js';

function backupResult(extra: Partial<BackupResult> = {}): BackupResult {
  return {
    path: '/work/repo/backups/shop_20260102_030405.dump',
    name: 'shop_20260102_030405',
    format: 'custom',
    compression: 'gzip:1',
    sizeBytes: 1_572_864,
    sha256: 'a'.repeat(64),
    checksumPath: '/work/repo/backups/shop_20260102_030405.sha256',
    durationMs: 2_340,
    pgDumpVersion: '15.18',
    tables: [
      { schema: 'public', name: 'customers', rows: 3 },
      { schema: 'public', name: 'orders', rows: 45 },
    ],
    ...extra,
  };
}

describe('renderBackupSummary', () => {
  test('shows the archive, its size, duration, format, pg_dump, sha256 and every table with its rows', () => {
    expect(renderBackupSummary(backupResult(), '1.2.3')).toBe(
      [
        '## ✅ db-deploy backup: `shop_20260102_030405`',
        '',
        '2 tables and 48 rows backed up in 2.3s.',
        '',
        '|  |  |',
        '| --- | --- |',
        '| **Archive** | `/work/repo/backups/shop_20260102_030405.dump` |',
        '| **Size** | 1.5 MB (1572864 bytes) |',
        '| **Duration** | 2.3s |',
        '| **Format** | custom, compression `gzip:1` |',
        '| **pg_dump** | 15.18 |',
        `| **sha256** | \`${'a'.repeat(64)}\` |`,
        '| **Verified** | ✅ sha256 written, `pg_restore --list` reads the archive |',
        '',
        '| Table | Rows |',
        '| --- | ---: |',
        '| `public.customers` | 3 |',
        '| `public.orders` | 45 |',
        '',
        '<sub>db-deploy v1.2.3</sub>',
      ].join('\n'),
    );
  });

  test('says the archive was not verified when verify is off', () => {
    const summary = renderBackupSummary(backupResult({ sha256: undefined }), '1.2.3');
    expect(summary).toContain('| **sha256** | — |');
    expect(summary).toContain('| **Verified** | ⚠️ no (verify: false) |');
  });

  test('escapes table names that would break the Markdown table', () => {
    const tables = [{ schema: 'public', name: 'odd|name', rows: 1 }];
    const summary = renderBackupSummary(backupResult({ tables }), '1.2.3');
    expect(summary).toContain('| `public.odd\\|name` | 1 |');
  });

  test('says so when the database holds no table, and counts one row and one table in the singular', () => {
    expect(renderBackupSummary(backupResult({ tables: [] }), '1.2.3')).toContain(
      'The database holds no user table.',
    );
    const one = [{ schema: 'public', name: 'only', rows: 1 }];
    expect(renderBackupSummary(backupResult({ tables: one }), '1.2.3')).toContain(
      '1 table and 1 row backed up',
    );
  });

  test('folds a long list of tables into a details block that still lists every table', () => {
    const tables = Array.from({ length: 25 }, (_, i) => ({ schema: 's', name: `t${i}`, rows: i }));
    const summary = renderBackupSummary(backupResult({ tables }), '1.2.3');
    expect(summary).toContain('<details><summary>25 tables, 300 rows</summary>');
    for (const t of tables) expect(summary).toContain(`| \`s.${t.name}\` | ${t.rows} |`);
  });
});
