import { getOctokit } from '@actions/github';
import { STATUS_CODES } from 'node:http';
import { DbDeployError, oneLine } from '../core/errors.js';
import { scrub } from './secrets.js';

/** Where and what to post. */
export interface StickyCommentOptions {
  token: string;
  owner: string;
  repo: string;
  /** The pull request (or issue) number. */
  issueNumber: number;
  /** The full hidden marker line (`commentMarker(key)`); the body is made to start with it. */
  marker: string;
  body: string;
  /** REST API base; default: the GITHUB_API_URL environment variable, then https://api.github.com. */
  apiUrl?: string;
  /** Login whose comment is preferred when several carry the marker; default `github-actions[bot]` (GITHUB_TOKEN). */
  author?: string;
}

export type StickyCommentResult =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url?: string }
  | { action: 'skipped'; warning: string };

interface Comment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { login: string; type?: string } | null;
}

/**
 * The comment to update: among those carrying the marker, ours (same login) first, then any bot's,
 * then one that starts with the marker (written with a personal token). A person's comment that
 * merely quotes the marker is never overwritten.
 */
function pick(comments: readonly Comment[], marker: string, author: string): Comment | undefined {
  const marked = comments.filter((c) => c.body?.includes(marker));
  return (
    marked.find((c) => c.user?.login === author) ??
    marked.find((c) => c.user?.type === 'Bot') ??
    marked.find((c) => c.body?.trimStart().startsWith(marker))
  );
}

/** `403 Resource not accessible by integration`: the status and GitHub's message, no URL. */
function reason(error: { status: number; response?: { data?: unknown } }): string {
  const data = error.response?.data as { message?: unknown } | undefined;
  const message = typeof data?.message === 'string' ? data.message : '';
  const text = oneLine(message.replace(/\bhttps?:\/\/\S+/g, '')).slice(0, 120);
  return `${error.status} ${text || STATUS_CODES[error.status] || 'error'}`;
}

function hasStatus(error: unknown): error is { status: number; response?: { data?: unknown } } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number'
  );
}

/**
 * Creates or updates the one PR comment carrying `marker`, scanning every page of comments so a
 * long thread never gets a duplicate; leaves it alone when the body is already identical.
 * A 403/404 (fork PRs get a read-only token; a job without `pull-requests: write`) is returned as
 * `skipped` with a warning, never thrown. Any other failure throws one line without URL or token.
 */
export async function upsertStickyComment(
  options: StickyCommentOptions,
): Promise<StickyCommentResult> {
  const baseUrl = options.apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com';
  const octokit = getOctokit(options.token, { baseUrl: baseUrl.replace(/\/+$/, '') });
  const issue = { owner: options.owner, repo: options.repo, issue_number: options.issueNumber };
  const text = scrub(options.body);
  const body = text.startsWith(options.marker) ? text : `${options.marker}\n${text}`;
  try {
    const comments: Comment[] = await octokit.paginate(octokit.rest.issues.listComments, {
      ...issue,
      per_page: 100,
    });
    const existing = pick(comments, options.marker, options.author ?? 'github-actions[bot]');
    if (existing && existing.body === body)
      return { action: 'unchanged', id: existing.id, url: existing.html_url };
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({
        owner: options.owner,
        repo: options.repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ ...issue, body });
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    if (hasStatus(error) && (error.status === 403 || error.status === 404)) {
      return {
        action: 'skipped',
        warning:
          `could not post the PR comment: ${reason(error)} — give the job \`pull-requests: write\` ` +
          '(forks get a read-only token; the report is in the job summary)',
      };
    }
    // Octokit reports a network failure as a status 500 without a response.
    if (hasStatus(error) && error.response)
      throw new DbDeployError('github-api', `could not post the PR comment: ${reason(error)}`, {
        hint: 'the report is in the job summary; re-run the job if GitHub was unavailable',
      });
    const code = /\bE[A-Z_]{3,}\b/.exec(error instanceof Error ? error.message : '')?.[0];
    throw new DbDeployError(
      'github-api',
      `could not reach the GitHub API to post the PR comment${code ? ` (${code})` : ''}`,
      { hint: 'the report is in the job summary' },
    );
  }
}
