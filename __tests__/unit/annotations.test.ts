import { annotateFindings } from '../../src/github/annotations.js';
import type { Finding } from '../../src/core/lint/types.js';
import { stdoutLines } from '../helpers/stdout.js';

function finding(
  severity: Finding['severity'],
  line: number,
  overrides: Partial<Finding> = {},
): Finding {
  return {
    file: 'db/migrations/1700_add_index.sql',
    line,
    column: 1,
    endLine: line,
    rule: `rule-${severity}`,
    severity,
    message: `${severity} at ${line}`,
    hint: 'do it in two steps',
    ...overrides,
  };
}

describe('annotateFindings', () => {
  test('writes one workflow command per finding with title, file, line, column and the hint', async () => {
    const lines = await stdoutLines(() => annotateFindings([finding('error', 3)]));
    expect(lines).toEqual([
      '::error title=rule-error,file=db/migrations/1700_add_index.sql,line=3,endLine=3,col=1::error at 3%0AFix: do it in two steps',
    ]);
  });

  test('leaves the column out of a multi-line annotation (GitHub refuses it)', async () => {
    const [line] = await stdoutLines(() =>
      annotateFindings([finding('warning', 5, { endLine: 7 })]),
    );
    expect(line).toBe(
      '::warning title=rule-warning,file=db/migrations/1700_add_index.sql,line=5,endLine=7::warning at 5%0AFix: do it in two steps',
    );
  });

  test('emits errors, then warnings, then notices, at most max of each, and says how many were left out', async () => {
    const findings = [
      ...Array.from({ length: 3 }, (_, i) => finding('notice', 30 + i)),
      ...Array.from({ length: 4 }, (_, i) => finding('warning', 20 + i)),
      ...Array.from({ length: 12 }, (_, i) => finding('error', 1 + i)),
    ];
    let counts: ReturnType<typeof annotateFindings> | undefined;
    const lines = await stdoutLines(() => (counts = annotateFindings(findings, { max: 10 })));
    const kinds = lines.filter((l) => l.startsWith('::')).map((l) => l.slice(2, l.indexOf(' ')));
    expect(kinds).toEqual([
      ...Array<string>(10).fill('error'),
      ...Array<string>(4).fill('warning'),
      ...Array<string>(3).fill('notice'),
    ]);
    expect(counts).toEqual({ annotated: 17, omitted: 2 });
    expect(lines.at(-1)).toBe(
      '2 findings were not annotated (GitHub shows at most 10 of each severity per step); the job summary lists them all',
    );
  });

  test('escapes commas and colons in properties, newlines and percent signs in messages', async () => {
    const [line] = await stdoutLines(() =>
      annotateFindings([
        finding('notice', 1, { file: 'a,b:c.sql', message: '100% sure', hint: '' }),
      ]),
    );
    expect(line).toBe(
      '::notice title=rule-notice,file=a%2Cb%3Ac.sql,line=1,endLine=1,col=1::100%25 sure',
    );
  });
});
