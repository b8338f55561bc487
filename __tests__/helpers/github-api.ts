// A local stand-in for the few GitHub REST endpoints the PR comment uses: list (paginated with
// Link headers, like api.github.com), create and update issue comments. Loopback only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface GitHubApi {
  /** Base URL to use as `apiUrl` / GITHUB_API_URL. */
  url: string;
  /** Comments per issue number, oldest first; tests may seed them directly. */
  comments: Map<number, StoredComment[]>;
  /** Every request received, in order (`path` includes the query string). */
  requests: Array<{ method: string; path: string; body: unknown }>;
  /** From now on, answer `status` to every request (or to those whose path matches). */
  failWith(status: number, forPaths?: RegExp): void;
  close(): Promise<void>;
}

/** Who creates comments through the stand-in: the GITHUB_TOKEN's bot. */
export const BOT = { login: 'github-actions[bot]', type: 'Bot' } as const;

const LIST = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/;
const UPDATE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/;

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : undefined;
}

function send(response: ServerResponse, status: number, data: unknown, headers = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(data));
}

/** Starts the stand-in on 127.0.0.1 and a free port. */
export async function startGitHubApi(): Promise<GitHubApi> {
  const comments = new Map<number, StoredComment[]>();
  const requests: GitHubApi['requests'] = [];
  const failures: Array<{ status: number; paths: RegExp | undefined }> = [];
  let nextId = 1000;
  let base = '';

  const view = (owner: string, repo: string, issue: number, c: StoredComment) => ({
    ...c,
    html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${c.id}`,
  });
  const locate = (id: number) => {
    for (const [issue, list] of comments) {
      const found = list.find((c) => c.id === id);
      if (found) return { issue, comment: found };
    }
    return undefined;
  };

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', base);
      const body = await readJson(request);
      const method = request.method ?? 'GET';
      requests.push({ method, path: `${url.pathname}${url.search}`, body });
      const failure = failures.find((f) => !f.paths || f.paths.test(url.pathname));
      if (failure)
        return send(response, failure.status, {
          message: failure.status === 403 ? 'Resource not accessible by integration' : 'Failed',
          documentation_url: 'https://docs.github.com/rest',
        });
      const list = LIST.exec(url.pathname);
      const update = UPDATE.exec(url.pathname);
      if (list && method === 'GET') {
        const [, owner, repo, issue] = list as unknown as [string, string, string, string];
        const all = comments.get(Number(issue)) ?? [];
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Number(url.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const link = (p: number, rel: string) =>
          `<${base}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
        const links = [
          ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
          ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
        ];
        const slice = all.slice((page - 1) * perPage, page * perPage);
        return send(
          response,
          200,
          slice.map((c) => view(owner, repo, Number(issue), c)),
          links.length ? { link: links.join(', ') } : {},
        );
      }
      if (list && method === 'POST') {
        const [, owner, repo, issue] = list as unknown as [string, string, string, string];
        const comment: StoredComment = {
          id: nextId++,
          body: String((body as { body?: unknown }).body),
          user: { ...BOT },
        };
        comments.set(Number(issue), [...(comments.get(Number(issue)) ?? []), comment]);
        return send(response, 201, view(owner, repo, Number(issue), comment));
      }
      if (update && method === 'PATCH') {
        const [, owner, repo, id] = update as unknown as [string, string, string, string];
        const found = locate(Number(id));
        if (!found) return send(response, 404, { message: 'Not Found' });
        found.comment.body = String((body as { body?: unknown }).body);
        return send(response, 200, view(owner, repo, found.issue, found.comment));
      }
      return send(response, 404, { message: 'Not Found' });
    })().catch((error: unknown) => send(response, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    comments,
    requests,
    failWith: (status, forPaths) => void failures.push({ status, paths: forPaths }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
