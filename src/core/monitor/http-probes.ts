import type { Endpoint } from './endpoint.js';
import type { StatusMatcher } from './status-match.js';
import { describeFetchError, type CheckOutcome, type Probe } from './probe.js';
import {
  prometheusMatcher,
  readJsonPath,
  type JsonPath,
  type MetricReading,
  type MetricSelector,
} from './metric-value.js';
import { forEachLine, MAX_JSON_BYTES, readLimited } from './body.js';
import { formatBytes } from '../units.js';

const HEADERS = { 'user-agent': 'db-deploy-monitor', 'cache-control': 'no-cache' };

/** Sends the request; `user:password@` of the URL goes as the Authorization header. */
function request(endpoint: Endpoint, signal: AbortSignal): Promise<Response> {
  const headers = endpoint.authorization
    ? { ...HEADERS, authorization: endpoint.authorization }
    : HEADERS;
  return fetch(endpoint.url, { signal, headers, redirect: 'follow' });
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
        const response = await request(endpoint, signal);
        // The status is what is judged: the body is not read (a large one would only cost time).
        await response.body?.cancel().catch(() => undefined);
        const { status } = response;
        const latencyMs = performance.now() - started;
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

/**
 * The error rate out of a metrics response, read as it arrives: an exposition line by line
 * (only matching samples are kept), a JSON document whole up to MAX_JSON_BYTES.
 */
async function readMetric(response: Response, source: ErrorRateSource): Promise<MetricReading> {
  if (source.kind === 'prometheus') {
    const matcher = prometheusMatcher(source.metric);
    const { longLines } = await forEachLine(response.body, (line) => matcher.push(line));
    return matcher.reading(longLines);
  }
  const body = await readLimited(response, MAX_JSON_BYTES);
  if ('tooLarge' in body)
    return {
      error: `the JSON document is too large (limit ${formatBytes(MAX_JSON_BYTES)}): serve a smaller one, or the rate as a Prometheus exposition with error-rate-metric`,
    };
  return readJsonPath(body.text, source.path);
}

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
      const fail = (message: string) => [
        { check: id, ok: false, latencyMs: performance.now() - started, display: message, message },
      ];
      let reading: MetricReading;
      let answered = false;
      try {
        const response = await request(endpoint, signal);
        answered = true;
        if (response.status < 200 || response.status > 299) {
          await response.body?.cancel().catch(() => undefined);
          return fail(`metrics answered ${response.status}`);
        }
        reading = await readMetric(response, source);
      } catch (error) {
        if (answered && signal.aborted)
          return fail(`the document did not arrive whole within ${ms(timeoutMs)}`);
        return fail(describeFetchError(error, timeoutMs, signal.aborted));
      }
      const latencyMs = performance.now() - started;
      if ('error' in reading) return fail(reading.error);
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
