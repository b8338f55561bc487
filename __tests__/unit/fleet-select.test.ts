import { canaryCount, selectTargets, shardSlice } from '../../src/core/fleet/select.js';
import { parseTargets, type FleetTarget } from '../../src/core/fleet/targets.js';
import { DbDeployError } from '../../src/core/errors.js';

const list = (n: number): FleetTarget[] =>
  n === 0
    ? []
    : parseTargets(
        Array.from({ length: n }, (_, i) => `t${i + 1}=postgres://u:pw@h/db${i + 1}`).join('\n'),
        'database-urls',
      );
/** The one line a refusal ends with. */
function refusedLine(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DbDeployError) return error.toLine();
    throw error;
  }
  throw new Error('expected a refusal');
}

const names = (targets: readonly FleetTarget[]) => targets.map((t) => t.name);

describe('shard slices', () => {
  test('cover every target exactly once, for every list length and shard count up to 40 × 12', () => {
    for (let n = 0; n <= 40; n += 1)
      for (let total = 1; total <= 12; total += 1) {
        const items = Array.from({ length: n }, (_, i) => i);
        const slices = Array.from({ length: total }, (_, index) => shardSlice(items, index, total));
        expect(slices.flat().sort((a, b) => a - b)).toEqual(items);
        // Sizes differ by at most one, and each slice keeps the list's order.
        const sizes = slices.map((s) => s.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        for (const s of slices) expect(s).toEqual([...s].sort((a, b) => a - b));
      }
  });

  test('a canary job and the rest slices together cover the list exactly once', () => {
    const targets = list(11);
    const canary = selectTargets(targets, { group: 'canary', canary: 2 });
    const rest = Array.from({ length: 4 }, (_, shardIndex) =>
      selectTargets(targets, { group: 'rest', canary: 2, shardIndex, shardTotal: 4 }),
    );
    const all = [...canary.canary, ...rest.flatMap((r) => [...r.canary, ...r.rest])];
    expect(names(all).sort()).toEqual(names(targets).sort());
    expect(new Set(names(all)).size).toBe(11);
    expect(names(canary.canary)).toEqual(['t1', 't2']);
    expect(names(rest[0]?.rest ?? [])).toEqual(['t3', 't7', 't11']);
  });
});

describe('selectTargets', () => {
  test('all: one canary by default when there is more than one target, none for a single one', () => {
    expect(canaryCount(5, undefined)).toBe(1);
    expect(canaryCount(1, undefined)).toBe(0);
    expect(canaryCount(5, 0)).toBe(0);
    const picked = selectTargets(list(4), { group: 'all' });
    expect([names(picked.canary), names(picked.rest), picked.canaryCount]).toEqual([
      ['t1'],
      ['t2', 't3', 't4'],
      1,
    ]);
    expect(names(selectTargets(list(1), { group: 'all' }).rest)).toEqual(['t1']);
  });

  test('canary picks the canary targets only, rest everything after them', () => {
    expect(names(selectTargets(list(5), { group: 'canary', canary: 2 }).canary)).toEqual([
      't1',
      't2',
    ]);
    expect(selectTargets(list(5), { group: 'canary', canary: 2 }).rest).toEqual([]);
    const rest = selectTargets(list(5), { group: 'rest', canary: 2 });
    expect([rest.canary, names(rest.rest)]).toEqual([[], ['t3', 't4', 't5']]);
  });

  test('a slice with nothing in it is an empty job, not an error', () => {
    expect(selectTargets(list(3), { group: 'rest', shardIndex: 5, shardTotal: 6 }).rest).toEqual(
      [],
    );
  });

  test.each([
    [
      { group: 'all', canary: 4 },
      'canary 4 is more than the 3 target(s) listed — use a canary of at most the number of targets (0 for none)',
    ],
    [
      { group: 'rest', shardIndex: 1 },
      'shard-index and shard-total go together — set both, e.g. shard-index: ${{ strategy.job-index }} and shard-total: ${{ strategy.job-total }}',
    ],
    [
      { group: 'rest', shardIndex: 3, shardTotal: 3 },
      'shard-index 3 is not below shard-total 3 — number the slices from 0 to shard-total - 1',
    ],
    [
      { group: 'all', shardIndex: 0, shardTotal: 2 },
      'a sharded rollout of target-group all would start every slice without waiting for the canary — run the canary in a job of its own (target-group: canary) and shard the others (target-group: rest), or set canary: 0',
    ],
    [
      { group: 'canary', canary: 0 },
      'target-group canary picks nothing: canary is 0 — set canary to 1 or more',
    ],
  ] as const)('refuses %j in one line', (selection, line) => {
    expect(refusedLine(() => selectTargets(list(3), selection))).toBe(line);
  });

  test('a sharded all without a canary is allowed', () => {
    const picked = selectTargets(list(4), {
      group: 'all',
      canary: 0,
      shardIndex: 1,
      shardTotal: 2,
    });
    expect([picked.canary, names(picked.rest)]).toEqual([[], ['t2', 't4']]);
  });
});
