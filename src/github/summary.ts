import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { scrub } from './secrets.js';

/** Appends a rendered Markdown summary to the job summary (a no-op outside a runner). */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(scrub(markdown));
    return;
  }
  await core.summary.addRaw(scrub(markdown), true).write();
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
