import { DbDeployError } from '../errors.js';

/**
 * Reading one number out of a metrics document: a dotted path into JSON
 * (`stats.error_rate`, `services.0.errors`, `$.a.b` and `a[0].b` are accepted) or a metric
 * of a Prometheus text exposition (`http_error_ratio{service="api"}`).
 * Each reader returns the number or a message saying why there is none.
 */
export type MetricReading = { value: number } | { error: string };

export interface JsonPath {
  readonly text: string;
  readonly segments: readonly string[];
}

export function parseJsonPath(value: string, name: string): JsonPath {
  const text = value.trim();
  const body = text.replace(/^\$\.?/, '').replace(/\[(\d+)\]/g, '.$1');
  const segments = body.split('.');
  if (!body || segments.some((s) => s === '')) {
    throw new DbDeployError('bad-input', `${name}: "${value}" is not a dotted JSON path`, {
      hint: 'use keys separated by dots, e.g. error_rate or stats.http.error_rate',
    });
  }
  return { text, segments };
}

function asNumber(found: unknown): number | undefined {
  if (typeof found === 'number' && Number.isFinite(found)) return found;
  if (typeof found === 'string' && found.trim() !== '' && Number.isFinite(Number(found)))
    return Number(found);
  return undefined;
}

export function readJsonPath(text: string, path: JsonPath): MetricReading {
  let document: unknown;
  try {
    document = JSON.parse(text) as unknown;
  } catch {
    return { error: `the response is not JSON (${describeBody(text)})` };
  }
  let node = document;
  for (const [index, segment] of path.segments.entries()) {
    const container = node as Record<string, unknown> | unknown[] | null;
    const has =
      container !== null &&
      typeof container === 'object' &&
      Object.prototype.hasOwnProperty.call(container, segment);
    if (!has) {
      const at = path.segments.slice(0, index).join('.') || '(the document)';
      const keys =
        container !== null && typeof container === 'object' && !Array.isArray(container)
          ? Object.keys(container).slice(0, 8)
          : [];
      const offer = keys.length > 0 ? `; ${at} has ${keys.join(', ')}` : '';
      return { error: `JSON path ${path.text} does not exist: no "${segment}" in ${at}${offer}` };
    }
    node = (container as Record<string, unknown>)[segment];
  }
  const value = asNumber(node);
  return value === undefined
    ? { error: `JSON path ${path.text} is ${JSON.stringify(node)?.slice(0, 40)}, not a number` }
    : { value };
}

export interface MetricSelector {
  readonly text: string;
  readonly name: string;
  readonly labels: ReadonlyMap<string, string>;
}

const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*,?/gy;

function parseLabels(text: string): Map<string, string> | undefined {
  const labels = new Map<string, string>();
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < text.length) {
    const start = LABEL.lastIndex;
    const match = LABEL.exec(text);
    if (!match) return text.slice(start).trim() === '' ? labels : undefined;
    labels.set(
      match[1] as string,
      (match[2] as string).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c)),
    );
  }
  return labels;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?\s*$/;

export function parseMetricSelector(value: string, name: string): MetricSelector {
  const text = value.trim();
  const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?$/.exec(text);
  const labels = match ? parseLabels(match[2] ?? '') : undefined;
  if (!match || !labels) {
    throw new DbDeployError('bad-input', `${name}: "${value}" is not a metric selector`, {
      hint: 'use a metric name with optional labels, e.g. http_error_ratio{service="api"}',
    });
  }
  return { text, name: match[1] as string, labels };
}

function parsePromValue(text: string): number {
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return Number(text);
}

/** Takes an exposition one line at a time and keeps only the values of matching samples. */
export interface PrometheusMatcher {
  push(line: string): void;
  /**
   * The highest matching value, or why there is none.
   * @param longLines lines skipped for their length, named in the "not in the exposition" message
   */
  reading(longLines?: number): MetricReading;
}

export function prometheusMatcher(selector: MetricSelector): PrometheusMatcher {
  let highest = -Infinity;
  let matched = 0;
  let numbers = 0;
  let lines = 0;
  return {
    push(line) {
      lines += 1;
      const trimmed = line.trim();
      // Cheap test first: an exposition of millions of lines is mostly other metrics.
      if (!trimmed.startsWith(selector.name)) return;
      const sample = SAMPLE.exec(trimmed);
      if (!sample || sample[1] !== selector.name) return;
      const labels = parseLabels(sample[2] ?? '');
      if (!labels) return;
      if (![...selector.labels].every(([k, v]) => labels.get(k) === v)) return;
      matched += 1;
      const value = parsePromValue(sample[3] as string);
      // A ratio gauge is NaN (0/0) for an idle series: judge the others, fail only when all are NaN.
      if (Number.isNaN(value)) return;
      numbers += 1;
      highest = Math.max(highest, value);
    },
    reading(longLines = 0) {
      if (matched === 0) {
        const skipped = longLines > 0 ? `; ${longLines} over-long lines were skipped` : '';
        return {
          error: `metric ${selector.text} is not in the exposition (${lines} line${lines === 1 ? '' : 's'} read${skipped})`,
        };
      }
      if (numbers === 0) return { error: `metric ${selector.text} is NaN` };
      return { value: highest };
    },
  };
}

/** The highest value among the exposition's samples the selector matches. */
export function readPrometheus(text: string, selector: MetricSelector): MetricReading {
  const matcher = prometheusMatcher(selector);
  for (const line of text.split('\n')) matcher.push(line);
  return matcher.reading();
}

function describeBody(text: string): string {
  const start = text.trim().slice(0, 30).replace(/\s+/g, ' ');
  return start ? `starts with "${start}"` : 'empty body';
}
