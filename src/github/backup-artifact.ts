import {
  artifactContent,
  type ArtifactUploadOptions,
  type UploadedArtifact,
  type BackupResult,
} from '../core/backup/index.js';
import { describeError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { ArtifactReport } from '../core/report/index.js';
import { formatBytes } from '../core/units.js';
import { artifactUrl, uploadArtifact } from './artifact.js';
import { artifactFailure, requireArtifactRuntime } from './artifact-errors.js';

/**
 * Uploads a finished backup (the archive and its `.sha256`) as an artifact of this run. A failure
 * is one line that says the local backup is kept: it is, nothing here touches it.
 */
export async function uploadBackupArtifact(
  backup: BackupResult,
  options: ArtifactUploadOptions,
  logger: Logger,
): Promise<UploadedArtifact> {
  const name = options.name ?? backup.name;
  const context = {
    what: `the backup could not be uploaded as artifact ${name}`,
    where: 'GitHub artifact service',
    after: `the backup is kept at ${backup.path}`,
  };
  requireArtifactRuntime(
    context,
    'run the backup in a workflow job, or set upload-artifact: false',
  );
  const content = await artifactContent(backup);
  logger.info(
    `uploading ${content.files.length} file(s) as artifact ${name} (zip level ${content.compressionLevel})`,
  );
  try {
    const uploaded = await uploadArtifact({ name, content, retentionDays: options.retentionDays });
    logger.info(`artifact ${name} uploaded: id ${uploaded.id}, ${formatBytes(uploaded.sizeBytes)}`);
    const url = artifactUrl(uploaded.id);
    return { name, ...uploaded, retentionDays: options.retentionDays, url };
  } catch (error) {
    throw artifactFailure(error, context);
  }
}

/** What came of an upload request: the summary row, the artifact, and the error to fail with. */
export interface ArtifactOutcome {
  report: ArtifactReport | undefined;
  artifact: UploadedArtifact | undefined;
  error: unknown;
}

/**
 * Uploads the backup when `options` asks for it, without throwing: a failed upload still leaves a
 * backup to report. A backup whose verify-restore found differences is not uploaded.
 */
export async function artifactOutcome(
  backup: BackupResult,
  options: ArtifactUploadOptions | undefined,
  logger: Logger,
): Promise<ArtifactOutcome> {
  if (!options) return { report: undefined, artifact: undefined, error: undefined };
  const name = options.name ?? backup.name;
  if (backup.verifyRestore?.verified === false) {
    const reason = 'the restored copy differs from the source';
    return { report: { status: 'skipped', name, reason }, artifact: undefined, error: undefined };
  }
  try {
    const artifact = await uploadBackupArtifact(backup, options, logger);
    return { report: { status: 'uploaded', artifact }, artifact, error: undefined };
  } catch (error) {
    const report = { status: 'failed', name, error: describeError(error) } as const;
    return { report, artifact: undefined, error };
  }
}
