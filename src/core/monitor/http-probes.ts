import type { Endpoint } from './endpoint.js';
import type { StatusMatcher } from './status-match.js';
import { describeFetchError, type CheckOutcome, type Probe } from './probe.js';
import {
  readJsonPath,
  readPrometheus,
  type JsonPath,
  type MetricSelector,
} from './metric-value.js';

const HEADERS = { 'user-agent': 'db-deploy-monitor', 'cache-control': 'no-cache' };
/** Error-rate documents larger than this are refused rather than parsed. */
const MAX_METRICS_BYTES = 8 * 1024 * 1024;

interface Fetched {
  status: number;
  body: string;
  latencyMs: number;
}

async function get(url: string, signal: AbortSignal, readBody: boolean): Promise<Fetched> {
  const started = performance.now();
  const response = await fetch(url, { signal, headers: HEADERS, redirect: 'follow' });
  const buffer = await response.arrayBuffer();
  const body =
    readBody && buffer.byteLength <= MAX_METRICS_BYTES ? Buffer.from(buffer).toString('utf8') : '';
  return { status: response.status, body, latencyMs: performance.now() - started };
}

const ms = (value: number) => `${Math.round(value)}ms`;

/** A health URL that must answer one of the expected statuses within the round's timeout. */
export function healthProbe(
  endpoint: Endpoint,
  expected: StatusMatcher,
  id: string,
  timeoutMs: number,
): Probe {
  return {
    checks: [
      {
        id,
        label: `health ${endpoint.display}`,
        limit: `status ${expected.text} within ${ms(timeoutMs)}`,
        unit: 'ms',
      },
    ],
    async run(signal): Promise<CheckOutcome[]> {
      const started = performance.now();
      try {
        const { status, latencyMs } = await get(endpoint.url, signal, false);
        const ok = expected.matches(status);
        return [
          {
            check: id,
            ok,
            latencyMs,
            value: latencyMs,
            display: `${status} in ${ms(latencyMs)}`,
            ...(ok ? {} : { message: `answered ${status}, expected ${expected.text}` }),
          },
        ];
      } catch (error) {
        const latencyMs = performance.now() - started;
        const message = describeFetchError(error, timeoutMs, signal.aborted);
        return [{ check: id, ok: false, latencyMs, display: message, message }];
      }
    },
    close: () => Promise.resolve(),
  };
}

export type ErrorRateSource =
  { kind: 'json'; path: JsonPath } | { kind: 'prometheus'; metric: MetricSelector };

/** An error-rate document whose value must stay at or under the threshold. */
export function errorRateProbe(
  endpoint: Endpoint,
  source: ErrorRateSource,
  threshold: number,
  timeoutMs: number,
): Probe {
  const what = source.kind === 'json' ? source.path.text : source.metric.text;
  const id = 'error-rate';
  return {
    checks: [
      {
        id,
        label: `error rate ${what} at ${endpoint.display}`,
        limit: `≤ ${threshold}`,
        unit: 'ratio',
      },
    ],
    async run(signal): Promise<CheckOutcome[]> {
      const started = performance.now();
      let fetched: Fetched;
      try {
        fetched = await get(endpoint.url, signal, true);
      } catch (error) {
        const latencyMs = performance.now() - started;
        const message = describeFetchError(error, timeoutMs, signal.aborted);
        return [{ check: id, ok: false, latencyMs, display: message, message }];
      }
      const { status, body, latencyMs } = fetched;
      if (status < 200 || status > 299) {
        const message = `metrics answered ${status}`;
        return [{ check: id, ok: false, latencyMs, display: message, message }];
      }
      const reading =
        source.kind === 'json'
          ? readJsonPath(body, source.path)
          : readPrometheus(body, source.metric);
      if ('error' in reading) {
        return [
          { check: id, ok: false, latencyMs, display: reading.error, message: reading.error },
        ];
      }
      const ok = reading.value <= threshold;
      return [
        {
          check: id,
          ok,
          latencyMs,
          value: reading.value,
          display: String(reading.value),
          ...(ok ? {} : { message: `error rate ${reading.value} is over ${threshold}` }),
        },
      ];
    },
    close: () => Promise.resolve(),
  };
}
