/**
 * The backup concern's public surface: pg_dump/pg_restore discovery and runs, archive naming,
 * checksums and inspection, restore with its verification, S3 and artifact storage.
 */
export { BACKUP_FORMATS } from './archive.js';
export { artifactContent, artifactUploadOptions, findArchive } from './artifact.js';
export type {
  ArtifactContent,
  ArtifactUploadOptions,
  DownloadedArtifact,
  UploadedArtifact,
} from './artifact.js';
export { backup } from './backup.js';
export type { BackupOptions, BackupResult } from './backup.js';
export { parseCompression } from './compression.js';
export { findPgTool } from './discovery.js';
export { readServerMajor } from './inspect.js';
export type { RestoreOptions } from './options.js';
export { withToolEnv } from './passfile.js';
export { restoreSource } from './restore-source.js';
export type { ArtifactRun, RestoreSource } from './restore-source.js';
export { restore } from './restore.js';
export type { RestoreResult } from './restore.js';
export { runTool } from './run-tool.js';
export { parseS3Uris } from './s3-uri.js';
export { assertS3Uploaded } from './s3.js';
export type { S3Upload } from './s3.js';
export { assertRestoreVerified, describeMismatch } from './verify-restore.js';
export type { TableComparison, VerifyRestoreResult } from './verify-restore.js';
