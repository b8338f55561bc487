import type { DryRunMigration } from '../options.js';
import { sectionMode } from './statements.js';
import type { Direction, Migration, MigrationFormat, SentStatement, SqlSection } from './types.js';

/**
 * Steps as one SQL text: each ends with a semicolon (node-pg-migrate's steps carry theirs, a
 * statement knex sends does not).
 */
export function joinSteps(steps: readonly string[]): string {
  return steps.map((step) => (/;\s*$/.test(step) ? step : `${step};`)).join('\n');
}

/** One direction of a migration as SQL, built without a database. */
export type RenderedMigration =
  | {
      ok: true;
      sql: string;
      /** Where `sql` stands in the file, when it is the file's own text (SQL migrations). */
      section?: SqlSection;
      /** False when it runs outside a transaction. */
      transactional: boolean;
      /** Why it runs outside a transaction. */
      reasons: readonly string[];
      /** What building it without a database assumed (reads answered with no rows). */
      assumptions?: readonly string[];
      /** The statements one by one, with the lines of the calls that built them (knex). */
      statements?: readonly SentStatement[];
    }
  | { ok: false; reason: string };

/**
 * The SQL one direction of a prepared migration would run, without a database: a SQL section
 * as written (with how it would run), a migration's code through its tool's recording API
 * object. Code that needs the database to build its SQL cannot be shown: the reason comes back,
 * and callers treat it as not analysed — never as a pass.
 */
export async function renderMigration(
  format: MigrationFormat,
  migration: Migration,
  direction: Direction,
): Promise<RenderedMigration> {
  const body = format.body(migration, direction);
  if (!body) return { ok: false, reason: `it has no ${direction} migration` };
  if (body.kind === 'sql') {
    const mode = await sectionMode(body.section, body.transaction === 'none');
    return {
      ok: true,
      sql: body.section.sql,
      section: body.section,
      transactional: mode.kind === 'transaction',
      reasons: mode.kind === 'transaction' ? [] : mode.reasons,
    };
  }
  const built = await format.renderCode(migration, direction);
  if (!built.ok) return built;
  const transactional = body.transaction !== 'none' && built.outcome.transactional;
  return {
    ok: true,
    sql: joinSteps(built.outcome.steps),
    ...(built.outcome.sent ? { statements: built.outcome.sent } : {}),
    transactional,
    reasons: transactional
      ? []
      : built.outcome.reasons.length
        ? built.outcome.reasons
        : [body.reason ?? 'its configuration'],
    ...(built.outcome.assumptions?.length ? { assumptions: built.outcome.assumptions } : {}),
  };
}

/** What a dry run shows for each planned migration (prepare first). */
export async function renderDryRun(
  format: MigrationFormat,
  toRun: readonly Migration[],
  direction: Direction,
): Promise<DryRunMigration[]> {
  const out: DryRunMigration[] = [];
  for (const migration of toRun) {
    const rendered = await renderMigration(format, migration, direction);
    out.push(
      rendered.ok
        ? {
            name: migration.name,
            file: migration.file,
            direction,
            sql: rendered.sql.trim(),
            transactional: rendered.transactional,
            reasons: [...rendered.reasons],
          }
        : {
            name: migration.name,
            file: migration.file,
            direction,
            sql: `-- cannot be shown: ${rendered.reason}`,
            transactional: true,
            reasons: [],
            error: rendered.reason,
          },
    );
  }
  return out;
}
