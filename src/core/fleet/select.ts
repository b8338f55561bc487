import { assertNever, DbDeployError } from '../errors.js';
import type { FleetTarget } from './targets.js';

/** Which part of the list a job rolls out: everything, the canary targets, or everything after them. */
export type TargetGroup = 'all' | 'canary' | 'rest';
export const TARGET_GROUPS: readonly TargetGroup[] = ['all', 'canary', 'rest'];

/** What a job picks from the list. */
export interface TargetSelection {
  group: TargetGroup;
  /** How many targets from the top go first, one after another. Undefined: 1 when the list has more than one target, else 0. */
  canary?: number;
  /** This job's slice (0-based, e.g. `${{ strategy.job-index }}`), with `shardTotal`. */
  shardIndex?: number;
  /** How many slices the picked targets are dealt into (e.g. `${{ strategy.job-total }}`). */
  shardTotal?: number;
}

/** The targets one job migrates: the canary phase (one at a time), then the rest (in parallel). */
export interface SelectedTargets {
  canary: FleetTarget[];
  rest: FleetTarget[];
  /** The canary count in effect (the default applied). */
  canaryCount: number;
}

/** The canary count of a list: the given one, else 1 when there is more than one target. */
export function canaryCount(total: number, canary: number | undefined): number {
  return canary ?? (total > 1 ? 1 : 0);
}

function refuse(message: string, hint: string): never {
  throw new DbDeployError('bad-input', message, { hint });
}

/**
 * Deals the picked targets into `total` slices, target i to slice i mod total: deterministic
 * from the list alone, so every job of a matrix computes the same slices and together they
 * cover each target exactly once; appending to the list never moves a target to another slice.
 */
export function shardSlice<T>(items: readonly T[], index: number, total: number): T[] {
  return items.filter((_, i) => i % total === index);
}

/**
 * Picks this job's targets: the group (all, the canary targets, or the rest after them), then
 * its shard slice. Refuses, in one line, a canary larger than the list, a shard index without
 * its total (or out of range), and a sharded `all` with a canary (each slice would go ahead
 * without waiting for the canary: run the canary in a job of its own).
 */
export function selectTargets(
  targets: readonly FleetTarget[],
  selection: TargetSelection,
): SelectedTargets {
  const count = canaryCount(targets.length, selection.canary);
  if (count > targets.length)
    refuse(
      `canary ${count} is more than the ${targets.length} target(s) listed`,
      'use a canary of at most the number of targets (0 for none)',
    );
  const { shardIndex: index, shardTotal: total } = selection;
  if ((index === undefined) !== (total === undefined))
    refuse(
      'shard-index and shard-total go together',
      'set both, e.g. shard-index: ${{ strategy.job-index }} and shard-total: ${{ strategy.job-total }}',
    );
  if (index !== undefined && total !== undefined && index >= total)
    refuse(
      `shard-index ${index} is not below shard-total ${total}`,
      'number the slices from 0 to shard-total - 1',
    );
  const sharded = total !== undefined && total > 1;
  if (sharded && selection.group === 'all' && count > 0)
    refuse(
      'a sharded rollout of target-group all would start every slice without waiting for the canary',
      'run the canary in a job of its own (target-group: canary) and shard the others (target-group: rest), or set canary: 0',
    );
  if (selection.group === 'canary' && count === 0)
    refuse('target-group canary picks nothing: canary is 0', 'set canary to 1 or more');
  const slice = (items: readonly FleetTarget[]) =>
    index !== undefined && total !== undefined ? shardSlice(items, index, total) : [...items];
  switch (selection.group) {
    case 'all':
      return {
        canary: slice(targets.slice(0, count)),
        rest: slice(targets.slice(count)),
        canaryCount: count,
      };
    case 'canary':
      return { canary: slice(targets.slice(0, count)), rest: [], canaryCount: count };
    case 'rest':
      return { canary: [], rest: slice(targets.slice(count)), canaryCount: count };
    default:
      return assertNever(selection.group);
  }
}
