import { connect, disconnect, parseDatabaseUrl } from '../../db/index.js';
import type { MigrateOptions } from '../options.js';
import { readMigrationState } from './checksums.js';
import { inspectMigrations } from './plan.js';
import { openMigrationSet, reopenByLedger } from './set.js';
import type { FormatName } from './types.js';

/** The subset of the migrate options that locates the migrations and their bookkeeping. */
export type StatusOptions = Pick<
  MigrateOptions,
  | 'databaseUrl'
  | 'format'
  | 'migrationsDir'
  | 'baseDir'
  | 'connectTimeoutMs'
  | 'migrationsTable'
  | 'schema'
  | 'placeholders'
  | 'environment'
>;

export type AppliedState = 'ok' | 'changed' | 'missing' | 'unrecorded';

export interface MigrationStatus {
  target: string;
  format: FormatName;
  /** The ledger read, `schema.table`. */
  migrationsTable: string;
  applied: { name: string; state: AppliedState; file?: string }[];
  pending: { name: string; file: string; outOfOrder: boolean }[];
}

/**
 * Applied, pending and edited migrations, read without writing anything (no lock, no table
 * creation). `unrecorded` marks an applied migration whose checksum db-deploy has not recorded yet.
 */
export async function migrationStatus(options: StatusOptions): Promise<MigrationStatus> {
  const target = parseDatabaseUrl(options.databaseUrl);
  let set = await openMigrationSet(options);
  const client = await connect(target, { connectTimeoutMs: options.connectTimeoutMs });
  try {
    set = await reopenByLedger(set, options, client);
    const files = set.migrations;
    const state = await readMigrationState(client, set.ledger);
    const { edited, unrecorded, pending, outOfOrder } = inspectMigrations({ files, ...state });
    const byId = new Map(files.map((f) => [f.id, f]));
    const stateOf = (id: string): AppliedState => {
      const edit = edited.find((e) => e.name === id);
      if (edit) return edit.reason;
      return unrecorded.some((f) => f.id === id) ? 'unrecorded' : 'ok';
    };
    return {
      target: target.display,
      format: set.format.name,
      migrationsTable: `${set.ledger.location.schema}.${set.ledger.location.table}`,
      applied: state.applied.map((id) => ({
        name: byId.get(id)?.name ?? id,
        state: stateOf(id),
        file: byId.get(id)?.file,
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
