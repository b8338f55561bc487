import {
  parseJsonPath,
  parseMetricSelector,
  readJsonPath,
  prometheusMatcher,
  readPrometheus,
  type MetricReading,
} from '../../../src/core/monitor/metric-value.js';
import { refusal } from '../../helpers/expect.js';

const json = (path: string, document: unknown): MetricReading =>
  readJsonPath(JSON.stringify(document), parseJsonPath(path, 'error-rate-json-path'));

/** The reading for a metric the exposition lacks: it says how many lines were read. */
const notIn = (selector: string) => ({
  error: expect.stringMatching(
    new RegExp(
      `^metric ${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not in the exposition \\(\\d+ lines? read\\)$`,
    ),
  ) as unknown,
});
const prom = (selector: string, exposition: string): MetricReading =>
  readPrometheus(exposition, parseMetricSelector(selector, 'error-rate-metric'));

describe('parseJsonPath', () => {
  test.each([
    ['error_rate', ['error_rate']],
    ['stats.http.error_rate', ['stats', 'http', 'error_rate']],
    ['$.stats.error_rate', ['stats', 'error_rate']],
    ['$stats', ['stats']],
    ['services.0.errors', ['services', '0', 'errors']],
    ['services[0].errors', ['services', '0', 'errors']],
    ['$.a[1][2].b', ['a', '1', '2', 'b']],
    ['  stats.rate  ', ['stats', 'rate']],
  ])('splits "%s" into %j', (text, segments) => {
    const path = parseJsonPath(text, 'error-rate-json-path');
    expect(path.segments).toEqual(segments);
    expect(path.text).toBe(text.trim());
  });

  test.each(['', '   ', '$', '$.', 'a..b', '.a', 'a.', 'a[0]..b'])(
    'refuses "%s" naming the input and the value',
    (text) => {
      const error = refusal(() => parseJsonPath(text, 'error-rate-json-path'));
      expect(error.code).toBe('bad-input');
      expect(error.message).toBe(`error-rate-json-path: "${text}" is not a dotted JSON path`);
    },
  );
});

describe('readJsonPath', () => {
  test('reads a top-level number', () => {
    expect(json('error_rate', { error_rate: 0.012 })).toEqual({ value: 0.012 });
  });

  test('reads a nested number, with or without the leading $.', () => {
    const document = { stats: { http: { error_rate: 0.25, requests: 1000 } } };
    expect(json('stats.http.error_rate', document)).toEqual({ value: 0.25 });
    expect(json('$.stats.http.error_rate', document)).toEqual({ value: 0.25 });
  });

  test('indexes arrays with brackets or dotted numbers', () => {
    const document = { services: [{ errors: 3 }, { errors: 7 }] };
    expect(json('services[1].errors', document)).toEqual({ value: 7 });
    expect(json('services.0.errors', document)).toEqual({ value: 3 });
  });

  test('reads zero and negative numbers as values, not as missing', () => {
    expect(json('rate', { rate: 0 })).toEqual({ value: 0 });
    expect(json('rate', { rate: -1.5 })).toEqual({ value: -1.5 });
  });

  test.each([
    ['0.05', 0.05],
    [' 12 ', 12],
    ['1e-3', 0.001],
  ])('accepts the numeric string %j', (text, value) => {
    expect(json('rate', { rate: text })).toEqual({ value });
  });

  test('names the missing key, where it was looked for, and the keys that are there', () => {
    const reading = json('stats.http.error_ratio', {
      stats: { http: { error_rate: 0.1, requests: 10 } },
    });
    expect(reading).toEqual({
      error:
        'JSON path stats.http.error_ratio does not exist: no "error_ratio" in stats.http; stats.http has error_rate, requests',
    });
  });

  test('says "the document" when the first key is missing', () => {
    expect(json('error_rate', { errors: 1, total: 5 })).toEqual({
      error:
        'JSON path error_rate does not exist: no "error_rate" in (the document); (the document) has errors, total',
    });
  });

  test('offers no more than eight keys', () => {
    const document = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, i]));
    const reading = json('missing', document);
    expect('error' in reading && reading.error).toMatch(/has k0, k1, k2, k3, k4, k5, k6, k7$/);
  });

  test('reports an index past the end of an array without offering keys', () => {
    expect(json('services[2].errors', { services: [{ errors: 1 }] })).toEqual({
      error: 'JSON path services[2].errors does not exist: no "2" in services',
    });
  });

  test('reports a path that goes through a number', () => {
    expect(json('rate.value', { rate: 0.5 })).toEqual({
      error: 'JSON path rate.value does not exist: no "value" in rate',
    });
  });

  test('does not find keys inherited from Object.prototype', () => {
    const reading = json('toString', { rate: 1 });
    expect(reading).toEqual({
      error:
        'JSON path toString does not exist: no "toString" in (the document); (the document) has rate',
    });
  });

  test.each([
    [{ rate: 'high' }, 'JSON path rate is "high", not a number'],
    [{ rate: '' }, 'JSON path rate is "", not a number'],
    [{ rate: null }, 'JSON path rate is null, not a number'],
    [{ rate: true }, 'JSON path rate is true, not a number'],
    [{ rate: { value: 1 } }, 'JSON path rate is {"value":1}, not a number'],
    [{ rate: [1, 2] }, 'JSON path rate is [1,2], not a number'],
  ])('refuses a value that is not a number (%j)', (document, error) => {
    expect(json('rate', document)).toEqual({ error });
  });

  test('cuts a long non-number value short in the message', () => {
    const reading = json('rate', { rate: 'x'.repeat(200) });
    expect('error' in reading).toBe(true);
    if ('error' in reading) expect(reading.error.length).toBeLessThan(80);
  });

  test.each([
    ['<html><body>Bad gateway</body></html>', 'starts with "<html><body>Bad gateway</body>"'],
    ['ok', 'starts with "ok"'],
    ['', 'empty body'],
    ['   \n ', 'empty body'],
  ])('says a body that is not JSON is not JSON (%j)', (body, described) => {
    expect(readJsonPath(body, parseJsonPath('rate', 'p'))).toEqual({
      error: `the response is not JSON (${described})`,
    });
  });
});

describe('parseMetricSelector', () => {
  test('reads a bare metric name', () => {
    const selector = parseMetricSelector('http_error_ratio', 'error-rate-metric');
    expect(selector.name).toBe('http_error_ratio');
    expect([...selector.labels]).toEqual([]);
    expect(selector.text).toBe('http_error_ratio');
  });

  test('reads labels, with spaces, a trailing comma and escaped characters', () => {
    const selector = parseMetricSelector(
      ' http_errors:ratio{ service = "api", path="/say \\"hi\\"", note="a\\\\b\\nc", } ',
      'error-rate-metric',
    );
    expect(selector.name).toBe('http_errors:ratio');
    expect(Object.fromEntries(selector.labels)).toEqual({
      service: 'api',
      path: '/say "hi"',
      note: 'a\\b\nc',
    });
  });

  test('accepts empty braces as no labels', () => {
    expect(parseMetricSelector('up{}', 'm').labels.size).toBe(0);
  });

  test.each([
    '',
    '   ',
    '1metric',
    'http-errors',
    'http errors',
    'errors{',
    'errors{service="api"',
    'errors{service=api}',
    "errors{service='api'}",
    'errors{="api"}',
    'errors{service="api"} 1',
    'errors{service="api" junk}',
  ])('refuses %j naming the input and the value', (text) => {
    const error = refusal(() => parseMetricSelector(text, 'error-rate-metric'));
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe(`error-rate-metric: "${text}" is not a metric selector`);
    expect(error.hint).toContain('http_error_ratio{service="api"}');
  });
});

const EXPOSITION = [
  '# HELP http_errors_total Requests that failed, since the process started.',
  '# TYPE http_errors_total counter',
  'http_errors_total{service="api",code="500"} 1027',
  'http_errors_total{service="api",code="503"} 3',
  '# HELP http_errors Errors in the last minute.',
  '# TYPE http_errors gauge',
  'http_errors{service="api"} 4',
  '# HELP http_error_ratio Failed share of requests over the last minute.',
  '# TYPE http_error_ratio gauge',
  'http_error_ratio{service="api",region="eu",path="/orders"} 0.012',
  'http_error_ratio{service="api",region="us",path="/orders"} 0.031 1700000000000',
  'http_error_ratio{service="web",region="eu",path="/say \\"hi\\""} 0.5',
  'http_error_ratio{service="batch"} 1e-2',
  'queue_depth_seconds{queue="mail"} +Inf',
  'queue_depth_seconds{queue="sms"} 12',
  'cpu_temperature{zone="a"} -Inf',
  'broken_ratio{service="api"} NaN',
  'broken_ratio{service="web"} 0.2',
  'up 1',
  '',
].join('\n');

describe('readPrometheus', () => {
  test('takes the highest of the series a bare name matches', () => {
    expect(prom('http_error_ratio', EXPOSITION)).toEqual({ value: 0.5 });
  });

  test('matches a subset of the labels and takes the highest series among them', () => {
    expect(prom('http_error_ratio{service="api"}', EXPOSITION)).toEqual({ value: 0.031 });
    expect(prom('http_error_ratio{region="eu"}', EXPOSITION)).toEqual({ value: 0.5 });
  });

  test('narrows to one series with all of its labels', () => {
    expect(prom('http_error_ratio{service="api",region="eu"}', EXPOSITION)).toEqual({
      value: 0.012,
    });
  });

  test('compares label values with their escaped quotes undone', () => {
    expect(prom('http_error_ratio{path="/say \\"hi\\""}', EXPOSITION)).toEqual({ value: 0.5 });
  });

  test('ignores the timestamp after a value', () => {
    expect(prom('http_error_ratio{region="us"}', EXPOSITION)).toEqual({ value: 0.031 });
  });

  test('reads exponent notation', () => {
    expect(prom('http_error_ratio{service="batch"}', EXPOSITION)).toEqual({ value: 0.01 });
  });

  test('reads a metric without labels', () => {
    expect(prom('up', EXPOSITION)).toEqual({ value: 1 });
  });

  test('reads +Inf and -Inf', () => {
    expect(prom('queue_depth_seconds', EXPOSITION)).toEqual({ value: Infinity });
    expect(prom('cpu_temperature', EXPOSITION)).toEqual({ value: -Infinity });
  });

  test('does not take a metric whose name only starts with the one asked for', () => {
    expect(prom('http_errors', EXPOSITION)).toEqual({ value: 4 });
    expect(prom('http_errors_total', EXPOSITION)).toEqual({ value: 1027 });
    expect(prom('http_error', EXPOSITION)).toEqual(notIn('http_error'));
  });

  test('does not read HELP and TYPE comments as samples', () => {
    const onlyComments = [
      '# HELP http_error_ratio 0.9',
      '# TYPE http_error_ratio gauge',
      '#http_error_ratio 0.9',
    ].join('\n');
    expect(prom('http_error_ratio', onlyComments)).toEqual(notIn('http_error_ratio'));
  });

  test('reports a metric that is missing, or has no series with the labels asked for', () => {
    expect(prom('http_latency_seconds', EXPOSITION)).toEqual(notIn('http_latency_seconds'));
    expect(prom('http_error_ratio{service="billing"}', EXPOSITION)).toEqual(
      notIn('http_error_ratio{service="billing"}'),
    );
    expect(prom('up{job="api"}', EXPOSITION)).toEqual(notIn('up{job="api"}'));
  });

  test('reports NaN rather than a number', () => {
    expect(prom('broken_ratio{service="api"}', EXPOSITION)).toEqual({
      error: 'metric broken_ratio{service="api"} is NaN',
    });
  });

  test('reads an exposition with CRLF line endings and indentation', () => {
    const text = '# TYPE m gauge\r\n  m{a="1"} 0.25\r\n\tm{a="2"} 0.75\r\n';
    expect(prom('m', text)).toEqual({ value: 0.75 });
  });

  test('reads label values holding spaces, commas and braces', () => {
    const text = 'm{route="GET /a, b {id}",service="api"} 0.4\nm{route="x"} 0.1\n';
    expect(prom('m{route="GET /a, b {id}"}', text)).toEqual({ value: 0.4 });
    expect(prom('m{service="api"}', text)).toEqual({ value: 0.4 });
  });

  test('skips lines that are not samples', () => {
    const text = 'garbage line here\nm{a="1" 0.3\nm 0.2\n';
    expect(prom('m', text)).toEqual({ value: 0.2 });
  });

  test('says so for an empty exposition', () => {
    expect(prom('m', '')).toEqual({ error: 'metric m is not in the exposition (1 line read)' });
  });

  test('counts the lines it read and the over-long lines it skipped', () => {
    const matcher = prometheusMatcher(parseMetricSelector('m', 'error-rate-metric'));
    for (const line of ['other 1', 'other 2', '# m 3']) matcher.push(line);
    expect(matcher.reading(2)).toEqual({
      error: 'metric m is not in the exposition (3 lines read; 2 over-long lines were skipped)',
    });
  });

  test('keeps the highest of the matching samples as they stream in, -Inf included', () => {
    const matcher = prometheusMatcher(parseMetricSelector('m{a="1"}', 'error-rate-metric'));
    for (const line of ['m{a="1"} -Inf', 'm{a="2"} 9', 'm{a="1"} NaN']) matcher.push(line);
    expect(matcher.reading()).toEqual({ value: -Infinity });
    matcher.push('m{a="1",b="x"} 0.5');
    expect(matcher.reading()).toEqual({ value: 0.5 });
  });
});
