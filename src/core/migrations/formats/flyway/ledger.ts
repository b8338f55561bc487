import { type DbClient, qualifiedName, quoteIdent } from '../../../db/index.js';
import { DbDeployError } from '../../../errors.js';
import type {
  Direction,
  Ledger,
  LedgerLocation,
  LedgerRun,
  Migration,
  MigrationDb,
} from '../../engine/types.js';
import { foreignLedger, oneTableLedger, tableColumns } from '../sql-files.js';
import type { FlywayMigration } from './files.js';
import { compareVersions, versionKey } from './names.js';

/**
 * Flyway's schema history (`flyway_schema_history`), read and written as Flyway does on
 * PostgreSQL (flyway-database-postgresql PostgreSQLDatabase `getRawCreateScript`,
 * `getSelectStatement`; flyway-core JdbcTableSchemaHistory `doAddAppliedMigration`): a row per
 * event, ranked by `installed_rank`; `SQL` rows apply a version (or a repeatable, version
 * NULL), `UNDO_SQL` rows undo one, a `BASELINE` row marks everything up to its version as
 * applied; the newest row of a version decides. A repeatable counts as applied only when its
 * newest row has its current checksum, so a changed one runs again. A failed row
 * (`success = false`) is refused with `flyway repair`, as Flyway's own migrate refuses it.
 */

/** Flyway's table, primary key and index. ACCESS EXCLUSIVE on the new table only. */
const createTable = (table: string, name: string) => [
  `CREATE TABLE ${table} (
    "installed_rank" INT NOT NULL,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INTEGER,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
)`,
  `ALTER TABLE ${table} ADD CONSTRAINT ${quoteIdent(`${name}_pk`)} PRIMARY KEY ("installed_rank")`,
  `CREATE INDEX ${quoteIdent(`${name}_s_idx`)} ON ${table} ("success")`,
];

/** Every row in rank order. ACCESS SHARE lock. */
const selectRows = (table: string) =>
  `SELECT installed_rank, version, description, type, checksum, success FROM ${table} ORDER BY installed_rank`;

/**
 * Records a migration or an undo, ranked after every row so far, by the current user, with its
 * duration, as Flyway's `doAddAppliedMigration`. ROW EXCLUSIVE lock.
 */
const insertRow = (table: string) => `INSERT INTO ${table}
  (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
  VALUES ((SELECT coalesce(max(installed_rank), 0) + 1 FROM ${table}), $1, $2, $3, $4, $5, current_user, $6, true)`;

interface Row {
  installed_rank: number;
  version: string | null;
  description: string;
  type: string;
  checksum: number | null;
  success: boolean;
}

const COLUMNS = [
  'installed_rank',
  'version',
  'description',
  'type',
  'script',
  'checksum',
  'success',
];

export function flywayLedger(location: LedgerLocation, migrations: readonly Migration[]): Ledger {
  const table = qualifiedName(location.schema, location.table);
  const shown = `${location.schema}.${location.table}`;
  const flyway = migrations as readonly FlywayMigration[];
  return {
    ...oneTableLedger(location, []),
    async ensure(client: DbClient) {
      for (const statement of createTable(table, location.table)) await client.query(statement);
    },
    async read(client: DbClient) {
      const columns = await tableColumns(client, location.schema, location.table);
      if (!COLUMNS.every((c) => columns.includes(c)))
        throw foreignLedger(shown, 'Flyway', columns, COLUMNS.join(', '));
      const { rows } = await client.query<Row>(selectRows(table));
      const failed = rows.find((r) => !r.success);
      if (failed) {
        throw new DbDeployError(
          'failed-migration-recorded',
          `Flyway's schema history ${shown} records a failed migration: ${failed.version ?? failed.description} (rank ${failed.installed_rank})`,
          {
            where: shown,
            hint: 'repair what it left in the database by hand, then remove the failed row with `flyway repair`, and run again',
          },
        );
      }
      // The newest row of each version or repeatable decides, in rank order.
      const state = new Map<string, { applied: boolean; checksum: number | null; rank: number }>();
      let baseline: bigint[] | undefined;
      for (const row of rows) {
        if (row.type === 'BASELINE' && row.version) baseline = parts(row.version);
        if (row.type === 'SCHEMA' || row.type === 'BASELINE' || row.type === 'TABLE') continue;
        const key =
          row.version === null ? `R:${row.description}` : `V${versionKey(parts(row.version))}`;
        state.set(key, {
          applied: !row.type.startsWith('UNDO'),
          checksum: row.checksum,
          rank: row.installed_rank,
        });
      }
      const applied: { id: string; rank: number }[] = [];
      for (const m of flyway) {
        const s = state.get(m.id);
        if (m.repeatable) {
          if (s?.applied && s.checksum === m.flyway.checksum)
            applied.push({ id: m.id, rank: s.rank });
        } else if (s) {
          if (s.applied) applied.push({ id: m.id, rank: s.rank });
        } else if (baseline && compareVersions(m.flyway.parts, baseline) <= 0) {
          applied.push({ id: m.id, rank: 0 });
        }
      }
      // Versions applied by Flyway but with no file here stay in the ledger's answer (missing).
      for (const [key, s] of state) {
        if (s.applied && !key.startsWith('R:') && !flyway.some((m) => m.id === key))
          applied.push({ id: key, rank: s.rank });
      }
      return applied.sort((a, b) => a.rank - b.rank).map(({ id }) => ({ id }));
    },
    async write(db: MigrationDb, migration: Migration, direction: Direction, run: LedgerRun) {
      const m = migration as FlywayMigration;
      const undo = direction === 'down' ? m.flyway.undo : undefined;
      if (direction === 'down' && !undo) throw new Error(`${m.name} has no undo migration`);
      await db.query(insertRow(table), [
        m.flyway.version ?? null,
        undo?.description ?? m.flyway.description,
        undo ? 'UNDO_SQL' : 'SQL',
        undo?.script ?? m.flyway.script,
        undo?.checksum ?? m.flyway.checksum,
        Math.max(0, Date.now() - run.startedAt.getTime()),
      ]);
    },
  };
}

function parts(version: string): bigint[] {
  return version.split('.').map((p) => (/^\d+$/.test(p) ? BigInt(p) : 0n));
}
