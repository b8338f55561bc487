import { basename, resolve } from 'node:path';
import { quoteIdent, parseDatabaseUrl } from '../../../db/index.js';
import type { FormatConfig, FormatRequest, MigrationFormat } from '../../engine/types.js';
import { plainSqlFormat } from '../plain-sql.js';
import { isPrismaMigrationPath, listPrismaMigrations, readPrismaMigration } from './files.js';
import { prismaLedger } from './ledger.js';

/** Prisma's defaults: migrations beside the schema, its ledger table. */
export const PRISMA_DEFAULTS = { migrationsDir: 'prisma/migrations', table: '_prisma_migrations' };

/** Prisma's marker files in a checkout. */
export const PRISMA_MARKERS = ['prisma/schema.prisma', 'prisma/migrations/migration_lock.toml'];

/**
 * The schema Prisma uses: the `schema` input, else the URL's `schema` parameter (Prisma's
 * PostgreSQL connection strings carry it), else public.
 */
function prismaSchema(request: FormatRequest): { schema: string; fromUrl: boolean } {
  if (request.schema) return { schema: request.schema, fromUrl: false };
  const fromUrl = request.databaseUrl
    ? parseDatabaseUrl(request.databaseUrl).params.schema
    : undefined;
  return { schema: fromUrl || 'public', fromUrl: Boolean(fromUrl) };
}

/** Prisma Migrate: `<timestamp>_<name>/migration.sql` folders, forward-only, `_prisma_migrations`. */
export function prismaFormat(): MigrationFormat {
  let sessionSetup: string[] = [];
  return plainSqlFormat({
    name: 'prisma',
    async configure(request: FormatRequest): Promise<FormatConfig> {
      const { schema, fromUrl } = prismaSchema(request);
      // Prisma runs its migrations with the URL's schema as the search_path.
      sessionSetup = fromUrl ? [`SET search_path TO ${quoteIdent(schema)}`] : [];
      const table = request.migrationsTable ?? PRISMA_DEFAULTS.table;
      return {
        format: 'prisma',
        migrationsDir:
          request.migrationsDir ?? resolve(request.baseDir, PRISMA_DEFAULTS.migrationsDir),
        ledger: { schema, table, checksums: `${table}_checksums` },
      };
    },
    list: (config, baseDir) => listPrismaMigrations(config.migrationsDir, baseDir),
    isMigrationPath: (path) => isPrismaMigrationPath(basename(path)),
    readOne: readPrismaMigration,
    ledger: (config) => prismaLedger(config.ledger, sessionSetup),
  });
}
