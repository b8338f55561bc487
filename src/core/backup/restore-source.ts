import { DbDeployError } from '../errors.js';
import { validateArtifactName } from './artifact.js';

/** Where the archive to restore comes from: a path on the runner, or a GitHub artifact. */
export type RestoreSource =
  | { kind: 'path'; path: string }
  | { kind: 'artifact'; name: string; from: ArtifactRun | undefined };

/** Another workflow run whose artifact is read through the REST API (undefined: this run). */
export interface ArtifactRun {
  runId: number;
  /** `owner/name`. */
  repository: string;
  /** A token that may read the repository's Actions artifacts (`actions: read`). */
  token: string;
}

/** The restore action's source inputs, as read (empty inputs are undefined). */
export interface RestoreSourceInputs {
  backupPath: string | undefined;
  artifactName: string | undefined;
  runId: number | undefined;
  /** `owner/name` as given (only with runId). */
  repository: string | undefined;
  /** The workflow's own repository (GITHUB_REPOSITORY), when repository is empty. */
  defaultRepository: string | undefined;
  token: string | undefined;
}

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

function bad(message: string, hint: string): DbDeployError {
  return new DbDeployError('bad-input', message, { hint });
}

/**
 * Exactly one of backup-path and artifact-name; artifact-run-id only with artifact-name, and then
 * a repository (`owner/name`) and a token; artifact-repository only with artifact-run-id. Each
 * refusal is one line naming the inputs.
 */
export function restoreSource(inputs: RestoreSourceInputs): RestoreSource {
  const { backupPath, artifactName, runId } = inputs;
  if (backupPath !== undefined && artifactName !== undefined)
    throw bad(
      'inputs backup-path and artifact-name are both set',
      'set exactly one: backup-path for an archive on the runner, artifact-name for an artifact',
    );
  if (backupPath === undefined && artifactName === undefined)
    throw bad(
      'input backup-path or artifact-name is required',
      "set backup-path to the archive (e.g. the backup step's backup-path output), or artifact-name to the artifact holding it",
    );
  if (artifactName === undefined) {
    if (runId !== undefined)
      throw bad(
        'input artifact-run-id needs artifact-name',
        'set artifact-name, or remove artifact-run-id',
      );
    return { kind: 'path', path: backupPath as string };
  }
  validateArtifactName(artifactName);
  if (runId === undefined) {
    if (inputs.repository !== undefined)
      throw bad(
        'input artifact-repository needs artifact-run-id',
        "set artifact-run-id to the run whose artifact to restore (this run's artifacts are always of this repository), or remove artifact-repository",
      );
    return { kind: 'artifact', name: artifactName, from: undefined };
  }
  const repository = inputs.repository ?? inputs.defaultRepository ?? '';
  if (!REPOSITORY.test(repository))
    throw bad(
      `input artifact-repository: "${repository}" is not valid`,
      'use owner/name (empty: the workflow repository, from GITHUB_REPOSITORY)',
    );
  if (!inputs.token)
    throw bad(
      'input github-token is required when artifact-run-id is set',
      "pass a token that may read the repository's artifacts (permissions: actions: read), e.g. ${{ github.token }}",
    );
  return { kind: 'artifact', name: artifactName, from: { runId, repository, token: inputs.token } };
}
