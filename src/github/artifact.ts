import { DefaultArtifactClient, type FindOptions } from '@actions/artifact';
import { DbDeployError } from '../core/errors.js';
import type { ArtifactContent, ArtifactRun } from '../core/backup/index.js';
import { registerSecretUrl } from './secrets.js';

/**
 * The only module that calls @actions/artifact: GitHub's artifact service (v4 artifacts, the ones
 * actions/upload-artifact@v4+ writes). Errors are the toolkit's; artifact-errors.ts words them.
 */

export interface UploadRequest {
  name: string;
  content: ArtifactContent;
  /** 1–90; undefined: the repository's default. */
  retentionDays: number | undefined;
}

export interface UploadResponse {
  id: number;
  sizeBytes: number;
  /** `sha256:<hex>` of the uploaded zip. */
  digest: string | undefined;
}

export interface DownloadRequest {
  name: string;
  /** An existing, empty directory the artifact is extracted into. */
  into: string;
  /** Another run's artifact, read through the REST API; undefined: this run's. */
  from: ArtifactRun | undefined;
}

export interface DownloadResponse {
  id: number;
  sizeBytes: number;
}

/** The runtime token must never reach our own text; the runner masks it too, this is belt and braces. */
function maskRuntimeToken(): void {
  registerSecretUrl(process.env.ACTIONS_RUNTIME_TOKEN ?? '');
}

/** Uploads files as one zipped artifact of this workflow run. */
export async function uploadArtifact(request: UploadRequest): Promise<UploadResponse> {
  maskRuntimeToken();
  const { files, rootDirectory, compressionLevel } = request.content;
  const response = await new DefaultArtifactClient().uploadArtifact(
    request.name,
    files,
    rootDirectory,
    {
      compressionLevel,
      ...(request.retentionDays ? { retentionDays: request.retentionDays } : {}),
    },
  );
  if (response.id === undefined)
    throw new Error('the artifact service finished the upload without an artifact id');
  return {
    id: response.id,
    sizeBytes: response.size ?? 0,
    digest: response.digest ? `sha256:${response.digest}` : undefined,
  };
}

function findOptions(from: ArtifactRun | undefined): FindOptions {
  if (!from) return {};
  const [owner = '', repo = ''] = from.repository.split('/');
  const findBy = {
    token: from.token,
    workflowRunId: from.runId,
    repositoryOwner: owner,
    repositoryName: repo,
  };
  return { findBy };
}

/**
 * Finds an artifact by name (the newest of that name) in this run or in `from`, downloads and
 * extracts it into `into`, and checks the zip against the digest recorded at upload.
 */
export async function downloadArtifact(request: DownloadRequest): Promise<DownloadResponse> {
  maskRuntimeToken();
  const client = new DefaultArtifactClient();
  const find = findOptions(request.from);
  const { artifact } = await client.getArtifact(request.name, find);
  const { digestMismatch } = await client.downloadArtifact(artifact.id, {
    ...find,
    path: request.into,
    ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
  });
  if (digestMismatch)
    throw new DbDeployError(
      'backup-corrupt',
      `the downloaded artifact ${request.name} does not match the digest recorded at upload (${artifact.digest ?? ''})`,
      { hint: 'the download was damaged: re-run the job; nothing was restored' },
    );
  return { id: artifact.id, sizeBytes: artifact.size };
}

/** The artifact's page on GitHub, when this is a workflow run. */
export function artifactUrl(id: number): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  const server = GITHUB_SERVER_URL || 'https://github.com';
  return `${server}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/artifacts/${id}`;
}
