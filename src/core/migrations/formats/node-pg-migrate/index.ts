import { basename, relative, resolve } from 'node:path';
import type { ColumnDefinitions } from 'node-pg-migrate';
import type {
  Direction,
  FormatConfig,
  FormatRequest,
  Migration,
  MigrationBody,
  MigrationDb,
  MigrationFormat,
  RenderedCode,
} from '../../engine/types.js';
import { buildOnDatabase, buildWithoutDatabase } from './builder.js';
import { NO_TRANSACTION_DECLARED } from '../../metadata.js';
import { nodePgMigrateLedger } from './ledger.js';
import { checkMigrationFile, isMigrationFile } from './files.js';
import {
  loadModuleActions,
  readMigrationFile,
  readMigrationFiles,
  type MigrationBuilderActions,
} from './load.js';

/** node-pg-migrate's CLI defaults (`--migrations-dir`, `--migrations-table`, `--schema`). */
export const NODE_PG_MIGRATE_DEFAULTS = {
  migrationsDir: 'migrations',
  migrationsTable: 'pgmigrations',
  schema: 'public',
} as const;

interface Loaded {
  actions: MigrationBuilderActions;
  /** The shorthands of this module and every module before it, as node-pg-migrate accumulates them. */
  shorthands: ColumnDefinitions;
}

/**
 * node-pg-migrate: `.sql` files split on `-- Up Migration` / `-- Down Migration`, and JS/TS
 * modules exporting `up`/`down` that receive a MigrationBuilder (`pgm`). A fresh instance per run
 * (it keeps the loaded modules).
 */
export function nodePgMigrateFormat(): MigrationFormat {
  const loaded = new Map<string, Loaded>();
  const loadedOf = (migration: Migration): Loaded => {
    const found = loaded.get(migration.path);
    if (!found) throw new Error(`${migration.name} was not prepared`);
    return found;
  };
  return {
    name: 'node-pg-migrate',
    async configure(request: FormatRequest): Promise<FormatConfig> {
      const d = NODE_PG_MIGRATE_DEFAULTS;
      const table = request.migrationsTable ?? d.migrationsTable;
      return {
        format: 'node-pg-migrate',
        migrationsDir: request.migrationsDir ?? resolve(request.baseDir, d.migrationsDir),
        ledger: { schema: request.schema ?? d.schema, table, checksums: `${table}_checksums` },
      };
    },
    list: (config, baseDir) => readMigrationFiles(config.migrationsDir, baseDir),
    isMigrationPath: (path) => isMigrationFile(basename(path)),
    readOne: (path, baseDir) => {
      checkMigrationFile(basename(path), relative(baseDir, path));
      return readMigrationFile(path, baseDir);
    },
    async prepare(needed, all) {
      // Shorthands accumulate in file order, so every module up to the last needed one loads.
      const last = Math.max(-1, ...needed.map((m) => all.indexOf(m)));
      let shorthands: ColumnDefinitions = {};
      for (const migration of all.slice(0, last + 1)) {
        if (migration.kind === 'sql') continue;
        const actions = loaded.get(migration.path)?.actions ?? (await loadModuleActions(migration));
        shorthands = { ...shorthands, ...actions.shorthands };
        loaded.set(migration.path, { actions, shorthands });
        migration.down = actions.down === false ? 'no' : 'yes';
      }
      // A needed module outside `all` (lint of a single file) loads on its own.
      for (const migration of needed) {
        if (migration.kind === 'sql' || loaded.has(migration.path)) continue;
        const actions = await loadModuleActions(migration);
        loaded.set(migration.path, { actions, shorthands: { ...actions.shorthands } });
        migration.down = actions.down === false ? 'no' : 'yes';
      }
    },
    body(migration: Migration, direction: Direction): MigrationBody | undefined {
      if (migration.sql) {
        const section = migration.sql[direction];
        if (!section) return undefined;
        return { kind: 'sql', section, transaction: migration.sql.noTransaction ? 'none' : 'auto' };
      }
      const { actions, shorthands } = loadedOf(migration);
      if (actions[direction] === false) return undefined;
      const run = (db: MigrationDb) => buildOnDatabase(actions, shorthands, direction, db);
      // The metadata block's `transaction: false` works as pgm.noTransaction(), decided up front.
      if (migration.declared?.transaction === false)
        return { kind: 'code', transaction: 'none', reason: NO_TRANSACTION_DECLARED, run };
      return { kind: 'code', transaction: 'decided-by-code', run };
    },
    async renderCode(migration: Migration, direction: Direction): Promise<RenderedCode> {
      const { actions, shorthands } = loadedOf(migration);
      return buildWithoutDatabase(actions, shorthands, direction);
    },
    ledger: (config) => nodePgMigrateLedger(config.ledger),
  };
}
