import { DbDeployError } from '../errors.js';

/**
 * `s3://bucket/prefix/` destinations for backups: parsed and checked before anything is dumped,
 * so a typo fails in a second instead of after a long pg_dump.
 */

/** Where a backup goes: a bucket and a key prefix (empty, or ending with `/`). */
export interface S3Location {
  /** `s3://bucket/prefix/`, shown in logs and summaries (never credentials: see parseS3Uri). */
  uri: string;
  bucket: string;
  /** `''` (the bucket's top) or `a/b/` (always ending with `/`, never starting with one). */
  prefix: string;
}

/**
 * Bucket names as S3 accepts them for new buckets: 3–63 lower-case letters, digits, `.` and `-`,
 * starting and ending with a letter or digit
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
 */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const IP_ADDRESS = /^\d{1,3}(\.\d{1,3}){3}$/;
/** S3 keys are at most 1024 bytes; this leaves room for the backup name and its files. */
const MAX_PREFIX_BYTES = 768;

function bad(name: string, shown: string, what: string, hint: string): DbDeployError {
  return new DbDeployError('bad-input', `${name}: ${shown} ${what}`, { hint });
}

/**
 * Parses `s3://bucket`, `s3://bucket/` or `s3://bucket/some/prefix[/]`. Refuses anything else
 * with one line naming the URI and the accepted form; a URI that looks like it carries
 * credentials (`s3://KEY:SECRET@bucket`) is refused without being echoed.
 * @param name the option name for the message, e.g. `input s3-uri` or `--s3-uri`
 */
export function parseS3Uri(uri: string, name = 's3-uri'): S3Location {
  const form = 'use s3://BUCKET/PREFIX/, e.g. s3://my-backups/prod/db/';
  const text = uri.trim();
  const match = /^s3:\/\/([^/]*)(?:\/(.*))?$/.exec(text);
  if (!match) {
    if (/@/.test(text.split('/')[2] ?? ''))
      throw bad(name, 'a URI', 'holds credentials', 'never put keys in the URI: ' + form);
    throw bad(name, `"${text}"`, 'is not an S3 URI', form);
  }
  const bucket = match[1] ?? '';
  const rest = match[2] ?? '';
  if (bucket.includes('@') || bucket.includes(':'))
    throw bad(
      name,
      'a URI',
      'holds credentials or a port',
      'give credentials through the AWS environment (aws-actions/configure-aws-credentials) and an S3-compatible endpoint through AWS_ENDPOINT_URL; ' +
        form,
    );
  if (!BUCKET.test(bucket) || bucket.includes('..') || IP_ADDRESS.test(bucket))
    throw bad(
      name,
      `"${text}"`,
      `names the bucket "${bucket}", which is not a valid bucket name`,
      'bucket names have 3-63 lower-case letters, digits, "." and "-", and start and end with a letter or digit',
    );
  const segments = rest.split('/');
  if (segments.at(-1) === '') segments.pop();
  const unsafe = segments.find((s) => s === '' || s === '.' || s === '..' || /\p{Cc}/u.test(s));
  if (unsafe !== undefined)
    throw bad(
      name,
      `"${text}"`,
      unsafe === ''
        ? 'has an empty path segment (//)'
        : `has the path segment ${JSON.stringify(unsafe)}`,
      'use a prefix of plain names separated by single slashes, e.g. s3://my-backups/prod/db/',
    );
  const prefix = segments.length === 0 ? '' : `${segments.join('/')}/`;
  if (Buffer.byteLength(prefix) > MAX_PREFIX_BYTES)
    throw bad(name, `"${bucket}"`, `has a prefix longer than ${MAX_PREFIX_BYTES} bytes`, form);
  return { uri: `s3://${bucket}/${prefix}`, bucket, prefix };
}

/**
 * Parses every URI (an empty list is fine) and refuses the same destination given twice. Call it
 * before the backup starts; backup() does.
 */
export function parseS3Uris(uris: readonly string[], name = 's3-uri'): S3Location[] {
  const seen = new Set<string>();
  return uris.map((uri) => {
    const location = parseS3Uri(uri, name);
    const key = `${location.bucket}/${location.prefix}`;
    if (seen.has(key))
      throw bad(name, `"${location.uri}"`, 'is given twice', 'list each destination once');
    seen.add(key);
    return location;
  });
}

/** The object key of a file: the prefix, then its path relative to the backup directory. */
export function objectKey(location: S3Location, relativePath: string): string {
  return `${location.prefix}${relativePath.split('\\').join('/')}`;
}

/** `s3://bucket/key`, for messages. */
export function objectUri(location: S3Location, key: string): string {
  return `s3://${location.bucket}/${key}`;
}
