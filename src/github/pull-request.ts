import { readFileSync } from 'node:fs';

/** The pull request a workflow run is for, from the event payload the runner wrote. */
export interface PullRequestContext {
  owner: string;
  repo: string;
  number: number;
  /** The base branch's commit the PR is compared with. */
  baseSha: string;
}

/**
 * The pull request of a `pull_request` / `pull_request_target` run, or undefined for any other
 * event (push, workflow_dispatch, …) or when the payload cannot be read.
 */
export function pullRequestContext(
  env: NodeJS.ProcessEnv = process.env,
): PullRequestContext | undefined {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (!event.startsWith('pull_request') || !env.GITHUB_EVENT_PATH) return undefined;
  let payload: { pull_request?: { number?: number; base?: { sha?: string } } };
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as typeof payload;
  } catch {
    return undefined;
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const pr = payload.pull_request;
  if (!owner || !repo || !pr?.number || !pr.base?.sha) return undefined;
  return { owner, repo, number: pr.number, baseSha: pr.base.sha };
}
