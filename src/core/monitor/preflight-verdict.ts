import { DbDeployError } from '../errors.js';
import type { PreflightCheck, PreflightResult } from './preflight-types.js';

/** A detail longer than this is cut short in the error line (the summary has it whole). */
const DETAIL_IN_LINE = 120;

function clip(text: string): string {
  return text.length > DETAIL_IN_LINE ? `${text.slice(0, DETAIL_IN_LINE - 1)}…` : text;
}

/** `active-connections: 142 > 100`, `invalid-indexes: 1 > 0 (public.idx_x)`. */
function describeFailure(check: PreflightCheck): string {
  const limit = check.limit && check.value !== 'not measured' ? ` > ${check.limit}` : '';
  const detail = check.detail ? ` (${clip(check.detail)})` : '';
  return `${check.id}: ${check.value}${limit}${detail}`;
}

/**
 * The error a failed preflight ends with: ONE line naming every failed check, where, and what
 * to do (`preflight failed 2 of 9 checks: active-connections: 142 > 100; invalid-indexes: 1 > 0
 * (public.idx_x) (db.example.com:5432/app) — …`). Undefined when every check passed.
 */
export function preflightFailure(result: PreflightResult): DbDeployError | undefined {
  const failed = result.checks.filter((c) => c.status === 'fail');
  if (failed.length === 0) return undefined;
  const only = failed.length === 1 ? failed[0] : undefined;
  return new DbDeployError(
    'preflight-failed',
    `preflight failed ${failed.length} of ${result.checks.length} checks: ${failed.map(describeFailure).join('; ')}`,
    {
      where: result.database,
      hint:
        only?.hint ??
        'fix each failed check (the job summary says how) or raise its limit, then run again',
      partial: result,
    },
  );
}

/** Throws `preflightFailure(result)` when a check failed; call it after reporting the result. */
export function assertPreflightPassed(result: PreflightResult): void {
  const failure = preflightFailure(result);
  if (failure) throw failure;
}

/**
 * The step outputs: every figure (empty when not measured), `passed`, and `failed-checks`
 * (the ids of the failed checks, comma-separated).
 */
export function preflightOutputs(result: PreflightResult): Record<string, string | number> {
  const outputs: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(result.figures)) outputs[name] = value ?? '';
  outputs.passed = String(result.passed);
  outputs['failed-checks'] = result.checks
    .filter((c) => c.status === 'fail')
    .map((c) => c.id)
    .join(',');
  return outputs;
}
