import { basename, dirname, resolve } from 'node:path';
import type {
  Direction,
  FormatConfig,
  FormatRequest,
  Migration,
  MigrationBody,
  MigrationFormat,
  RenderedCode,
} from '../../engine/types.js';
import { NO_TRANSACTION_DECLARED } from '../../metadata.js';
import { isKnexMigrationFile, listKnexMigrations, readKnexMigration } from './files.js';
import {
  defaultSettings,
  findKnexfile,
  readKnexfile,
  KNEX_LEDGER,
  type KnexSettings,
} from './knexfile.js';
import { knexLedger } from './ledger.js';
import { knexLibrary, type KnexLibrary } from './library.js';
import {
  actionOf,
  loadKnexModule,
  renderWithoutDatabase,
  runOnDatabase,
  type KnexModule,
} from './module.js';

/** knex's CLI switch and knexfile option that run every migration without a transaction. */
const DISABLE_TRANSACTIONS = 'migrations.disableTransactions';

/**
 * knex: JS/TS modules exporting `up(knex)` and `down(knex)` (and optionally `config`), listed
 * from the knexfile's migration directories, recorded in `knex_migrations` by file name and batch.
 * Each migration runs through a knex (the project's own, else db-deploy's) bound to db-deploy's
 * connection: in the engine's transaction unless `exports.config.transaction` is false or the
 * knexfile disables transactions, which knex decides before a migration runs, as here. A fresh
 * instance per run (it keeps the modules it loaded).
 */
export function knexFormat(): MigrationFormat {
  let settings: KnexSettings | undefined;
  let baseDir = process.cwd();
  let library: KnexLibrary | undefined;
  const loaded = new Map<string, KnexModule>();
  const loadedOf = (migration: Migration): KnexModule => {
    const found = loaded.get(migration.path);
    if (!found) throw new Error(`${migration.name} was not prepared`);
    return found;
  };
  const configure = async (request: FormatRequest): Promise<FormatConfig> => {
    baseDir = request.baseDir;
    const knexfile = await findKnexfile(request);
    const read = knexfile
      ? await readKnexfile(knexfile, request.environment)
      : defaultSettings(request.baseDir);
    if (request.migrationsDir) read.directories = [request.migrationsDir];
    if (request.migrationsTable) read.tableName = request.migrationsTable;
    settings = read;
    const schema = request.schema ?? read.schemaName ?? read.searchPath?.[0] ?? KNEX_LEDGER.schema;
    return {
      format: 'knex',
      migrationsDir: read.directories[0]!,
      migrationsDirs: read.directories,
      ledger: { schema, table: read.tableName, checksums: `${read.tableName}_checksums` },
      source: knexfile
        ? `${knexfile.display}${read.environment ? `, environment ${read.environment}` : ''}`
        : "knex's defaults (no knexfile)",
    };
  };
  const current = async (): Promise<KnexSettings> =>
    settings ?? (await configure({ baseDir }), settings!);
  /** Whether a migration runs in a transaction, as knex decides it (Migrator `_useTransaction`). */
  const transactionOf = (migration: Migration, s: KnexSettings) => {
    const declared = migration.declared?.transaction;
    if (declared !== undefined)
      return { transactional: declared, reason: declared ? undefined : NO_TRANSACTION_DECLARED };
    return s.disableTransactions
      ? { transactional: false, reason: DISABLE_TRANSACTIONS }
      : { transactional: true, reason: undefined };
  };
  return {
    name: 'knex',
    configure,
    async list(config, base) {
      baseDir = base;
      const s = await current();
      return listKnexMigrations(
        { ...s, directories: [...(config.migrationsDirs ?? [config.migrationsDir])] },
        base,
      );
    },
    isMigrationPath: (path) =>
      isKnexMigrationFile(basename(path), settings ?? defaultSettings(baseDir)),
    async readOne(path, base) {
      baseDir = base;
      await current();
      return readKnexMigration(resolve(path), base);
    },
    async prepare(needed, _all, logger) {
      const s = await current();
      for (const migration of needed) {
        if (!loaded.has(migration.path))
          loaded.set(migration.path, await loadKnexModule(migration));
      }
      if (needed.length > 0 && !library) {
        library = await knexLibrary(s.knexfile ? dirname(s.knexfile.path) : baseDir, baseDir);
        logger?.info(`knex: ${library.origin}`);
      }
    },
    body(migration: Migration, direction: Direction): MigrationBody | undefined {
      const module = loadedOf(migration);
      const s = settings!;
      const lib = library!;
      const { transactional, reason } = transactionOf(migration, s);
      const action = actionOf(module, direction);
      const run = (engineTransaction: boolean) => (db: Parameters<typeof runOnDatabase>[3]) =>
        runOnDatabase(lib, action, migration, db, {
          engineTransaction,
          reason,
          knexOptions: s.knexOptions,
        });
      return transactional
        ? { kind: 'code', transaction: 'transaction', run: run(true) }
        : { kind: 'code', transaction: 'none', reason, run: run(false) };
    },
    async renderCode(migration: Migration, direction: Direction): Promise<RenderedCode> {
      const s = await current();
      const { transactional, reason } = transactionOf(migration, s);
      return renderWithoutDatabase(library!, actionOf(loadedOf(migration), direction), migration, {
        transactional,
        reason,
        knexOptions: s.knexOptions,
      });
    },
    ledger: (config) => knexLedger(config.ledger, settings?.searchPath),
  };
}
