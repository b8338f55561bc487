import type { BackupResult } from '../../src/core/backup/backup.js';
import type { TableComparison } from '../../src/core/backup/verify-restore.js';
import { renderBackupSummary } from '../../src/core/report/backup.js';

const A = 'a'.repeat(32);
const B = 'b'.repeat(32);

function compared(name: string, extra: Partial<TableComparison> = {}): TableComparison {
  return {
    schema: 'public',
    name,
    rows: 3,
    checksum: A,
    restoredRows: 3,
    restoredChecksum: A,
    match: true,
    ...extra,
  };
}

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

  test('says how to restore the default .dump.zst by hand, and only for it', () => {
    const summary = renderBackupSummary(
      backupResult({
        path: '/work/repo/backups/shop_20260102_030405.dump.zst',
        compression: 'zstd:3 (whole file)',
      }),
      '1.2.3',
    );
    expect(summary).toContain(
      '| **Format** | custom, compression `zstd:3 (whole file)` |\n| **By hand** | `zstd -dc shop_20260102_030405.dump.zst \\| pg_restore -d DB` (zstd around a custom archive, see the backup README) |',
    );
    expect(renderBackupSummary(backupResult(), '1.2.3')).not.toContain('By hand');
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

  describe('with verify-restore', () => {
    test('shows every table with its rows and checksums on both sides when all match', () => {
      const verifyRestore = {
        verified: true,
        durationMs: 1_200,
        tables: [compared('customers'), compared('orders', { rows: 45, restoredRows: 45 })],
      };
      const summary = renderBackupSummary(backupResult({ verifyRestore }), '1.2.3');
      expect(summary).toContain('## ✅ db-deploy backup');
      expect(summary).toContain('2 tables and 48 rows backed up in 2.3s, restored and verified.');
      expect(summary).toContain(
        '| **Restore verified** | ✅ restored and every table matches the source (1.2s) |',
      );
      expect(summary).toContain(
        [
          '|  | Table | Rows | Restored rows | Checksum | Restored checksum |',
          '| --- | --- | ---: | ---: | --- | --- |',
          '| ✅ | `public.customers` | 3 | 3 | `aaaaaaaaaaaa` | `aaaaaaaaaaaa` |',
          '| ✅ | `public.orders` | 45 | 45 | `aaaaaaaaaaaa` | `aaaaaaaaaaaa` |',
        ].join('\n'),
      );
      expect(summary).not.toContain('| Table | Rows |\n');
    });

    test('puts mismatches first, a missing table included, and says the restore differs', () => {
      const verifyRestore = {
        verified: false,
        durationMs: 1_200,
        tables: [
          compared('accounts'),
          compared('orders', { restoredChecksum: B, match: false }),
          compared('gone', { restoredRows: null, restoredChecksum: null, match: false }),
        ],
      };
      const summary = renderBackupSummary(backupResult({ verifyRestore }), '1.2.3');
      expect(summary).toContain('## ❌ db-deploy backup');
      expect(summary).toContain('; the restored copy differs in 2 tables.');
      expect(summary).toContain(
        '| **Restore verified** | ❌ 2 tables of 3 differ from the source |',
      );
      const rows = summary.split('\n').filter((l) => /^\| (✅|❌) \|/.test(l));
      expect(rows).toEqual([
        '| ❌ | `public.orders` | 3 | 3 | `aaaaaaaaaaaa` | `bbbbbbbbbbbb` |',
        '| ❌ | `public.gone` | 3 | missing | `aaaaaaaaaaaa` | — |',
        '| ✅ | `public.accounts` | 3 | 3 | `aaaaaaaaaaaa` | `aaaaaaaaaaaa` |',
      ]);
    });

    test('keeps mismatches open and folds the matching tables when there are many', () => {
      const tables = Array.from({ length: 25 }, (_, i) => compared(`t${i}`));
      tables[20] = compared('t20', { restoredRows: 2, match: false });
      const summary = renderBackupSummary(
        backupResult({ verifyRestore: { verified: false, durationMs: 1, tables } }),
        '1.2.3',
      );
      const [open, folded] = summary.split('<details>');
      expect(open).toContain('| ❌ | `public.t20` | 3 | 2 |');
      expect(open).not.toContain('public.t0`');
      expect(folded).toContain('<summary>24 matching tables</summary>');
      expect(folded).toContain('| ✅ | `public.t0` |');
    });
  });
});
