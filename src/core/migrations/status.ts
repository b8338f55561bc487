import { connect, disconnect } from '../db/connect.js';
import { parseDatabaseUrl } from '../db/url.js';
import { readMigrationFiles } from './load.js';
import { inspectMigrations } from './plan.js';
import { migrationTables, readMigrationState } from './state.js';
import type { MigrateOptions } from './options.js';

/** The subset of the migrate options that locates the migrations and their bookkeeping. */
export type StatusOptions = Pick<
  MigrateOptions,
  'databaseUrl' | 'migrationsDir' | 'baseDir' | 'connectTimeoutMs' | 'migrationsTable' | 'schema'
>;

export type AppliedState = 'ok' | 'changed' | 'missing' | 'unrecorded';

export interface MigrationStatus {
  target: string;
  applied: { name: string; state: AppliedState; file?: string }[];
  pending: { name: string; file: string; outOfOrder: boolean }[];
}

/**
 * Applied, pending and edited migrations, read without writing anything (no lock, no table
 * creation). `unrecorded` marks an applied migration whose checksum db-deploy has not recorded yet.
 */
export async function migrationStatus(options: StatusOptions): Promise<MigrationStatus> {
  const target = parseDatabaseUrl(options.databaseUrl);
  const files = await readMigrationFiles(options.migrationsDir, options.baseDir ?? process.cwd());
  const tables = migrationTables(options);
  const client = await connect(target, { connectTimeoutMs: options.connectTimeoutMs });
  try {
    const state = await readMigrationState(client, tables, { create: false });
    const { edited, unrecorded, pending, outOfOrder } = inspectMigrations({ files, ...state });
    const byName = new Map(files.map((f) => [f.name, f]));
    const stateOf = (name: string): AppliedState => {
      const edit = edited.find((e) => e.name === name);
      if (edit) return edit.reason;
      return unrecorded.some((f) => f.name === name) ? 'unrecorded' : 'ok';
    };
    return {
      target: target.display,
      applied: state.applied.map((name) => ({
        name,
        state: stateOf(name),
        file: byName.get(name)?.file,
      })),
      pending: pending.map((f) => ({
        name: f.name,
        file: f.file,
        outOfOrder: outOfOrder.includes(f),
      })),
    };
  } finally {
    await disconnect(client);
  }
}
