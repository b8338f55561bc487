/**
 * pg_dump run in an exported snapshot while another connection counts (or checksums) the same
 * snapshot's tables: the reported rows are exactly the archive's.
 */
import type { DatabaseTarget } from '../db/index.js';
import { countRows, type TableRows } from './inspect.js';
import type { ToolRun } from './run-tool.js';
import { withSourceSnapshot } from './snapshot.js';
import { readChecksums, type TableChecksum } from './verify-restore.js';

/** pg_dump's run and the source's tables as they were in the snapshot it dumped. */
export interface Counted {
  run: ToolRun;
  tables: TableRows[];
  /** Each table's content checksum too, for verify-restore. */
  checksums?: TableChecksum[] | undefined;
}

/**
 * Runs `dump` in an exported snapshot while the same snapshot's tables are counted (or
 * checksummed, for verify-restore) on another connection: what is reported is exactly what the
 * archive holds, and the reading overlaps the dump instead of delaying it.
 */
export async function dumpCounted(
  target: DatabaseTarget,
  checksum: boolean,
  dump: (snapshot: string) => Promise<ToolRun>,
): Promise<Counted> {
  if (checksum) {
    const { dumped, read } = await withSourceSnapshot(target, readChecksums, dump);
    const tables = read.map(({ schema, name, rows }) => ({ schema, name, rows }));
    return { run: dumped, tables, checksums: read };
  }
  const { dumped, read } = await withSourceSnapshot(target, countRows, dump);
  return { run: dumped, tables: read };
}
