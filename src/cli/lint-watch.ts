import { watch, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';
import { describeError } from '../core/errors.js';
import {
  collectMigrationFiles,
  lintMigration,
  sortFindings,
  type LintOptions,
  type Finding,
} from '../core/lint/index.js';
import type { FormatChoice } from '../core/migrations/index.js';
import type { CliIo } from './output.js';

/** How long to wait after a change before linting again (an editor's save writes in bursts). */
const SETTLE_MS = 20;

/**
 * `db-deploy lint --watch`: lints, then lints again whenever a watched file or directory changes,
 * until SIGINT or SIGTERM (exit 0). The process stays warm: PostgreSQL's parser is loaded once,
 * and only files whose text changed are linted again. Each run prints the whole set of findings
 * (`format` renders them; JSON is one line per run); a failure of one run (a path that went
 * away) is one line on stderr, and the watch goes on.
 */
export async function watchLint(
  paths: readonly string[],
  options: Omit<LintOptions, 'format' | 'all'>,
  choice: FormatChoice,
  render: (findings: Finding[]) => string,
  io: CliIo,
): Promise<number> {
  const known = new Map<string, { content: string; findings: Finding[] }>();
  const lintAll = async () => {
    const { format, migrations: files } = await collectMigrationFiles(paths, process.cwd(), choice);
    const seen = new Set<string>();
    const findings: Finding[] = [];
    for (const file of files) {
      seen.add(file.path);
      let entry = known.get(file.path);
      if (entry?.content !== file.content) {
        const findings = await lintMigration(file, { ...options, format, all: files });
        entry = { content: file.content, findings };
        known.set(file.path, entry);
      }
      findings.push(...entry.findings);
    }
    for (const path of known.keys()) if (!seen.has(path)) known.delete(path);
    io.out(render(sortFindings(findings)));
  };
  let running: Promise<void> | undefined;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = lintAll().catch((error: unknown) =>
      io.err(`db-deploy lint: ${describeError(error)}`),
    );
    await running;
    running = undefined;
    if (again) {
      again = false;
      await run();
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), SETTLE_MS);
  };
  // Watching starts before the first run, so that a change during it is not missed.
  const watchers: FSWatcher[] = paths.map((path) => watch(resolve(path), changed));
  await run();
  await new Promise<void>((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
  });
  clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  await running;
  return 0;
}
