import { migrationStatus, type MigrationStatus } from '../../core/migrations/index.js';
import { redact } from '../../core/db/index.js';
import { CONNECTION_OPTIONS, connectionOptions } from '../args.js';
import type { CliIo } from '../output.js';
import { commandPreamble } from '../preamble.js';

export const STATUS_HELP = `Usage: db-deploy status [options]

Lists applied, pending and edited migrations. Reads only: takes no lock, creates nothing.

Options:
  --database-url URL        connection URL (default: $DATABASE_URL)
  --dir DIR                 migrations directory (default: the format's, e.g. migrations)
  --format NAME             migration format: auto (default), node-pg-migrate, knex,
                            dbmate, golang-migrate, goose, flyway, prisma, drizzle or diesel
  --placeholder NAME=VALUE  a value for the tool's placeholders (Flyway's \${NAME}); repeatable
  --connect-timeout D       connection timeout (default: 10s)
  --migrations-table NAME   the tool's ledger table (default: the format's, e.g. pgmigrations)
  --schema NAME             schema of the ledger (default: the format's, e.g. public)
  --knex-environment ENV    knexfile environment (default: $NODE_ENV, else development)
  --json                    print JSON on stdout
  -h, --help                show this help
Exit code: 0 when nothing is edited or missing, 1 otherwise.`;

const LABELS = {
  ok: 'applied',
  changed: 'EDITED since applied',
  missing: 'MISSING file',
  unrecorded: 'applied (checksum not yet recorded)',
} as const;

/** Renders the status as a fixed-width text table. */
export function renderStatus(status: MigrationStatus): string {
  const rows: [string, string][] = [
    ...status.applied.map((a) => [a.name, LABELS[a.state]] as [string, string]),
    ...status.pending.map(
      (p) =>
        [
          p.name,
          p.outOfOrder ? 'pending (OUT OF ORDER: older than an applied one)' : 'pending',
        ] as [string, string],
    ),
  ];
  const width = Math.max(9, ...rows.map((r) => r[0].length));
  const lines = [
    `${status.target} (${status.format}, ledger ${status.migrationsTable})`,
    `${'MIGRATION'.padEnd(width)}  STATE`,
    ...rows.map(([n, s]) => `${n.padEnd(width)}  ${s}`),
  ];
  const edited = status.applied.filter(
    (a) => a.state === 'changed' || a.state === 'missing',
  ).length;
  lines.push(
    '',
    `${status.applied.length} applied, ${status.pending.length} pending${edited ? `, ${edited} edited or missing` : ''}`,
  );
  return lines.join('\n');
}

/** `db-deploy status`. Returns the exit code. */
export async function statusCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = commandPreamble(argv, io, {
    command: 'status',
    options: CONNECTION_OPTIONS,
    help: STATUS_HELP,
  });
  if (!parsed) return 0;
  const { values: v } = parsed;
  const status = await migrationStatus(connectionOptions(v, io.secrets, 'status'));
  io.out(redact(v.json ? JSON.stringify(status, null, 2) : renderStatus(status), io.secrets));
  return status.applied.some((a) => a.state === 'changed' || a.state === 'missing') ? 1 : 0;
}
