import { mkdtemp, rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { findArchive, type DownloadedArtifact, type RestoreSource } from '../core/backup/index.js';
import type { Logger } from '../core/logger.js';
import { downloadArtifact } from './artifact.js';
import { artifactFailure, requireArtifactRuntime } from './artifact-errors.js';
import { reportDir } from './summary.js';

/** The archive a restore used: its path as shown, and the artifact it came from, if any. */
export interface RestoreArchive<T> {
  result: T;
  /** The path given, or the archive's path inside the artifact. */
  archive: string;
  artifact: DownloadedArtifact | undefined;
}

/**
 * Runs `restore` on the archive `source` names: a path as it is; an artifact downloaded into a
 * fresh directory under RUNNER_TEMP, its one archive found, and the copy removed afterwards
 * whatever happened.
 */
export async function withRestoreArchive<T>(
  source: RestoreSource,
  logger: Logger,
  restore: (path: string) => Promise<T>,
): Promise<RestoreArchive<T>> {
  if (source.kind === 'path')
    return { result: await restore(source.path), archive: source.path, artifact: undefined };
  const { name, from } = source;
  const where = from ? `run ${from.runId} of ${from.repository}` : 'this workflow run';
  const context = {
    what: `artifact ${name} could not be downloaded`,
    where,
    notFound: from
      ? 'check artifact-name, artifact-run-id and artifact-repository; artifacts are deleted after their retention period'
      : 'upload it earlier in this run (backup with upload-artifact: true), or set artifact-run-id for another run',
  };
  if (!from)
    requireArtifactRuntime(context, 'use backup-path, or artifact-run-id with github-token');
  const into = await mkdtemp(`${reportDir()}-artifact-`);
  try {
    logger.info(`downloading artifact ${name} from ${where}`);
    const downloaded = await downloadArtifact({ name, into, from }).catch((error: unknown) => {
      throw artifactFailure(error, context);
    });
    const path = await findArchive(into, name);
    const artifact: DownloadedArtifact = {
      name,
      ...downloaded,
      runId: from?.runId,
      repository: from?.repository,
      // A directory-format dump uploaded as the artifact's root is shown by the artifact's name.
      archive: relative(into, path) || name,
    };
    logger.info(`artifact ${name} (id ${artifact.id}) holds ${artifact.archive}`);
    return { result: await restore(path), archive: artifact.archive, artifact };
  } finally {
    await rm(into, { recursive: true, force: true });
  }
}
