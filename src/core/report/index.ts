/**
 * The report concern's public surface: pure renderers from results to Markdown and JSON strings
 * (job summaries, pull-request comments, reports).
 */
export { renderBackupSummary } from './backup.js';
export type { ArtifactReport } from './backup.js';
export {
  ANNOTATION_LIMIT_CHARS,
  cutText,
  fitMarkdown,
  OUTPUT_LIMIT_BYTES,
  outputBytes,
  SUMMARY_LIMIT_BYTES,
} from './budget.js';
export { renderFailure } from './failure.js';
export { renderFleetSummary } from './fleet.js';
export { formatFindings, LINT_FORMATS } from './lint.js';
export { renderDryRunSql, renderMigrateSummary } from './migrate.js';
export { renderWatchSummary } from './monitor.js';
export { renderExplain } from './plans.js';
export { renderPreflightSummary } from './preflight.js';
export { renderRestoreSummary } from './restore.js';
export { renderSwitchSummary } from './switch.js';
export { commentMarker, renderValidateReport, stickyCommentBody } from './validate.js';
