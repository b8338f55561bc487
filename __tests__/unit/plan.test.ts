import { DbDeployError } from '../../src/core/errors.js';
import type { Migration as MigrationFile } from '../../src/core/migrations/index.js';
import {
  inspectMigrations,
  planMigrations,
  type PlanInput,
} from '../../src/core/migrations/engine/plan.js';
import { jsMigration, recordedChecksums, sqlMigration } from '../helpers/factories.js';

const a = sqlMigration('001_create_orders');
const b = sqlMigration('002_add_note');
const c = sqlMigration('003_index_orders');
const files = [a, b, c];

const names = (list: readonly MigrationFile[]) => list.map((f) => f.name);

/** An up run over `files` with nothing applied; override what the test is about. */
function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    files,
    applied: [],
    checksums: new Map(),
    direction: 'up',
    allowEdited: false,
    ...overrides,
  };
}

function refusal(overrides: Partial<PlanInput>): DbDeployError {
  try {
    planMigrations(input(overrides));
  } catch (error) {
    if (error instanceof DbDeployError) return error;
    throw error;
  }
  throw new Error('expected the plan to be refused');
}

describe('inspectMigrations', () => {
  test('sees every file as pending on a fresh database', () => {
    expect(inspectMigrations(input())).toEqual({
      edited: [],
      unrecorded: [],
      stale: [],
      pending: files,
      outOfOrder: [],
      lastApplied: undefined,
    });
  });

  test('sees nothing to report when the applied files match their checksums', () => {
    const report = inspectMigrations(
      input({ applied: [a.name, b.name], checksums: recordedChecksums(a, b) }),
    );
    expect(report.edited).toEqual([]);
    expect(report.unrecorded).toEqual([]);
    expect(names(report.pending)).toEqual([c.name]);
    expect(report.lastApplied).toBe(b.name);
  });

  test('tells a changed file from a missing one', () => {
    const changed = sqlMigration(a.name, `${a.content}-- an afterthought\n`);
    const report = inspectMigrations(
      input({ files: [changed, c], applied: [a.name, b.name], checksums: recordedChecksums(a, b) }),
    );
    expect(report.edited).toEqual([
      { name: a.name, reason: 'changed', file: changed.file },
      { name: b.name, reason: 'missing' },
    ]);
  });

  test('lists applied migrations without a recorded checksum as unrecorded', () => {
    const report = inspectMigrations(
      input({ applied: [a.name, b.name], checksums: recordedChecksums(a) }),
    );
    expect(names(report.unrecorded)).toEqual([b.name]);
    expect(report.edited).toEqual([]);
  });

  test('lists checksums of migrations that are no longer applied as stale', () => {
    const report = inspectMigrations(
      input({ applied: [a.name], checksums: recordedChecksums(a, b, sqlMigration('000_gone')) }),
    );
    expect(report.stale).toEqual([b.name, '000_gone']);
  });

  test('finds pending files that sort before the newest applied one', () => {
    const report = inspectMigrations(
      input({ applied: [a.name, c.name], checksums: recordedChecksums(a, c) }),
    );
    expect(names(report.pending)).toEqual([b.name]);
    expect(names(report.outOfOrder)).toEqual([b.name]);
    expect(report.lastApplied).toBe(c.name);
  });

  test('takes the newest applied migration by name, not by when it ran', () => {
    const report = inspectMigrations(
      input({ applied: [c.name, a.name], checksums: recordedChecksums(a, c) }),
    );
    expect(report.lastApplied).toBe(c.name);
  });
});

describe('planMigrations up', () => {
  test('runs every file on a fresh database, in order', () => {
    const plan = planMigrations(input());
    expect(plan.direction).toBe('up');
    expect(names(plan.toRun)).toEqual(names(files));
    expect(names(plan.pending)).toEqual(names(files));
  });

  test('runs only the first `count` pending migrations', () => {
    expect(names(planMigrations(input({ count: 2 })).toRun)).toEqual([a.name, b.name]);
    expect(names(planMigrations(input({ count: 10 })).toRun)).toEqual(names(files));
  });

  test('runs what is not applied yet', () => {
    const plan = planMigrations(input({ applied: [a.name], checksums: recordedChecksums(a) }));
    expect(names(plan.toRun)).toEqual([b.name, c.name]);
  });

  test('runs nothing when every migration is applied', () => {
    const plan = planMigrations(
      input({ applied: names(files), checksums: recordedChecksums(...files) }),
    );
    expect(plan.toRun).toEqual([]);
    expect(plan.pending).toEqual([]);
  });

  test('refuses applied migrations that were edited or removed, naming each', () => {
    const changed = sqlMigration(a.name, a.content.replace('SELECT', 'select'));
    const error = refusal({
      files: [changed, c],
      applied: [a.name, b.name],
      checksums: recordedChecksums(a, b),
    });
    expect(error.code).toBe('edited-migrations');
    expect(error.message).toBe(
      'applied migrations were edited or removed since they ran: 001_create_orders (file changed), 002_add_note (file missing)',
    );
    expect(error.hint).toContain('allow-edited: true');
  });

  test('refuses edits in either direction', () => {
    const changed = sqlMigration(b.name, `${b.content}\n`);
    expect(
      refusal({
        files: [a, changed, c],
        applied: [a.name, b.name],
        checksums: recordedChecksums(a, b),
        direction: 'down',
      }).code,
    ).toBe('edited-migrations');
  });

  test('accepts edits with allowEdited and reports them', () => {
    const changed = sqlMigration(a.name, `${a.content}\n`);
    const plan = planMigrations(
      input({
        files: [changed, b, c],
        applied: [a.name],
        checksums: recordedChecksums(a),
        allowEdited: true,
      }),
    );
    expect(plan.edited).toEqual([{ name: a.name, reason: 'changed', file: changed.file }]);
    expect(names(plan.toRun)).toEqual([b.name, c.name]);
  });

  test('adopts migrations applied without a checksum instead of refusing them', () => {
    const plan = planMigrations(input({ applied: [a.name, b.name], checksums: new Map() }));
    expect(names(plan.unrecorded)).toEqual([a.name, b.name]);
    expect(plan.edited).toEqual([]);
    expect(names(plan.toRun)).toEqual([c.name]);
  });

  test('reports stale checksums to forget', () => {
    const plan = planMigrations(input({ applied: [a.name], checksums: recordedChecksums(a, b) }));
    expect(plan.stale).toEqual([b.name]);
    expect(names(plan.toRun)).toEqual([b.name, c.name]);
  });

  test('refuses a pending file that sorts before the newest applied migration', () => {
    const error = refusal({ applied: [a.name, c.name], checksums: recordedChecksums(a, c) });
    expect(error.code).toBe('out-of-order');
    expect(error.message).toBe(
      'pending migration 002_add_note sorts before the already applied 003_index_orders, so it would run out of order',
    );
    expect(error.where).toBe(b.file);
  });

  test('compares numeric prefixes as numbers when checking the order', () => {
    const two = sqlMigration('2_b');
    const ten = sqlMigration('10_c');
    const plan = planMigrations(
      input({ files: [two, ten], applied: [two.name], checksums: recordedChecksums(two) }),
    );
    expect(names(plan.toRun)).toEqual([ten.name]);
  });
});

describe('planMigrations down', () => {
  const allApplied = { applied: names(files), checksums: recordedChecksums(...files) };

  function down(overrides: Partial<PlanInput> = {}) {
    return planMigrations(input({ ...allApplied, direction: 'down', ...overrides }));
  }

  function downRefusal(overrides: Partial<PlanInput> = {}) {
    return refusal({ ...allApplied, direction: 'down', ...overrides });
  }

  test('rolls back the newest migration by default', () => {
    const plan = down();
    expect(plan.direction).toBe('down');
    expect(names(plan.toRun)).toEqual([c.name]);
  });

  test('rolls back `count` migrations, newest first', () => {
    expect(names(down({ count: 2 }).toRun)).toEqual([c.name, b.name]);
    expect(names(down({ count: 3 }).toRun)).toEqual([c.name, b.name, a.name]);
  });

  test('rolls back in the reverse of the order the migrations ran', () => {
    const plan = down({ applied: [a.name, c.name, b.name], count: 2 });
    expect(names(plan.toRun)).toEqual([b.name, c.name]);
  });

  test('does not refuse a pending file that sorts before the applied ones', () => {
    const plan = down({ applied: [a.name, c.name], checksums: recordedChecksums(a, c) });
    expect(names(plan.toRun)).toEqual([c.name]);
    expect(names(plan.pending)).toEqual([b.name]);
  });

  test('refuses when nothing is applied', () => {
    const error = downRefusal({ applied: [], checksums: new Map() });
    expect(error.code).toBe('nothing-to-roll-back');
    expect(error.message).toBe('nothing to roll back: no migration is applied');
  });

  test('refuses a count larger than the number of applied migrations', () => {
    const error = downRefusal({
      applied: [a.name, b.name],
      checksums: recordedChecksums(a, b),
      count: 3,
    });
    expect(error.code).toBe('nothing-to-roll-back');
    expect(error.message).toBe('cannot roll back 3 migrations: only 2 applied');
    expect(error.hint).toBe('use a count of 2 or less');
  });

  test('refuses to roll back a migration whose file is gone, even with allowEdited', () => {
    const error = downRefusal({ files: [a, b], allowEdited: true });
    expect(error.code).toBe('migration-missing');
    expect(error.message).toBe('cannot roll back 003_index_orders: its file is missing');
  });

  test('refuses to roll back a .sql migration without a down section, pointing at the file', () => {
    const upOnly = sqlMigration(c.name, '-- Up Migration\nCREATE INDEX i ON orders (id);\n');
    const error = downRefusal({
      files: [a, b, upOnly],
      checksums: recordedChecksums(a, b, upOnly),
    });
    expect(error.code).toBe('no-down-migration');
    expect(error.message).toBe('cannot roll back 003_index_orders: it has no down section');
    expect(error.where).toBe(upOnly.file);
  });

  test('leaves a JavaScript migration without a down step to node-pg-migrate to reverse', () => {
    const script = jsMigration(c.name);
    const plan = down({ files: [a, b, script], checksums: recordedChecksums(a, b, script) });
    expect(plan.toRun).toEqual([script]);
  });

  test('checks only the migrations it rolls back for a down section', () => {
    const upOnly = sqlMigration(a.name, '-- Up Migration\nCREATE TABLE orders ();\n');
    const plan = down({
      files: [upOnly, b, c],
      checksums: recordedChecksums(upOnly, b, c),
      count: 2,
    });
    expect(names(plan.toRun)).toEqual([c.name, b.name]);
  });
});
