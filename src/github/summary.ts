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
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'db-deploy');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${action}-${Date.now()}-${process.pid}.json`);
  await writeFile(path, scrub(`${JSON.stringify(data, null, 2)}\n`), 'utf8');
  return path;
}
