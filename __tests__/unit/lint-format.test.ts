import { formatFindings } from '../../src/core/report/lint.js';
import { RULES } from '../../src/core/lint/registry.js';
import type { Finding, Rule } from '../../src/core/lint/types.js';
import { VERSION } from '../../src/core/version.js';

function finding(severity: Finding['severity'], line: number, overrides: Partial<Finding> = {}) {
  return {
    file: 'db/migrations/1700_add_index.sql',
    line,
    column: 3,
    endLine: line + 1,
    rule: `rule-${severity}`,
    severity,
    message: `${severity} at ${line}`,
    hint: 'do it in two steps',
    ...overrides,
  } satisfies Finding;
}

const rule = (id: string, severity: Finding['severity']): Rule => ({
  id,
  severity,
  description: `what ${id} catches`,
  nodeTypes: ['*'],
  check: () => [],
});

const FINDINGS = [finding('error', 2), finding('warning', 5), finding('notice', 9)];

describe('formatFindings as text', () => {
  test('writes one line per finding, its hint below it, then a count line', () => {
    expect(formatFindings(FINDINGS, 'text', RULES).split('\n')).toEqual([
      'db/migrations/1700_add_index.sql:2:3  error  rule-error  error at 2',
      '    hint: do it in two steps',
      'db/migrations/1700_add_index.sql:5:3  warning  rule-warning  warning at 5',
      '    hint: do it in two steps',
      'db/migrations/1700_add_index.sql:9:3  notice  rule-notice  notice at 9',
      '    hint: do it in two steps',
      '3 finding(s): 1 error(s), 1 warning(s), 1 notice(s)',
    ]);
  });

  test('says "no findings" when there are none', () => {
    expect(formatFindings([], 'text', RULES)).toBe('no findings');
  });
});

describe('formatFindings as json', () => {
  it.each([
    ['some findings', FINDINGS],
    ['no findings', []],
  ])('parses back to the same array (%s)', (_name, findings) => {
    expect(JSON.parse(formatFindings(findings, 'json', RULES))).toEqual(findings);
  });
});

describe('formatFindings as github workflow commands', () => {
  test('writes one command per finding with file, lines, column, the rule as title, and the hint', () => {
    expect(formatFindings(FINDINGS, 'github', RULES).split('\n')).toEqual([
      '::error file=db/migrations/1700_add_index.sql,line=2,endLine=3,col=3,title=rule-error::error at 2 — do it in two steps',
      '::warning file=db/migrations/1700_add_index.sql,line=5,endLine=6,col=3,title=rule-warning::warning at 5 — do it in two steps',
      '::notice file=db/migrations/1700_add_index.sql,line=9,endLine=10,col=3,title=rule-notice::notice at 9 — do it in two steps',
    ]);
  });

  test('writes nothing for no findings', () => {
    expect(formatFindings([], 'github', RULES)).toBe('');
  });

  // The runner's rules (actions/toolkit command.ts): the message escapes % \r \n;
  // properties escape those and also : and ,.
  it.each<[string, Partial<Finding>, string]>([
    [
      'escapes %, \\r and \\n in the message and hint, but keeps : and ,',
      { message: '100% of rows:\r\nall, locked', hint: 'split it: a, then b' },
      '::error file=m.sql,line=2,endLine=3,col=3,title=r::100%25 of rows:%0D%0Aall, locked — split it: a, then b',
    ],
    [
      'escapes :, ,, % and newlines in the file and the title',
      { file: 'C:\\db\\a,b%\n.sql', rule: 'x:y,z' },
      '::error file=C%3A\\db\\a%2Cb%25%0A.sql,line=2,endLine=3,col=3,title=x%3Ay%2Cz::m — h',
    ],
  ])('%s', (_name, overrides, expected) => {
    const escaped = finding('error', 2, {
      file: 'm.sql',
      rule: 'r',
      message: 'm',
      hint: 'h',
      ...overrides,
    });
    expect(formatFindings([escaped], 'github', RULES)).toBe(expected);
  });
});

describe('formatFindings as SARIF', () => {
  interface Sarif {
    version: string;
    $schema: string;
    runs: Array<{
      tool: {
        driver: {
          name: string;
          version: string;
          rules: Array<{
            id: string;
            shortDescription: { text: string };
            defaultConfiguration: { level: string };
          }>;
        };
      };
      results: Array<{
        ruleId: string;
        level: string;
        message: { text: string };
        locations: Array<{
          physicalLocation: {
            artifactLocation: { uri: string };
            region: { startLine: number; startColumn: number; endLine: number };
          };
        }>;
      }>;
    }>;
  }
  const rules = [
    rule('a-error', 'error'),
    rule('b-warning', 'warning'),
    rule('c-notice', 'notice'),
  ];
  const findings = [
    finding('error', 2, { rule: 'a-error' }),
    finding('warning', 5, { rule: 'b-warning' }),
    finding('notice', 9, { rule: 'c-notice', file: 'db\\migrations\\1700.sql' }),
    finding('error', 12, { rule: 'a-error' }),
    finding('notice', 1, { rule: 'unknown-rule' }),
  ];
  const sarif = JSON.parse(formatFindings(findings, 'sarif', rules)) as Sarif;
  const run = sarif.runs[0]!;

  test('is SARIF 2.1.0 from db-deploy at its version', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toContain('sarif-2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'db-deploy', version: VERSION });
  });

  test('lists each rule that has a finding once, with its description and level (notice → note)', () => {
    expect(run.tool.driver.rules).toEqual([
      {
        id: 'a-error',
        shortDescription: { text: 'what a-error catches' },
        defaultConfiguration: { level: 'error' },
      },
      {
        id: 'b-warning',
        shortDescription: { text: 'what b-warning catches' },
        defaultConfiguration: { level: 'warning' },
      },
      {
        id: 'c-notice',
        shortDescription: { text: 'what c-notice catches' },
        defaultConfiguration: { level: 'note' },
      },
      // An engine finding (not a rule of the registry) is named by its id.
      expect.objectContaining({ id: 'unknown-rule', shortDescription: { text: 'unknown-rule' } }),
    ]);
  });

  test('gives one result per finding with its level, message, hint and region', () => {
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['a-error', 'error'],
      ['b-warning', 'warning'],
      ['c-notice', 'note'],
      ['a-error', 'error'],
      ['unknown-rule', 'note'],
    ]);
    expect(run.results[0]).toEqual({
      ruleId: 'a-error',
      level: 'error',
      message: { text: 'error at 2. do it in two steps' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'db/migrations/1700_add_index.sql' },
            region: { startLine: 2, startColumn: 3, endLine: 3 },
          },
        },
      ],
    });
  });

  test('writes file paths with forward slashes', () => {
    expect(run.results[2]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(
      'db/migrations/1700.sql',
    );
  });

  test('is a valid run with no results when there are no findings', () => {
    const empty = JSON.parse(formatFindings([], 'sarif', rules)) as Sarif;
    expect(empty.runs[0]).toMatchObject({ tool: { driver: { rules: [] } }, results: [] });
  });
});
