// Decision record: docs/adr/0009-s3-uploads-tested-against-ceph.md (ADR 0009).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { formatDuration } from '../duration.js';
import { filesUnder } from './checksum.js';
import { loadS3Sdk, s3ClientConfig, type S3Module, type StorageModule } from './s3-client.js';
import { digestFile, type FileDigest } from './s3-digest.js';
import { s3Failure, type S3FailureContext } from './s3-errors.js';
import { objectKey, objectUri, type S3Location } from './s3-uri.js';

export { parseS3Uris, parseS3Uri, type S3Location } from './s3-uri.js';

/**
 * Uploads a finished backup to S3 (or an S3-compatible store): the archive — every file of a
 * directory-format archive, keeping its relative paths — then its `.sha256`, under
 * `<prefix><archive name>…` at every destination, one destination after the other. Each object
 * is read back with HeadObject and its size (and SHA-256, where the store reports one) compared
 * with the local file. The `.sha256` goes last, so its presence marks a complete upload.
 */

/** What came of the upload to one destination. Plain data: it goes into JSON reports. */
export type S3Upload =
  | {
      status: 'uploaded';
      /** `s3://bucket/prefix/` */
      uri: string;
      /** The object keys written, archive files first, the `.sha256` last. */
      keys: string[];
      bytes: number;
      durationMs: number;
      /** `sha256`: every object's SHA-256 matched; `size`: the store reports none, sizes matched. */
      checked: 'sha256' | 'size';
    }
  | {
      status: 'failed';
      uri: string;
      /** The keys uploaded and checked before the failure (left in place). */
      keys: string[];
      bytes: number;
      durationMs: number;
      /** A stable code, e.g. `s3-no-bucket`, `s3-access-denied`, `s3-no-credentials`. */
      code: string;
      /** One line: what failed, where, what to do. */
      error: string;
    }
  | { status: 'skipped'; uri: string; reason: string };

/** The backup files to upload. */
export interface S3Archive {
  /** The archive: a file, or a directory-format directory. */
  path: string;
  /** Its `.sha256`, when one was written. */
  checksumPath: string | undefined;
}

/** Parts uploaded at once per file: memory stays under this × the part size (16 MiB). */
const QUEUE_SIZE = 4;

interface LocalFile {
  path: string;
  /** Path inside the destination prefix, `/`-separated. */
  relative: string;
  digest: FileDigest;
}

async function localFiles(archive: S3Archive): Promise<LocalFile[]> {
  const name = basename(archive.path);
  const info = await stat(archive.path);
  const entries = info.isDirectory()
    ? (await filesUnder(archive.path)).map((f) => ({
        path: join(archive.path, f),
        relative: `${name}/${f}`,
      }))
    : [{ path: archive.path, relative: name }];
  if (archive.checksumPath)
    entries.push({ path: archive.checksumPath, relative: basename(archive.checksumPath) });
  const files: LocalFile[] = [];
  for (const entry of entries)
    files.push({ ...entry, digest: await digestFile(entry.path, (await stat(entry.path)).size) });
  return files;
}

interface Sdk {
  s3: S3Module;
  storage: StorageModule;
  client: InstanceType<S3Module['S3Client']>;
}

/** Uploads one file and reads it back; returns whether its SHA-256 could be compared. */
async function putFile(sdk: Sdk, location: S3Location, file: LocalFile, kept: string) {
  const Bucket = location.bucket;
  const Key = objectKey(location, file.relative);
  const upload = new sdk.storage.Upload({
    client: sdk.client,
    params: {
      Bucket,
      Key,
      Body: createReadStream(file.path),
      ContentType: 'application/octet-stream',
      ChecksumAlgorithm: 'SHA256',
    },
    partSize: file.digest.partSize,
    queueSize: QUEUE_SIZE,
  });
  await upload.done();
  const head = await sdk.client.send(
    new sdk.s3.HeadObjectCommand({ Bucket, Key, ChecksumMode: 'ENABLED' }),
  );
  const mismatch = (what: string) =>
    new DbDeployError(
      's3-verify-failed',
      `the upload of ${objectUri(location, Key)} does not match the local file: ${what}`,
      { hint: `run the backup again; ${kept}` },
    );
  if (head.ContentLength !== file.digest.bytes)
    throw mismatch(`${head.ContentLength ?? 'no'} bytes stored, ${file.digest.bytes} sent`);
  // A store that keeps no SHA-256 (or split the upload otherwise) leaves the size to compare.
  const stored = head.ChecksumSHA256;
  const storedParts = stored === undefined ? 0 : Number(/-(\d+)$/.exec(stored)?.[1] ?? 1);
  if (storedParts !== file.digest.parts) return { key: Key, checked: false };
  if (stored !== file.digest.expected)
    throw mismatch(`sha256 ${stored} stored, ${file.digest.expected} sent`);
  return { key: Key, checked: true };
}

async function uploadTo(
  sdk: Sdk,
  location: S3Location,
  files: LocalFile[],
  kept: string,
  logger: Logger,
): Promise<S3Upload> {
  const started = Date.now();
  const keys: string[] = [];
  let bytes = 0;
  let allChecked = true;
  const context: S3FailureContext = { ...location, kept };
  try {
    for (const file of files) {
      logger.debug(
        `uploading ${file.path} to ${objectUri(location, objectKey(location, file.relative))}`,
      );
      const { key, checked } = await putFile(sdk, location, file, kept);
      keys.push(key);
      bytes += file.digest.bytes;
      allChecked &&= checked;
    }
  } catch (error) {
    const failure = s3Failure(error, context);
    logger.info(`upload to ${location.uri} failed`);
    const durationMs = Date.now() - started;
    return {
      status: 'failed',
      uri: location.uri,
      keys,
      bytes,
      durationMs,
      code: failure.code,
      error: failure.toLine(),
    };
  }
  const durationMs = Date.now() - started;
  const checked = allChecked ? 'sha256' : 'size';
  logger.info(
    `uploaded to ${location.uri}: ${keys.length} object(s), ${bytes} bytes in ${formatDuration(durationMs)} (${checked === 'sha256' ? 'sizes and sha256 match' : 'sizes match; the store reports no sha256'})`,
  );
  return { status: 'uploaded', uri: location.uri, keys, bytes, durationMs, checked };
}

/**
 * Uploads the backup to every destination and reports each; never throws for an upload that
 * failed (the local backup stays, and the result says why): call assertS3Uploaded after
 * reporting. Credentials, region and endpoint come from the AWS environment (see s3ClientConfig).
 */
export async function uploadBackupToS3(
  archive: S3Archive,
  locations: readonly S3Location[],
  logger: Logger,
): Promise<S3Upload[]> {
  if (locations.length === 0) return [];
  const kept = `the backup is kept at ${archive.path}`;
  const files = await localFiles(archive);
  let sdk: Sdk;
  try {
    const { s3, storage } = await loadS3Sdk();
    sdk = { s3, storage, client: new s3.S3Client(s3ClientConfig()) };
  } catch (error) {
    return locations.map((location) => {
      const failure = s3Failure(error, { ...location, kept });
      return {
        status: 'failed',
        uri: location.uri,
        keys: [],
        bytes: 0,
        durationMs: 0,
        code: failure.code,
        error: failure.toLine(),
      };
    });
  }
  try {
    const results: S3Upload[] = [];
    for (const location of locations) {
      logger.info(
        `uploading ${basename(archive.path)} (${files.length} file(s)) to ${location.uri}`,
      );
      results.push(await uploadTo(sdk, location, files, kept, logger));
    }
    return results;
  } finally {
    sdk.client.destroy();
  }
}

/**
 * Throws one line when an upload failed: the failure's own line, or with several, the first and
 * how many more. Call it after the summary is written, as with assertRestoreVerified.
 */
export function assertS3Uploaded(uploads: readonly S3Upload[] | undefined): void {
  const failed = (uploads ?? []).filter((u) => u.status === 'failed');
  const first = failed[0];
  if (!first) return;
  const more =
    failed.length > 1
      ? ` (and ${failed.length - 1} more of ${uploads?.length} S3 uploads failed)`
      : '';
  throw new DbDeployError(first.code, `${first.error}${more}`);
}
