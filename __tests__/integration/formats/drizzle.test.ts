// drizzle-kit migrations through db-deploy, checked against the real drizzle-kit (npm
// `drizzle-kit`, with drizzle-orm and pg): the ledger is drizzle's own, both ways.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { silentLogger } from '../../../src/core/logger.js';
import { freshDatabase, query } from '../../helpers/database.js';
import { failure } from '../../helpers/expect.js';
import { copyExample, drizzleKit, formatOptions, migrate } from '../../helpers/formats.js';

const rows = (url: string) =>
  query<{ hash: string; created_at: string }>(
    url,
    'SELECT hash, created_at::text AS created_at FROM drizzle.__drizzle_migrations ORDER BY id',
  );

/** Keeps the first `count` entries of the journal (drizzle-kit then sees only those). */
async function trimJournal(project: string, count: number): Promise<void> {
  const path = join(project, 'drizzle/meta/_journal.json');
  const journal = JSON.parse(await readFile(path, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, count);
  await writeFile(path, JSON.stringify(journal));
}

describe('drizzle-kit migrations', () => {
  test('detected from drizzle.config.ts; rows as drizzle writes them; drizzle-kit then applies nothing', async () => {
    const [byTool, byDbDeploy] = await Promise.all([
      freshDatabase('drizzle'),
      freshDatabase('dbd'),
    ]);
    const project = await copyExample('drizzle');
    // drizzle-kit runs every migration in one transaction, so it cannot build an index
    // CONCURRENTLY: it gets the first five, db-deploy all seven.
    const half = await copyExample('drizzle');
    await trimJournal(half, 5);
    await drizzleKit(byTool, half);
    const result = await migrate(formatOptions(byDbDeploy, project), silentLogger);
    expect(result.format).toBe('drizzle');
    expect(result.migrationsDir).toBe('drizzle');
    expect(result.migrationsTable).toBe('drizzle.__drizzle_migrations');
    expect(result.applied.map((m) => m.transactional)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      true,
    ]);
    expect((await rows(byDbDeploy)).slice(0, 5)).toEqual(await rows(byTool));
    await drizzleKit(byDbDeploy, project);
    expect(await rows(byDbDeploy)).toHaveLength(7);
  });

  test('finishes a database drizzle-kit migrated halfway; drizzle-kit afterwards applies nothing', async () => {
    const url = await freshDatabase('drizzle');
    const project = await copyExample('drizzle');
    const half = await copyExample('drizzle');
    await trimJournal(half, 3);
    await drizzleKit(url, half);
    const result = await migrate(formatOptions(url, project), silentLogger);
    expect(result.adopted).toEqual([
      '0000_create_users',
      '0001_create_categories',
      '0002_create_products',
    ]);
    expect(result.applied).toHaveLength(4);
    const journal = JSON.parse(
      await readFile(join(project, 'drizzle/meta/_journal.json'), 'utf8'),
    ) as {
      entries: { when: number }[];
    };
    expect((await rows(url)).map((r) => Number(r.created_at))).toEqual(
      journal.entries.map((e) => e.when),
    );
    await drizzleKit(url, project);
    expect(await rows(url)).toHaveLength(7);
  });

  test('a journal entry drizzle-kit would skip (older than the newest applied, never run) is refused', async () => {
    const url = await freshDatabase('drizzle');
    const project = await copyExample('drizzle');
    await migrate(formatOptions(url, project), silentLogger);
    // A branch merged late: its entry sits between two applied ones.
    const path = join(project, 'drizzle/meta/_journal.json');
    const journal = JSON.parse(await readFile(path, 'utf8')) as { entries: { when: number }[] };
    const between = journal.entries[0]!.when + 30000;
    const late = { idx: 7, version: '7', when: between, tag: '0007_late', breakpoints: true };
    const entries = [journal.entries[0], late, ...journal.entries.slice(1)];
    await writeFile(path, JSON.stringify({ ...journal, entries }));
    await writeFile(join(project, 'drizzle/0007_late.sql'), 'CREATE TABLE late (id int);\n');
    const error = await failure(migrate(formatOptions(url, project), silentLogger));
    expect(error.code).toBe('skipped-migration');
    expect(error.message).toBe(
      '0007_late is older than the newest migration in drizzle.__drizzle_migrations but was never applied: drizzle-kit skipped it and would skip it again',
    );
    // An entry whose "when" is not after the one before it is refused from the journal alone.
    await writeFile(
      path,
      JSON.stringify({
        ...journal,
        entries: [
          journal.entries[0],
          { ...late, when: between - 60000 },
          ...journal.entries.slice(1),
        ],
      }),
    );
    expect((await failure(migrate(formatOptions(url, project), silentLogger))).code).toBe(
      'out-of-order',
    );
  });

  test('forward-only: a rollback is refused; the statement breakpoints are SQL comments, run as one section', async () => {
    const url = await freshDatabase('drizzle');
    const project = await copyExample('drizzle');
    const dry = await migrate(
      formatOptions(url, project, { dryRun: true, count: 1 }),
      silentLogger,
    );
    expect(dry.planned[0]?.sql).toContain('--> statement-breakpoint');
    await migrate(formatOptions(url, project), silentLogger);
    const error = await failure(
      migrate(formatOptions(url, project, { direction: 'down' }), silentLogger),
    );
    expect(error.message).toBe(
      'cannot roll back 0006_add_products_description: it is forward-only (its tool has no down migration for it)',
    );
  });
});
