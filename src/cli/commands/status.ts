import { migrationStatus, type MigrationStatus } from '../../core/migrations/index.js';
import { redact } from '../../core/db/index.js';
import { CONNECTION_HELP, connectionOptions } from '../args.js';
import { commandOptions } from '../help.js';
import type { CliIo } from '../output.js';
import { commandPreamble } from '../preamble.js';

const OPTIONS = commandOptions('migrate', [
  ...CONNECTION_HELP,
  { flag: 'json', text: 'print JSON on stdout' },
]);

export const STATUS_HELP = `Usage: db-deploy status [options]

Lists applied, pending and edited migrations. Reads only: takes no lock, creates nothing.

Options:
${OPTIONS.help}
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
    options: OPTIONS.parser,
    help: STATUS_HELP,
  });
  if (!parsed) return 0;
  const { values: v } = parsed;
  const status = await migrationStatus(connectionOptions(v, io.secrets, 'status'));
  io.out(redact(v.json ? JSON.stringify(status, null, 2) : renderStatus(status), io.secrets));
  return status.applied.some((a) => a.state === 'changed' || a.state === 'missing') ? 1 : 0;
}
