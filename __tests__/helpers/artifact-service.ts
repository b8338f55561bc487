// A local stand-in for GitHub's artifact service as @actions/artifact (v2+) calls it, loopback
// only: the Twirp JSON endpoints under ACTIONS_RESULTS_URL (CreateArtifact, FinalizeArtifact,
// ListArtifacts, GetSignedArtifactURL, DeleteArtifact), the signed blob URLs they return (see
// blob-store.ts), and the REST endpoints under GITHUB_API_URL that reach another run's artifacts
// (list a run's artifacts, download one: a 302 to its blob). It stores what was uploaded and
// serves the same bytes back, checks the size and sha256 FinalizeArtifact reports against what
// arrived, and refuses a request without the runtime token (a signed JWT whose `scp` claim
// carries `Actions.Results:<run backend id>:<job backend id>`) or, for REST, the GitHub token.
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BLOB_PREFIX, createBlobStore, type StoredBlob } from './blob-store.js';

const TWIRP = /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/;
const RUN_ARTIFACTS = /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/artifacts$/;
const ARTIFACT_ZIP = /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)\/zip$/;

export interface StoredArtifact {
  id: number;
  name: string;
  /** The workflow run (numeric id, as REST and GITHUB_RUN_ID show it) that uploaded it. */
  runId: number;
  runBackendId: string;
  jobBackendId: string;
  /** `<blob key>` in the blob store; the blob itself once committed. */
  key: string;
  blob: StoredBlob | undefined;
  finalized: boolean;
  /** `sha256:<hex>` as FinalizeArtifact reported it (and checked). */
  digest: string | undefined;
  createdAt: string;
  /** RFC 3339, from CreateArtifact's expires_at (undefined: the repository default). */
  expiresAt: string | undefined;
}

export interface ArtifactService {
  /** Base URL for ACTIONS_RESULTS_URL and GITHUB_API_URL alike. */
  url: string;
  /** The repository (`owner/name`) the REST endpoints serve. */
  repository: string;
  /** The token the REST endpoints accept (what a workflow passes as github-token). */
  restToken: string;
  /** Every artifact created, finalized or not. */
  artifacts: StoredArtifact[];
  /** Every request received, in order (`path` without the query string). */
  requests: Array<{ method: string; path: string; status: number }>;
  /**
   * The environment a runner gives one job of workflow run `runId`: a fresh runtime token for a
   * new job of that run, ACTIONS_RESULTS_URL, GITHUB_API_URL, GITHUB_RUN_ID, GITHUB_REPOSITORY.
   */
  jobEnv(runId: number): Record<string, string>;
  /**
   * From now on, answer `status` to every request whose path matches (default: all); the
   * returned function stops that.
   */
  failWith(status: number, forPaths?: RegExp): () => void;
  /** Every secret it handed out: runtime tokens, the REST token, blob URL signatures. */
  secrets(): string[];
  close(): Promise<void>;
}

const base64url = (data: unknown) => Buffer.from(JSON.stringify(data)).toString('base64url');

function send(response: ServerResponse, status: number, data: unknown, headers = {}): number {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(data));
  return status;
}

/** A Twirp error, as the artifact service answers them (`{ code, msg }`). */
const twirpError = (response: ServerResponse, status: number, code: string, msg: string) =>
  send(response, status, { code, msg });

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Starts the stand-in on 127.0.0.1 and a free port, serving `repository` (default acme/shop). */
export async function startArtifactService(repository = 'acme/shop'): Promise<ArtifactService> {
  const secret = randomBytes(32);
  const restToken = `ghs_${randomBytes(18).toString('hex')}`;
  const blobs = createBlobStore();
  const artifacts: StoredArtifact[] = [];
  const requests: ArtifactService['requests'] = [];
  const failures: Array<{ status: number; paths: RegExp | undefined }> = [];
  const runs = new Map<string, number>(); // run backend id → run id
  const issued: string[] = [];
  let nextId = 4000;
  let base = '';

  const backendIdOf = (runId: number) => {
    for (const [backendId, id] of runs) if (id === runId) return backendId;
    const backendId = randomUUID();
    runs.set(backendId, runId);
    return backendId;
  };
  const sign = (text: string) => createHmac('sha256', secret).update(text).digest('base64url');
  const runtimeToken = (runBackendId: string, jobBackendId: string) => {
    const head = `${base64url({ typ: 'JWT', alg: 'HS256' })}.${base64url({
      scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
      exp: Math.floor(Date.now() / 1000) + 3600,
    })}`;
    const token = `${head}.${sign(head)}`;
    issued.push(token);
    return token;
  };
  /** The run and job a bearer token was issued for, or undefined when it is not ours. */
  const scopeOf = (request: IncomingMessage) => {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const [header, payload, signature] = token.split('.');
    if (!header || !payload || signature !== sign(`${header}.${payload}`)) return undefined;
    const scp = String(
      (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { scp?: string }).scp,
    );
    const [, run, job] = /Actions\.Results:([^: ]+):([^: ]+)/.exec(scp) ?? [];
    return run && job ? { run, job } : undefined;
  };
  const monolith = (a: StoredArtifact) => ({
    workflow_run_backend_id: a.runBackendId,
    workflow_job_run_backend_id: a.jobBackendId,
    database_id: String(a.id),
    name: a.name,
    size: String(a.blob?.data.length ?? 0),
    created_at: a.createdAt,
    ...(a.digest ? { digest: a.digest } : {}),
  });
  const restView = (a: StoredArtifact) => ({
    id: a.id,
    node_id: Buffer.from(`Artifact${a.id}`).toString('base64'),
    name: a.name,
    size_in_bytes: a.blob?.data.length ?? 0,
    url: `${base}/repos/${repository}/actions/artifacts/${a.id}`,
    archive_download_url: `${base}/repos/${repository}/actions/artifacts/${a.id}/zip`,
    expired: false,
    digest: a.digest ?? null,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    expires_at: a.expiresAt ?? new Date(Date.parse(a.createdAt) + 90 * 86_400_000).toISOString(),
    workflow_run: { id: a.runId, repository_id: 1, head_repository_id: 1, head_branch: 'main' },
  });

  function twirp(method: string, request: IncomingMessage, body: Buffer, response: ServerResponse) {
    const scope = scopeOf(request);
    if (!scope) return twirpError(response, 401, 'unauthenticated', 'invalid runtime token');
    const req = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
    if (req.workflow_run_backend_id !== scope.run)
      return twirpError(response, 403, 'permission_denied', 'the token is for another run');
    const ownJob = req.workflow_job_run_backend_id === scope.job;
    const visible = artifacts.filter((a) => a.runBackendId === scope.run);
    const named = (finalized: boolean) =>
      visible.find((a) => a.name === req.name && a.finalized === finalized);
    switch (method) {
      case 'CreateArtifact': {
        if (!ownJob) return twirpError(response, 403, 'permission_denied', 'another job');
        if (visible.some((a) => a.name === req.name))
          return twirpError(
            response,
            409,
            'already_exists',
            'an artifact with this name already exists on the workflow run',
          );
        const id = nextId++;
        const artifact: StoredArtifact = {
          id,
          name: String(req.name),
          runId: runs.get(scope.run) ?? 0,
          runBackendId: scope.run,
          jobBackendId: scope.job,
          key: `${randomUUID()}/${String(req.name)}.zip`,
          blob: undefined,
          finalized: false,
          digest: undefined,
          createdAt: new Date().toISOString(),
          expiresAt: typeof req.expires_at === 'string' ? req.expires_at : undefined,
        };
        artifacts.push(artifact);
        return send(response, 200, { ok: true, signed_upload_url: blobs.sign(base, artifact.key) });
      }
      case 'FinalizeArtifact': {
        const artifact = ownJob ? named(false) : undefined;
        if (!artifact) return twirpError(response, 404, 'not_found', 'no such artifact upload');
        artifact.blob = blobs.blobs.get(`${BLOB_PREFIX}${artifact.key}`);
        const data = artifact.blob?.data ?? Buffer.alloc(0);
        const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
        if (String(req.size) !== String(data.length) || (req.hash && req.hash !== digest))
          return twirpError(
            response,
            400,
            'invalid_argument',
            'size or hash differs from the blob',
          );
        artifact.finalized = true;
        artifact.digest = digest;
        return send(response, 200, { ok: true, artifact_id: String(artifact.id) });
      }
      case 'ListArtifacts': {
        const list = visible.filter(
          (a) =>
            a.finalized &&
            (req.name_filter === undefined || a.name === req.name_filter) &&
            (req.id_filter === undefined || String(a.id) === String(req.id_filter)),
        );
        return send(response, 200, { artifacts: list.map(monolith) });
      }
      case 'GetSignedArtifactURL': {
        const artifact = named(true);
        if (!artifact) return twirpError(response, 404, 'not_found', 'artifact not found');
        return send(response, 200, { signed_url: blobs.sign(base, artifact.key) });
      }
      case 'DeleteArtifact': {
        const artifact = named(true);
        if (!artifact) return twirpError(response, 404, 'not_found', 'artifact not found');
        artifacts.splice(artifacts.indexOf(artifact), 1);
        return send(response, 200, { ok: true, artifact_id: String(artifact.id) });
      }
      default:
        return twirpError(response, 404, 'bad_route', `no method ${method}`);
    }
  }

  function rest(url: URL, request: IncomingMessage, response: ServerResponse): number {
    const auth = request.headers.authorization ?? '';
    if (auth !== `token ${restToken}` && auth !== `Bearer ${restToken}`)
      return send(response, 401, { message: 'Bad credentials', status: '401' });
    const list = RUN_ARTIFACTS.exec(url.pathname);
    const zip = ARTIFACT_ZIP.exec(url.pathname);
    const repo = (list ?? zip)?.slice(1, 3).join('/');
    if (repo !== repository) return send(response, 404, { message: 'Not Found', status: '404' });
    if (list) {
      const name = url.searchParams.get('name');
      const all = artifacts.filter(
        (a) => a.finalized && a.runId === Number(list[3]) && (name === null || a.name === name),
      );
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      return send(response, 200, { total_count: all.length, artifacts: slice.map(restView) });
    }
    const artifact = artifacts.find((a) => a.finalized && String(a.id) === zip?.[3]);
    if (!artifact) return send(response, 404, { message: 'Not Found', status: '404' });
    response.writeHead(302, { location: blobs.sign(base, artifact.key) });
    response.end();
    return 302;
  }

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', base);
      const body = await readBody(request);
      const method = request.method ?? 'GET';
      const failure = failures.find((f) => !f.paths || f.paths.test(url.pathname));
      const twirpMethod = TWIRP.exec(url.pathname)?.[1];
      let status: number;
      if (failure)
        status = send(response, failure.status, { code: 'internal', msg: 'stand-in failure' });
      else if (twirpMethod && method === 'POST')
        status = twirp(twirpMethod, request, body, response);
      else if (blobs.handle(request, url, body, response)) status = response.statusCode;
      else if (
        method === 'GET' &&
        (RUN_ARTIFACTS.test(url.pathname) || ARTIFACT_ZIP.test(url.pathname))
      )
        status = rest(url, request, response);
      else status = send(response, 404, { message: 'Not Found' });
      requests.push({ method, path: url.pathname, status });
    })().catch((error: unknown) => send(response, 500, { msg: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    repository,
    restToken,
    artifacts,
    requests,
    jobEnv: (runId) => ({
      ACTIONS_RUNTIME_TOKEN: runtimeToken(backendIdOf(runId), randomUUID()),
      ACTIONS_RESULTS_URL: `${base}/`,
      GITHUB_API_URL: base,
      GITHUB_RUN_ID: String(runId),
      GITHUB_REPOSITORY: repository,
    }),
    failWith: (status, forPaths) => {
      const failure = { status, paths: forPaths };
      failures.push(failure);
      return () => void failures.splice(failures.indexOf(failure), 1);
    },
    secrets: () => [restToken, ...issued, ...blobs.signatures()],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
