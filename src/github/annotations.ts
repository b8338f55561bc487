import * as core from '@actions/core';
import { assertNever } from '../core/errors.js';
import type { Finding, Severity } from '../core/lint/index.js';

/** How many findings became annotations, and how many were left to the job summary. */
export interface AnnotationCounts {
  annotated: number;
  omitted: number;
}

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (and 50 per job):
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
const PER_KIND_LIMIT = 10;

function emit(finding: Finding): void {
  const properties: core.AnnotationProperties = {
    title: finding.rule,
    file: finding.file,
    startLine: finding.line,
    endLine: finding.endLine,
  };
  // A column may only be sent for a single-line annotation (@actions/core AnnotationProperties).
  if (finding.endLine === finding.line) properties.startColumn = finding.column;
  const message = finding.hint ? `${finding.message}\nFix: ${finding.hint}` : finding.message;
  const severity: Severity = finding.severity;
  switch (severity) {
    case 'error':
      return core.error(message, properties);
    case 'warning':
      return core.warning(message, properties);
    case 'notice':
      return core.notice(message, properties);
    default:
      return assertNever(severity);
  }
}

/**
 * Turns lint findings into annotations on the changed files: errors first, then warnings, then
 * notices, at most `max` of each kind; logs how many were not annotated (all are in the summary).
 * @param options.max annotations per severity, default 10 (GitHub's per-step limit)
 */
export function annotateFindings(
  findings: readonly Finding[],
  options: { max?: number } = {},
): AnnotationCounts {
  const max = Math.max(0, options.max ?? PER_KIND_LIMIT);
  let annotated = 0;
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const ofKind = findings.filter((f) => f.severity === severity);
    for (const finding of ofKind.slice(0, max)) emit(finding);
    annotated += Math.min(ofKind.length, max);
  }
  const omitted = findings.length - annotated;
  if (omitted > 0)
    core.info(
      `${omitted} finding${omitted === 1 ? ' was' : 's were'} not annotated (GitHub shows at most ${max} of each severity per step); the job summary lists them all`,
    );
  return { annotated, omitted };
}
