import { DbDeployError } from '../errors.js';
import { databaseProbe } from './db-probe.js';
import {
  DATABASE_WATCH_DEFAULTS,
  WATCH_DEFAULTS,
  type WatchOptions,
  type WatchSettings,
} from './options.js';
import { parseEndpoint } from './endpoint.js';
import { errorRateProbe, healthProbe, type ErrorRateSource } from './http-probes.js';
import { parseJsonPath, parseMetricSelector } from './metric-value.js';
import type { Probe } from './probe.js';
import { parseStatusMatcher } from './status-match.js';

function refuse(message: string, hint: string): never {
  throw new DbDeployError('bad-input', message, { hint });
}

/**
 * Cross-checks the settings and builds the probes, before anything is probed: every URL,
 * status list, JSON path and metric is parsed here, so a typo fails the step at once.
 */
export function setUpWatch(settings: WatchSettings): Omit<WatchOptions, 'signal'> {
  const { durationMs, intervalMs, timeoutMs, failureThreshold } = settings;
  if (durationMs <= 0) refuse('duration must be more than 0', 'e.g. duration: 5m');
  if (intervalMs <= 0) refuse('interval must be more than 0', 'e.g. interval: 10s');
  if (timeoutMs <= 0) refuse('timeout must be more than 0', 'e.g. timeout: 5s');
  if (intervalMs > durationMs)
    refuse(
      `interval (${intervalMs}ms) is longer than duration (${durationMs}ms)`,
      'shorten interval or lengthen duration',
    );
  if (!Number.isInteger(failureThreshold) || failureThreshold < 1)
    refuse('failure-threshold must be a whole number of at least 1', 'e.g. failure-threshold: 3');
  if (!(settings.errorRateThreshold >= 0))
    refuse('error-rate-threshold must be 0 or more', 'e.g. error-rate-threshold: 0.05');
  if (settings.healthUrls.length === 0 && !settings.errorRateUrl && !settings.databaseUrl)
    refuse(
      'nothing to watch: no health-url, error-rate-url or database-url',
      'give at least one of them',
    );
  if (settings.errorRateJsonPath && settings.errorRateMetric)
    refuse(
      'error-rate-json-path and error-rate-metric are both set',
      'use the JSON path for a JSON document, the metric for a Prometheus exposition',
    );
  if (!settings.errorRateUrl && (settings.errorRateJsonPath || settings.errorRateMetric))
    refuse(
      'error-rate-json-path / error-rate-metric given without error-rate-url',
      'set error-rate-url too',
    );

  const expected = parseStatusMatcher(settings.expectedStatus ?? '2xx', 'expected-status');
  const probes: Probe[] = settings.healthUrls.map((raw, index) =>
    healthProbe(
      parseEndpoint(raw, `health-url ${index + 1}`),
      expected,
      index === 0 ? 'health' : `health-${index + 1}`,
      timeoutMs,
    ),
  );
  if (settings.errorRateUrl) {
    const source: ErrorRateSource = settings.errorRateMetric
      ? {
          kind: 'prometheus',
          metric: parseMetricSelector(settings.errorRateMetric, 'error-rate-metric'),
        }
      : {
          kind: 'json',
          path: parseJsonPath(
            settings.errorRateJsonPath ?? WATCH_DEFAULTS.errorRateJsonPath,
            'error-rate-json-path',
          ),
        };
    probes.push(
      errorRateProbe(
        parseEndpoint(settings.errorRateUrl, 'error-rate-url'),
        source,
        settings.errorRateThreshold,
        timeoutMs,
      ),
    );
  }
  if (settings.databaseUrl) {
    probes.push(
      databaseProbe(
        settings.databaseUrl,
        { ...DATABASE_WATCH_DEFAULTS, ...settings.database },
        timeoutMs,
      ),
    );
  }
  return {
    probes,
    durationMs,
    intervalMs,
    timeoutMs,
    failureThreshold,
    rollbackTimeoutMs: settings.rollbackTimeoutMs,
    rollbackOnCancel: settings.rollbackOnCancel,
    ...(settings.rollbackCommand ? { rollbackCommand: settings.rollbackCommand } : {}),
  };
}
