import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * The SHA-256 checksums S3 reports for an object uploaded with ChecksumAlgorithm SHA256,
 * computed locally so the upload can be compared end to end: a single PutObject has the
 * full-object digest; a multipart upload has a composite one, the digest of the parts' digests
 * followed by `-<part count>`
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
 */

/** lib-storage's smallest part; S3 refuses smaller parts except the last. */
export const MIN_PART_BYTES = 5 * 1024 * 1024;
/** Our part size for most files: few requests, and at most queue × this in memory. */
export const PART_BYTES = 16 * 1024 * 1024;
/** S3 allows 10,000 parts; stay below it. */
const MAX_PARTS = 9_000;

/** The part size for a file: 16 MiB, more (whole MiB) when the file would need too many parts. */
export function partSizeFor(bytes: number): number {
  const mib = 1024 * 1024;
  return Math.max(PART_BYTES, Math.ceil(bytes / MAX_PARTS / mib) * mib);
}

export interface FileDigest {
  bytes: number;
  partSize: number;
  /** Number of parts lib-storage uploads the file in (1: a single PutObject). */
  parts: number;
  /** base64 SHA-256 of the whole file. */
  sha256: string;
  /** What S3 reports for the upload: `sha256` when one part, else `<base64>-<parts>`. */
  expected: string;
}

/** Reads the file once, hashing it whole and in parts of `partSize` bytes. */
export async function digestFile(path: string, bytes: number): Promise<FileDigest> {
  const partSize = partSizeFor(bytes);
  const whole = createHash('sha256');
  const partDigests: Buffer[] = [];
  let part: Hash = createHash('sha256');
  let inPart = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    whole.update(chunk);
    let offset = 0;
    while (offset < chunk.length) {
      const take = Math.min(partSize - inPart, chunk.length - offset);
      part.update(chunk.subarray(offset, offset + take));
      inPart += take;
      offset += take;
      if (inPart === partSize) {
        partDigests.push(part.digest());
        part = createHash('sha256');
        inPart = 0;
      }
    }
  }
  if (inPart > 0 || partDigests.length === 0) partDigests.push(part.digest());
  const sha256 = whole.digest('base64');
  const parts = partDigests.length;
  const composite = createHash('sha256').update(Buffer.concat(partDigests)).digest('base64');
  return {
    bytes,
    partSize,
    parts,
    sha256,
    expected: parts === 1 ? sha256 : `${composite}-${parts}`,
  };
}
