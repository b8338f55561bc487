import * as core from '@actions/core';
import { statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fitMarkdown, SUMMARY_LIMIT_BYTES } from '../core/report/index.js';
import { formatBytes } from '../core/units.js';
import { scrub } from './secrets.js';

/** Where the whole of a cut summary is, unless the action names another place. */
const REPORT_JSON = 'the file named by the `report-json` output';

/**
 * Appends a rendered Markdown summary to the job summary (a no-op outside a runner). What the
 * step has written already counts: the whole stays within GitHub's 1 MiB per step, cut with a
 * note saying where the rest is (`rest`, default the report-json file) when it would not.
 */
export async function writeSummary(markdown: string, rest = REPORT_JSON): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    core.info(scrub(markdown));
    return;
  }
  let written = 0;
  try {
    written = statSync(file).size;
  } catch {
    // not there yet: the toolkit creates it
  }
  // A little under the limit: the toolkit adds a line end, and rounding is GitHub's.
  const room = SUMMARY_LIMIT_BYTES - written - 1024;
  if (room < 4096) {
    core.warning(`the job summary of this step is full (${formatBytes(written)}): ${rest} has it`);
    return;
  }
  const note = `This summary was cut at ${formatBytes(room)} to stay within GitHub's 1 MiB limit for a step's summary: the whole is in ${rest}.`;
  await core.summary.addRaw(fitMarkdown(scrub(markdown), room, note), true).write();
}

/** Writes a JSON report under RUNNER_TEMP and returns its path (for a `report-json` output). */
export async function writeJsonReport(action: string, data: unknown): Promise<string> {
  return writeReportFile(action, 'json', `${JSON.stringify(data, null, 2)}\n`);
}

/** Writes a report file (secrets scrubbed) under RUNNER_TEMP/db-deploy and returns its path. */
export async function writeReportFile(action: string, ext: string, text: string): Promise<string> {
  const path = join(reportDir(), `${action}-${Date.now()}-${process.pid}.${ext}`);
  await mkdir(reportDir(), { recursive: true });
  await writeFile(path, scrub(text), 'utf8');
  return path;
}

/** Where reports go: RUNNER_TEMP/db-deploy (a temp dir outside a runner). */
export function reportDir(): string {
  return join(process.env.RUNNER_TEMP || tmpdir(), 'db-deploy');
}
