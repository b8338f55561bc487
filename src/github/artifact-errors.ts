import {
  ArtifactNotFoundError,
  GHESNotSupportedError,
  NetworkError,
  UsageError,
} from '@actions/artifact';
import { DbDeployError, oneLine } from '../core/errors.js';

/**
 * The toolkit's artifact errors, turned into one line each: what failed, where, what to do.
 * The toolkit's own messages run over several lines with links; the first line is kept.
 */

/** What was being done, for the line: `uploading …` / `downloading …`, and where. */
export interface ArtifactFailureContext {
  what: string;
  where: string;
  /** Added to every hint, e.g. that the local backup is kept. */
  after?: string;
  /** The hint when the artifact does not exist. */
  notFound?: string;
}

const firstLine = (error: unknown) =>
  oneLine((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '');

/** The HTTP status of an Octokit RequestError (REST calls for another run's artifacts). */
const statusOf = (error: unknown) =>
  typeof (error as { status?: unknown })?.status === 'number'
    ? (error as { status: number }).status
    : undefined;

function hintFor(error: unknown, context: ArtifactFailureContext): string {
  const status = statusOf(error);
  const message = firstLine(error);
  if (error instanceof ArtifactNotFoundError || status === 404)
    return context.notFound ?? 'check the artifact name';
  if (error instanceof GHESNotSupportedError)
    return 'GitHub Enterprise Server does not offer these artifacts: use backup-path (a runner disk) instead';
  if (error instanceof UsageError)
    return "the account's artifact storage is used up: delete old artifacts or lower retention-days";
  if (error instanceof NetworkError)
    return "the runner cannot reach GitHub's artifact service: check a self-hosted runner's network access";
  if (status === 401 || status === 403)
    return "give github-token read access to the repository's artifacts (permissions: actions: read)";
  if (/\(409\)/.test(message))
    return 'artifact names are unique within a workflow run: set artifact-name to another name';
  return 'this is usually temporary on GitHub’s side: re-run the job (https://www.githubstatus.com)';
}

/** A toolkit error as one DbDeployError line. */
export function artifactFailure(error: unknown, context: ArtifactFailureContext): DbDeployError {
  if (error instanceof DbDeployError) return error;
  const hint = hintFor(error, context);
  return new DbDeployError('artifact-failed', `${context.what}: ${firstLine(error)}`, {
    where: context.where,
    hint: context.after ? `${hint}; ${context.after}` : hint,
    cause: error,
  });
}

/**
 * The runner variables the artifact service needs in this run. Checked first, so that outside a
 * GitHub Actions job the line says so instead of quoting the toolkit.
 */
export function requireArtifactRuntime(context: ArtifactFailureContext, instead: string): void {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((v) => !process.env[v]);
  if (missing.length === 0) return;
  throw new DbDeployError(
    'artifact-unavailable',
    `${context.what}: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set, so this is not running in a GitHub Actions job`,
    {
      where: context.where,
      hint: `artifacts exist only in GitHub Actions: ${instead}${context.after ? `; ${context.after}` : ''}`,
    },
  );
}
