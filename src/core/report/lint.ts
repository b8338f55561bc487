import type { Finding, Rule, Severity } from '../lint/index.js';
import { assertNever } from '../errors.js';
import { VERSION } from '../version.js';

export type LintFormat = 'text' | 'json' | 'github' | 'sarif';
export const LINT_FORMATS: readonly LintFormat[] = ['text', 'json', 'github', 'sarif'];

/** Renders findings in one of the CLI's formats. */
export function formatFindings(
  findings: readonly Finding[],
  format: LintFormat,
  rules: readonly Rule[],
): string {
  switch (format) {
    case 'text':
      return formatText(findings);
    case 'json':
      return JSON.stringify(findings, null, 2);
    case 'github':
      return findings.map(githubCommand).join('\n');
    case 'sarif':
      return JSON.stringify(sarif(findings, rules), null, 2);
    default:
      return assertNever(format);
  }
}

/** `file:line:col  severity  rule  message` plus the hint, then a count line. */
function formatText(findings: readonly Finding[]): string {
  const lines = findings.flatMap((f) => [
    `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}  ${f.message}`,
    `    hint: ${f.hint}`,
  ]);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  lines.push(
    findings.length === 0
      ? 'no findings'
      : `${findings.length} finding(s): ${count('error')} error(s), ${count('warning')} warning(s), ${count('notice')} notice(s)`,
  );
  return lines.join('\n');
}

/** A GitHub workflow command (`::error file=…,line=…::message`), escaped as the runner expects. */
function githubCommand(f: Finding): string {
  const command =
    f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `endLine=${f.endLine}`,
    `col=${f.column}`,
    `title=${escapeProperty(f.rule)}`,
  ].join(',');
  return `::${command} ${props}::${escapeData(`${f.message} — ${f.hint}`)}`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`). */
function sarif(findings: readonly Finding[], rules: readonly Rule[]) {
  const level = (s: Severity) => (s === 'notice' ? 'note' : s);
  const known = new Set(findings.map((f) => f.rule));
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'db-deploy',
            version: VERSION,
            rules: [...known].sort().map((id) => {
              const rule = rules.find((r) => r.id === id);
              return {
                id,
                shortDescription: { text: rule?.description ?? id },
                defaultConfiguration: {
                  level: level(
                    rule?.severity ?? findings.find((f) => f.rule === id)?.severity ?? 'error',
                  ),
                },
              };
            }),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          level: level(f.severity),
          message: { text: `${f.message}. ${f.hint}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split('\\').join('/') },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine },
              },
            },
          ],
        })),
      },
    ],
  };
}
