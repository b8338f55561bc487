import { DbDeployError, oneLine } from '../errors.js';

/**
 * AWS SDK errors as one line: what failed, which destination, what to do. The SDK's own
 * messages are often empty for S3 (HEAD responses have no body: "UnknownError"), so the error
 * name — S3's error code — decides the hint. Credentials never appear: the SDK does not put
 * them in messages, and the destination is shown as the parsed `s3://bucket/prefix/` only.
 */

/** What was being done when the error happened, for the line. */
export interface S3FailureContext {
  /** `s3://bucket/prefix/` */
  uri: string;
  bucket: string;
  prefix: string;
  /** Where the local backup is, added to every hint (a failed upload keeps it). */
  kept: string;
}

const CONFIGURE =
  'aws-actions/configure-aws-credentials before this step, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from secrets';

/** The SDK error's name (S3's error code), its HTTP status and first line of its message. */
function describe(error: unknown): { name: string; status: number | undefined; text: string } {
  const e = error as {
    name?: unknown;
    message?: unknown;
    $metadata?: { httpStatusCode?: unknown };
  };
  const name = typeof e?.name === 'string' ? e.name : 'Error';
  const status = e?.$metadata?.httpStatusCode;
  const message = oneLine(String(e?.message ?? error).split('\n')[0] ?? '');
  const useful = message && message !== name && message !== 'UnknownError';
  return {
    name,
    status: typeof status === 'number' ? status : undefined,
    text: useful ? `${name}: ${message}` : name,
  };
}

/** The hint and a stable code for an SDK error, by S3 error code, then by HTTP status. */
function classify(
  name: string,
  status: number | undefined,
  text: string,
  c: S3FailureContext,
): { code: string; hint: string } {
  const resource = `arn:aws:s3:::${c.bucket}/${c.prefix}*`;
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(text))
    return {
      code: 's3-no-credentials',
      hint: `no AWS credentials were found: set them with ${CONFIGURE}`,
    };
  if (/Region is missing/i.test(text))
    return {
      code: 's3-no-region',
      hint: "set AWS_REGION to the bucket's region (configure-aws-credentials' aws-region sets it)",
    };
  switch (name) {
    case 'InvalidAccessKeyId':
      return {
        code: 's3-bad-credentials',
        hint: `the access key is unknown to this S3 service: check AWS_ACCESS_KEY_ID (and AWS_ENDPOINT_URL for an S3-compatible store), or use ${CONFIGURE}`,
      };
    case 'SignatureDoesNotMatch':
      return {
        code: 's3-bad-credentials',
        hint: 'the secret key does not match the access key: check AWS_SECRET_ACCESS_KEY',
      };
    case 'ExpiredToken':
    case 'TokenRefreshRequired':
    case 'InvalidToken':
      return {
        code: 's3-bad-credentials',
        hint: 'the session token expired or is invalid: get fresh credentials (configure-aws-credentials role-duration-seconds)',
      };
    case 'NoSuchBucket':
      return {
        code: 's3-no-bucket',
        hint: `the bucket ${c.bucket} does not exist for these credentials and endpoint: create it, or fix the URI`,
      };
    case 'AccessDenied':
    case 'AllAccessDisabled':
    case 'Forbidden':
      return {
        code: 's3-access-denied',
        hint: `the credentials need s3:PutObject and s3:GetObject (for the size check) on ${resource}`,
      };
    case 'PermanentRedirect':
    case 'AuthorizationHeaderMalformed':
    case 'IllegalLocationConstraintException':
      return { code: 's3-wrong-region', hint: "set AWS_REGION to the bucket's region" };
    case 'TimeoutError':
    case 'RequestTimeout':
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return {
        code: 's3-unreachable',
        hint: 'the S3 endpoint could not be reached: check the network and AWS_ENDPOINT_URL (for an S3-compatible store), then re-run',
      };
  }
  if (status === 403)
    return {
      code: 's3-access-denied',
      hint: `the credentials need s3:PutObject and s3:GetObject on ${resource}`,
    };
  if (status === 404)
    return { code: 's3-no-bucket', hint: `check that the bucket ${c.bucket} exists` };
  if (status !== undefined && status >= 500)
    return { code: 's3-failed', hint: 'the S3 service failed (the SDK retried): re-run the job' };
  return { code: 's3-failed', hint: 'fix what the message names and run the backup again' };
}

/** An SDK (or network) error from an upload to one destination, as one DbDeployError line. */
export function s3Failure(error: unknown, context: S3FailureContext): DbDeployError {
  if (error instanceof DbDeployError) return error;
  const { name, status, text } = describe(error);
  const network = (error as { code?: unknown })?.code;
  const key = typeof network === 'string' && /^E[A-Z]+$/.test(network) ? network : name;
  const { code, hint } = classify(key, status, text, context);
  return new DbDeployError(code, `the backup could not be uploaded to ${context.uri}: ${text}`, {
    hint: `${hint}; ${context.kept}`,
    cause: error,
  });
}
