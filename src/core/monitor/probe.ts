/**
 * What every probe of the watch has in common. A probe serves one or more checks (the
 * database probe serves several from one query) and reports one outcome per check per round;
 * a check with no outcome in a round was not sampled (its streak is left as it was).
 */
export interface CheckDefinition {
  /** Stable id: `health`, `health-2`, `error-rate`, `database`, `db-lock-wait`, … */
  readonly id: string;
  /** For people: what is checked, with the URL in its printable form. */
  readonly label: string;
  /** The limit in words, e.g. `status 2xx within 5s`, `≤ 0.05`. */
  readonly limit: string;
  /** How `value` reads: ms, a ratio, a count or seconds. */
  readonly unit: 'ms' | 'ratio' | 'count' | 's';
}

export interface CheckOutcome {
  readonly check: string;
  readonly ok: boolean;
  /** How long the probe took, when it measured one request or query. */
  readonly latencyMs?: number;
  /** The figure the limit applies to (latency for health, the rate for error rate, …). */
  readonly value?: number;
  /** The outcome in a few words: `200 in 12ms`, `0.031`, `3 active`. */
  readonly display: string;
  /** Why it failed, one line. */
  readonly message?: string;
}

export interface Probe {
  readonly checks: readonly CheckDefinition[];
  /** One round. Must settle soon after `signal` aborts (the round's timeout or a cancel). */
  run(signal: AbortSignal): Promise<CheckOutcome[]>;
  close(): Promise<void>;
}

/** Why a fetch failed, in a few words, from the error's cause code. */
export function describeFetchError(error: unknown, timeoutMs: number, aborted: boolean): string {
  if (aborted) return `no answer within ${timeoutMs}ms`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  switch (cause?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name does not resolve';
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'connection closed before an answer';
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return `TLS certificate not accepted (${cause.code})`;
    default:
      return cause?.message ?? (error instanceof Error ? error.message : String(error));
  }
}
