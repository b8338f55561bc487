import type { S3ClientConfig } from '@aws-sdk/client-s3';

/**
 * The AWS SDK, loaded only when a backup goes to S3 (a dynamic import: backups without S3 do
 * not pay its start-up), and the client's settings from the usual AWS environment.
 */

export type S3Module = typeof import('@aws-sdk/client-s3');
export type StorageModule = typeof import('@aws-sdk/lib-storage');

/** Both SDK packages, imported on first use. */
export async function loadS3Sdk(): Promise<{ s3: S3Module; storage: StorageModule }> {
  const [s3, storage] = await Promise.all([
    import('@aws-sdk/client-s3'),
    import('@aws-sdk/lib-storage'),
  ]);
  return { s3, storage };
}

/** The region S3-compatible stores conventionally accept when none is configured. */
const COMPATIBLE_STORE_REGION = 'us-east-1';

/**
 * The endpoint of an S3-compatible store, read as the SDK itself reads it: AWS_ENDPOINT_URL_S3,
 * then AWS_ENDPOINT_URL, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is true
 * (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html).
 */
export function configuredEndpoint(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.trim().toLowerCase() === 'true') return undefined;
  return env.AWS_ENDPOINT_URL_S3?.trim() || env.AWS_ENDPOINT_URL?.trim() || undefined;
}

/**
 * Client settings beyond the SDK's defaults. Credentials always come from the SDK's default
 * chain (environment, web identity as configure-aws-credentials sets up, shared files, container
 * and instance roles). The region: AWS_REGION, else AWS_DEFAULT_REGION (which the JavaScript SDK
 * does not read itself, unlike the CLI), else the SDK's chain (shared config file), and for an
 * S3-compatible endpoint with none of those, us-east-1. With an endpoint, keys are addressed
 * path-style (`http://host/bucket/key`): most self-hosted stores have no per-bucket DNS names.
 * A bucket in another region than the client's is followed (followRegionRedirects).
 */
export function s3ClientConfig(env: NodeJS.ProcessEnv = process.env): S3ClientConfig {
  const endpoint = configuredEndpoint(env);
  const region =
    env.AWS_REGION?.trim() ||
    env.AWS_DEFAULT_REGION?.trim() ||
    (endpoint ? COMPATIBLE_STORE_REGION : undefined);
  return {
    ...(region ? { region } : {}),
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    followRegionRedirects: true,
  };
}
