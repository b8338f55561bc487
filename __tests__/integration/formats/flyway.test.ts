// Flyway SQL migrations through db-deploy. Flyway is a JVM tool with no npm or Debian package
// here, so its schema history is checked against its documented definition
// (flyway-database-postgresql PostgreSQLDatabase.getRawCreateScript; JdbcTableSchemaHistory;
// ChecksumCalculator), row by row as Flyway's validate compares them.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrationStatus } from '../../../src/core/migrations/index.js';
import { flywayChecksum } from '../../../src/core/migrations/formats/flyway/checksum.js';
import { silentLogger } from '../../../src/core/logger.js';
import { freshDatabase, query } from '../../helpers/database.js';
import { failure } from '../../helpers/expect.js';
import { copyExample, formatOptions, migrate } from '../../helpers/formats.js';

const DIR = 'src/main/resources/db/migration';
interface Row {
  installed_rank: number;
  version: string | null;
  description: string;
  type: string;
  script: string;
  checksum: number | null;
  installed_by: string;
  success: boolean;
}
const history = (url: string) =>
  query<Row>(
    url,
    'SELECT installed_rank, version, description, type, script, checksum, installed_by, success FROM flyway_schema_history ORDER BY installed_rank',
  );

/** Flyway's own table, as Flyway creates it on PostgreSQL. */
const FLYWAY_TABLE = `CREATE TABLE "public"."flyway_schema_history" (
    "installed_rank" INT NOT NULL, "version" VARCHAR(50), "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL, "script" VARCHAR(1000) NOT NULL, "checksum" INTEGER,
    "installed_by" VARCHAR(100) NOT NULL, "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL, "success" BOOLEAN NOT NULL);
ALTER TABLE "public"."flyway_schema_history" ADD CONSTRAINT "flyway_schema_history_pk" PRIMARY KEY ("installed_rank");
CREATE INDEX "flyway_schema_history_s_idx" ON "public"."flyway_schema_history" ("success");`;

describe('Flyway SQL migrations', () => {
  test("detected in src/main/resources/db/migration; each row as Flyway writes it, with Flyway's checksum", async () => {
    const url = await freshDatabase('flyway');
    const project = await copyExample('flyway');
    const result = await migrate(formatOptions(url, project), silentLogger);
    expect(result.format).toBe('flyway');
    expect(result.migrationsDir).toBe(DIR);
    expect(result.migrationsTable).toBe('public.flyway_schema_history');
    expect(result.applied.map((m) => m.transactional)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      true,
    ]);
    const rows = await history(url);
    const user = (await query<{ u: string }>(url, 'SELECT current_user AS u'))[0]!.u;
    const text = await readFile(join(project, DIR, 'V1__create_users.sql'), 'utf8');
    expect(rows[0]).toEqual({
      installed_rank: 1,
      version: '1',
      description: 'create users',
      type: 'SQL',
      script: 'V1__create_users.sql',
      checksum: flywayChecksum(text),
      installed_by: user,
      success: true,
    });
    expect(rows.map((r) => r.version)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    // The index on Flyway's success column and its primary key are Flyway's own.
    expect(
      await query(
        url,
        "SELECT indexname FROM pg_indexes WHERE tablename = 'flyway_schema_history' ORDER BY 1",
      ),
    ).toEqual([
      { indexname: 'flyway_schema_history_pk' },
      { indexname: 'flyway_schema_history_s_idx' },
    ]);
  });

  test('finishes what Flyway applied (its own table, its rows), and undoes with U files as Flyway Teams records it', async () => {
    const url = await freshDatabase('flyway');
    const project = await copyExample('flyway');
    await query(url, FLYWAY_TABLE);
    const v1 = await readFile(join(project, DIR, 'V1__create_users.sql'), 'utf8');
    await query(url, v1);
    await query(
      url,
      `INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
       VALUES (1, '1', 'create users', 'SQL', 'V1__create_users.sql', $1, 'flyway', 12, true)`,
      [flywayChecksum(v1)],
    );
    const result = await migrate(formatOptions(url, project), silentLogger);
    expect(result.adopted).toEqual(['V1__create_users']);
    expect(result.applied).toHaveLength(6);
    await migrate(formatOptions(url, project, { direction: 'down', count: 2 }), silentLogger);
    const rows = await history(url);
    expect(rows.slice(-2).map((r) => [r.installed_rank, r.version, r.type, r.script])).toEqual([
      [8, '7', 'UNDO_SQL', 'U7__add_products_description.sql'],
      [9, '6', 'UNDO_SQL', 'U6__index_orders_by_status.sql'],
    ]);
    const status = await migrationStatus(formatOptions(url, project));
    expect(status.pending.map((p) => p.name)).toEqual([
      'V6__index_orders_by_status',
      'V7__add_products_description',
    ]);
    // Applied again: a new SQL row after the undo, as Flyway ranks it.
    await migrate(formatOptions(url, project), silentLogger);
    expect((await history(url)).slice(-2).map((r) => [r.version, r.type])).toEqual([
      ['6', 'SQL'],
      ['7', 'SQL'],
    ]);
  });

  test('a repeatable migration runs after the versioned ones and again when its checksum changes', async () => {
    const url = await freshDatabase('flyway');
    const project = await copyExample('flyway');
    const view = join(project, DIR, 'R__order_totals.sql');
    await writeFile(
      view,
      'CREATE OR REPLACE VIEW order_totals AS SELECT id, total_cents FROM orders;\n',
    );
    const first = await migrate(formatOptions(url, project), silentLogger);
    expect(first.applied.at(-1)?.name).toBe('R__order_totals');
    expect((await migrate(formatOptions(url, project), silentLogger)).applied).toEqual([]);
    await writeFile(
      view,
      'CREATE OR REPLACE VIEW order_totals AS SELECT id, total_cents, status FROM orders;\n',
    );
    // A new versioned migration and the changed repeatable: the versioned one first.
    await writeFile(
      join(project, DIR, 'V8__orders_note.sql'),
      'ALTER TABLE orders ADD COLUMN note text;\n',
    );
    const again = await migrate(formatOptions(url, project), silentLogger);
    expect(again.applied.map((m) => m.name)).toEqual(['V8__orders_note', 'R__order_totals']);
    const rows = (await history(url)).filter((r) => r.version === null);
    expect(rows.map((r) => [r.description, r.type, r.checksum])).toEqual([
      [
        'order totals',
        'SQL',
        flywayChecksum(
          'CREATE OR REPLACE VIEW order_totals AS SELECT id, total_cents FROM orders;\n',
        ),
      ],
      ['order totals', 'SQL', flywayChecksum(await readFile(view, 'utf8'))],
    ]);
    // A rollback passes over the repeatable to the newest versioned migration... which has no undo.
    const error = await failure(
      migrate(formatOptions(url, project, { direction: 'down' }), silentLogger),
    );
    expect(error.message).toBe(
      'cannot roll back V8__orders_note: it is forward-only (its tool has no down migration for it)',
    );
  });

  test("placeholders come from Flyway's own settings; one without a value is refused before anything runs", async () => {
    const url = await freshDatabase('flyway');
    const project = await copyExample('flyway');
    await writeFile(
      join(project, DIR, 'V8__audit.sql'),
      "CREATE TABLE ${prefix}audit (at timestamptz);\nCOMMENT ON TABLE ${prefix}audit IS '${flyway:filename} in ${flyway:defaultSchema}';\n",
    );
    const error = await failure(migrate(formatOptions(url, project), silentLogger));
    expect(error.code).toBe('missing-placeholder');
    expect(await query(url, "SELECT to_regclass('flyway_schema_history') AS t")).toEqual([
      { t: null },
    ]);
    await writeFile(join(project, 'flyway.conf'), 'flyway.placeholders.prefix=shop_\n');
    await migrate(formatOptions(url, project), silentLogger);
    expect(await query(url, "SELECT obj_description('shop_audit'::regclass) AS c")).toEqual([
      { c: 'V8__audit.sql in public' },
    ]);
    // The placeholders input comes over Flyway's own settings.
    await writeFile(join(project, DIR, 'V9__more.sql'), 'CREATE TABLE ${prefix}more (id int);\n');
    await migrate(
      formatOptions(url, project, { placeholders: { prefix: 'input_' } }),
      silentLogger,
    );
    expect(await query(url, "SELECT to_regclass('input_more') IS NOT NULL AS found")).toEqual([
      { found: true },
    ]);
    // Versioned checksums are of the file as written, placeholders and all (as Flyway's).
    const row = (await history(url)).find((r) => r.version === '8')!;
    expect(row.checksum).toBe(
      flywayChecksum(await readFile(join(project, DIR, 'V8__audit.sql'), 'utf8')),
    );
  });

  test("a script's .conf with executeInTransaction=false runs it statement by statement", async () => {
    const url = await freshDatabase('flyway');
    const project = await copyExample('flyway');
    await writeFile(
      join(project, DIR, 'V8__notes.sql'),
      'CREATE TABLE notes (id int);\nALTER TABLE notes ADD COLUMN body text;\n',
    );
    await writeFile(join(project, DIR, 'V8__notes.sql.conf'), 'executeInTransaction=false\n');
    const result = await migrate(formatOptions(url, project), silentLogger);
    expect(result.applied.at(-1)).toMatchObject({ name: 'V8__notes', transactional: false });
  });

  test('a failed row in the history is refused with flyway repair; an undo without its migration is refused', async () => {
    const url = await freshDatabase('flyway');
    const project = await copyExample('flyway');
    await query(url, FLYWAY_TABLE);
    await query(
      url,
      `INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
       VALUES (1, '1', 'create users', 'SQL', 'V1__create_users.sql', 0, 'flyway', 3, false)`,
    );
    const error = await failure(migrate(formatOptions(url, project), silentLogger));
    expect(error.message).toBe(
      "Flyway's schema history public.flyway_schema_history records a failed migration: 1 (rank 1)",
    );
    expect(error.hint).toContain('flyway repair');
    await writeFile(join(project, DIR, 'U9__nothing.sql'), 'SELECT 1;\n');
    expect((await failure(migrate(formatOptions(url, project), silentLogger))).code).toBe(
      'orphan-down-migration',
    );
  });
});
