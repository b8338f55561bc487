// The plan with what some tools add: repeatable migrations (Flyway's R__) and forward-only ones.
import { planMigrations, type PlanInput } from '../../../src/core/migrations/engine/plan.js';
import type { Migration } from '../../../src/core/migrations/index.js';
import { recordedChecksums, sqlMigration } from '../../helpers/factories.js';
import { refusal } from '../../helpers/expect.js';

const v1 = sqlMigration('V1__users');
const v2 = sqlMigration('V2__orders');
const view: Migration = { ...sqlMigration('R__totals'), repeatable: true, down: 'no' };
const files = [v1, v2, view];

const input = (overrides: Partial<PlanInput>): PlanInput => ({
  files,
  applied: [],
  checksums: new Map(),
  direction: 'up',
  allowEdited: false,
  ...overrides,
});
const names = (list: readonly Migration[]) => list.map((m) => m.name);

describe('repeatable migrations in the plan', () => {
  test('a changed repeatable (not applied at its content) runs after a new versioned one, never out of order', () => {
    const plan = planMigrations(
      input({ applied: ['V1__users'], checksums: recordedChecksums(v1) }),
    );
    expect(names(plan.toRun)).toEqual(['V2__orders', 'R__totals']);
    // Applied before the new versioned one, the repeatable does not make it out of order.
    const later = planMigrations(
      input({ applied: ['V1__users', 'R__totals'], checksums: recordedChecksums(v1, view) }),
    );
    expect(names(later.toRun)).toEqual(['V2__orders']);
  });

  test("a changed repeatable's old checksum is forgotten as stale, not reported as an edit", () => {
    const plan = planMigrations(
      input({ applied: ['V1__users', 'V2__orders'], checksums: recordedChecksums(v1, v2, view) }),
    );
    expect(plan.edited).toEqual([]);
    expect(plan.stale).toEqual(['R__totals']);
    expect(names(plan.toRun)).toEqual(['R__totals']);
  });

  test('a rollback by count passes over repeatables', () => {
    const plan = planMigrations(
      input({ direction: 'down', count: 1, applied: ['V1__users', 'V2__orders', 'R__totals'] }),
    );
    expect(names(plan.toRun)).toEqual(['V2__orders']);
    expect(
      refusal(() =>
        planMigrations(
          input({ direction: 'down', count: 3, applied: ['V1__users', 'V2__orders', 'R__totals'] }),
        ),
      ).message,
    ).toBe('cannot roll back 3 migrations: only 2 applied');
  });
});

describe('forward-only migrations in the plan', () => {
  test('a rollback is refused, naming it forward-only and the way forward', () => {
    const prisma: Migration = { ...sqlMigration('20240101_init'), down: 'no', forwardOnly: true };
    const error = refusal(() =>
      planMigrations({
        ...input({ direction: 'down', applied: ['20240101_init'] }),
        files: [prisma],
      }),
    );
    expect(error.message).toBe(
      'cannot roll back 20240101_init: it is forward-only (its tool has no down migration for it)',
    );
    expect(error.hint).toBe(
      'write a new migration that reverses it, or restore the database from a backup',
    );
  });
});
