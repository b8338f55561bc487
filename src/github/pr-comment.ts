import type { Logger } from '../core/logger.js';
import { describeError } from '../core/errors.js';
import { pullRequestContext } from './pull-request.js';
import { upsertStickyComment } from './comment.js';

/**
 * Posts (or updates in place) the sticky comment on the run's pull request. Outside a pull
 * request, without a token, or when GitHub refuses, it only logs: the report is always in the
 * job summary, so a comment never decides the verdict.
 */
export async function publishPullRequestComment(
  options: { token: string; marker: string; body: string },
  logger: Logger,
): Promise<void> {
  const pr = pullRequestContext();
  if (!pr || !options.token) return;
  try {
    const posted = await upsertStickyComment({
      token: options.token,
      owner: pr.owner,
      repo: pr.repo,
      issueNumber: pr.number,
      marker: options.marker,
      body: options.body,
    });
    if (posted.action === 'skipped') logger.warn(posted.warning);
    else logger.info(`PR comment ${posted.action}${posted.url ? `: ${posted.url}` : ''}`);
  } catch (error) {
    logger.warn(describeError(error));
  }
}
