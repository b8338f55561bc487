import { upsertStickyComment } from '../../src/github/comment.js';
import { BOT, startGitHubApi, type GitHubApi } from '../helpers/github-api.js';

const MARKER = '<!-- db-deploy:validate:db/migrations -->';
const TOKEN = 'ghs_notARealToken0123456789';

let api: GitHubApi;
beforeEach(async () => {
  api = await startGitHubApi();
});
afterEach(async () => {
  await api.close();
});

const post = (body: string, overrides: { marker?: string; issueNumber?: number } = {}) =>
  upsertStickyComment({
    token: TOKEN,
    owner: 'acme',
    repo: 'shop',
    issueNumber: overrides.issueNumber ?? 7,
    marker: overrides.marker ?? MARKER,
    body: `${overrides.marker ?? MARKER}\n${body}`,
    apiUrl: api.url,
  });

/** Seeds `count` comments from people on issue 7, with `special` placed at the given positions. */
function seed(count: number, special: Record<number, { body: string; login?: string }> = {}) {
  const list = Array.from({ length: count }, (_, i) => {
    const s = special[i];
    return {
      id: i + 1,
      body: s?.body ?? `comment ${i + 1}`,
      user:
        s?.login === BOT.login ? { ...BOT } : { login: s?.login ?? 'alice', type: 'User' as const },
    };
  });
  api.comments.set(7, list);
}

/** The error a call rejects with (fails the test if it resolves). */
const rejection = (promise: Promise<unknown>): Promise<Error> =>
  promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error as Error,
  );

const writes = () => api.requests.filter((r) => r.method !== 'GET');

describe('upsertStickyComment', () => {
  test('creates the comment once, then updates that same comment on a re-run', async () => {
    const first = await post('report 1');
    expect(first).toMatchObject({ action: 'created' });
    const second = await post('report 2');
    expect(second).toMatchObject({ action: 'updated' });
    expect(second).toHaveProperty('id', (first as { id: number }).id);
    expect(api.comments.get(7)).toEqual([
      { id: expect.any(Number), body: `${MARKER}\nreport 2`, user: BOT },
    ]);
    expect((first as { url?: string }).url).toMatch(/#issuecomment-\d+$/);
  });

  test('finds the marker comment on page 2 of 3 and updates it instead of adding a duplicate', async () => {
    seed(250, { 150: { body: `${MARKER}\nold report`, login: BOT.login } });
    const result = await post('new report');
    expect(result).toEqual({ action: 'updated', id: 151, url: expect.any(String) });
    expect(api.comments.get(7)).toHaveLength(250);
    expect(api.comments.get(7)?.[150]?.body).toBe(`${MARKER}\nnew report`);
    const pages = api.requests.filter((r) => r.method === 'GET').map((r) => r.path);
    expect(pages).toEqual([
      '/repos/acme/shop/issues/7/comments?per_page=100',
      '/repos/acme/shop/issues/7/comments?per_page=100&page=2',
      '/repos/acme/shop/issues/7/comments?per_page=100&page=3',
    ]);
  });

  test('prefers the bot’s comment over a person’s comment quoting the marker', async () => {
    seed(3, {
      0: { body: `> ${MARKER}\n> quoted by a reviewer`, login: 'alice' },
      2: { body: `${MARKER}\nold report`, login: BOT.login },
    });
    expect(await post('new report')).toMatchObject({ action: 'updated', id: 3 });
    expect(api.comments.get(7)?.[0]?.body).toContain('quoted by a reviewer');
  });

  test('updates the first of several bot comments carrying the marker, never adds another', async () => {
    seed(4, {
      1: { body: `${MARKER}\nfirst`, login: BOT.login },
      3: { body: `${MARKER}\nsecond`, login: BOT.login },
    });
    expect(await post('new')).toMatchObject({ action: 'updated', id: 2 });
    expect(api.comments.get(7)).toHaveLength(4);
  });

  test('leaves the comment alone when the body is identical', async () => {
    await post('same report');
    const before = writes().length;
    expect(await post('same report')).toMatchObject({ action: 'unchanged' });
    expect(writes()).toHaveLength(before);
  });

  test('puts the marker first when the body lacks it, so the next run finds the comment', async () => {
    await upsertStickyComment({
      token: TOKEN,
      owner: 'acme',
      repo: 'shop',
      issueNumber: 7,
      marker: MARKER,
      body: 'bare',
      apiUrl: api.url,
    });
    expect(api.comments.get(7)?.[0]?.body).toBe(`${MARKER}\nbare`);
  });

  test('a 403 (fork PR, read-only token) is skipped with a warning, not thrown', async () => {
    api.failWith(403);
    const result = await post('report');
    expect(result).toEqual({
      action: 'skipped',
      warning:
        'could not post the PR comment: 403 Resource not accessible by integration — give the job `pull-requests: write` (forks get a read-only token; the report is in the job summary)',
    });
  });

  test('a 404 on the update only (listing allowed) is skipped too', async () => {
    seed(1, { 0: { body: `${MARKER}\nold`, login: BOT.login } });
    api.failWith(404, /^\/repos\/acme\/shop\/issues\/comments\/\d+$/);
    const result = await post('report');
    expect(result).toMatchObject({ action: 'skipped' });
    expect((result as { warning: string }).warning).toMatch(
      /^could not post the PR comment: 404 Failed — give/,
    );
    expect(api.comments.get(7)?.[0]?.body).toBe(`${MARKER}\nold`);
  });

  test('other API errors throw one line without the URL or the token', async () => {
    api.failWith(500);
    const error = await rejection(post('report'));
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('could not post the PR comment: 500 Failed');
    expect(error.message).not.toContain(api.url);
    expect(error.message).not.toContain(TOKEN);
  });

  test('an unreachable API throws one line without the URL', async () => {
    const gone = await startGitHubApi();
    const url = gone.url;
    await gone.close();
    const error = await rejection(
      upsertStickyComment({
        token: TOKEN,
        owner: 'acme',
        repo: 'shop',
        issueNumber: 7,
        marker: MARKER,
        body: 'x',
        apiUrl: url,
      }),
    );
    expect(error.message).toMatch(/^could not reach the GitHub API to post the PR comment/);
    expect(error.message).not.toContain('127.0.0.1');
  });

  test('two migrations directories (two markers) keep two separate comments', async () => {
    const api1 = '<!-- db-deploy:validate:apps/api/migrations -->';
    const web = '<!-- db-deploy:validate:apps/web/migrations -->';
    const a = await post('api report 1', { marker: api1 });
    const b = await post('web report 1', { marker: web });
    await post('api report 2', { marker: api1 });
    expect(a).toMatchObject({ action: 'created' });
    expect(b).toMatchObject({ action: 'created' });
    expect(api.comments.get(7)?.map((c) => c.body)).toEqual([
      `${api1}\napi report 2`,
      `${web}\nweb report 1`,
    ]);
  });

  test('reads the API base from GITHUB_API_URL when no apiUrl is given', async () => {
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = api.url;
    try {
      const result = await upsertStickyComment({
        token: TOKEN,
        owner: 'acme',
        repo: 'shop',
        issueNumber: 8,
        marker: MARKER,
        body: 'x',
      });
      expect(result).toMatchObject({ action: 'created' });
      expect(api.comments.get(8)).toHaveLength(1);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
  });
});
