// src/github/artifact.ts through the real @actions/artifact client against the local artifact
// service stand-in: what is uploaded comes back byte for byte, from this run and, through the
// REST API, from another run.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startArtifactService, type ArtifactService } from '../helpers/artifact-service.js';
import { setEnv } from '../helpers/env.js';

let service: ArtifactService;
let artifact: typeof import('../../src/github/artifact.js');
let work: string;
let restoreEnv: () => void = () => undefined;
let counter = 0;

/** A directory holding `files` (path → content), and the absolute paths of those files. */
async function tree(files: Record<string, string | Buffer>) {
  counter += 1;
  const root = join(work, `tree_${counter}`);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return { root, files: Object.keys(files).map((path) => join(root, path)) };
}

/** Every file under `dir` with its content, by relative path. */
async function contents(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1)] = await readFile(path, 'latin1');
  }
  return out;
}

const emptyDir = async () => mkdtemp(join(work, 'download-'));

beforeAll(async () => {
  service = await startArtifactService();
  // @actions/github reads GITHUB_API_URL once, when it is first imported.
  restoreEnv = setEnv({ ...service.jobEnv(1001), GITHUB_SERVER_URL: undefined });
  artifact = await import('../../src/github/artifact.js');
  work = await mkdtemp(join(tmpdir(), 'db-deploy-artifact-test-'));
});

// The toolkit logs every request as workflow commands on stdout: keep the test output quiet.
const write = process.stdout.write;
beforeEach(() => {
  process.stdout.write = (() => true) as typeof process.stdout.write;
});
afterEach(() => {
  process.stdout.write = write;
});

afterAll(async () => {
  restoreEnv();
  await service.close();
  await rm(work, { recursive: true, force: true });
});

describe('artifacts through @actions/artifact and the stand-in', () => {
  test('uploads several files in blocks and downloads the same bytes in the same run', async () => {
    const random = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 251));
    const { root, files } = await tree({
      'shop/toc.dat': 'PGDMP table of contents',
      'shop/3001.dat.gz': random,
      'shop.sha256': 'abc  shop\n',
    });
    const uploaded = await artifact.uploadArtifact({
      name: 'round-trip',
      content: { files, rootDirectory: root, compressionLevel: 0 },
      retentionDays: 3,
    });
    expect(uploaded.id).toBeGreaterThan(0);
    expect(uploaded.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const stored = service.artifacts.find((a) => a.id === uploaded.id);
    expect(stored).toMatchObject({ finalized: true, digest: uploaded.digest, runId: 1001 });
    expect(stored?.blob?.contentType).toBe('application/zip');
    expect(uploaded.sizeBytes).toBe(stored?.blob?.data.length);
    // retention-days, counted from when the artifact was created (whole days).
    expect(
      Math.round(
        (Date.parse(stored?.expiresAt ?? '') - Date.parse(stored?.createdAt ?? '')) / 86_400_000,
      ),
    ).toBe(3);
    const blockPuts = service.requests.filter((r) => r.method === 'PUT');
    expect(blockPuts.length).toBeGreaterThanOrEqual(2);

    const into = await emptyDir();
    const downloaded = await artifact.downloadArtifact({
      name: 'round-trip',
      into,
      from: undefined,
    });
    expect(downloaded).toEqual({ id: uploaded.id, sizeBytes: stored?.blob?.data.length });
    expect(await contents(into)).toEqual(await contents(root));
  });

  test("downloads another run's artifact through the REST API with a token", async () => {
    const { root, files } = await tree({ 'old.dump': 'PGDMP old backup', 'old.sha256': 'x  y\n' });
    const uploaded = await artifact.uploadArtifact({
      name: 'from-run-1001',
      content: { files, rootDirectory: root, compressionLevel: 6 },
      retentionDays: undefined,
    });
    const restore = setEnv(service.jobEnv(2002));
    try {
      const into = await emptyDir();
      const from = { runId: 1001, repository: service.repository, token: service.restToken };
      const downloaded = await artifact.downloadArtifact({ name: 'from-run-1001', into, from });
      expect(downloaded.id).toBe(uploaded.id);
      expect(await contents(into)).toEqual(await contents(root));
      const rest = service.requests.filter((r) => r.path.startsWith('/repos/'));
      expect(rest.map((r) => [r.path, r.status])).toEqual([
        ['/repos/acme/shop/actions/runs/1001/artifacts', 200],
        [`/repos/acme/shop/actions/artifacts/${uploaded.id}/zip`, 302],
      ]);
      await expect(
        artifact.downloadArtifact({
          name: 'from-run-1001',
          into: await emptyDir(),
          from: undefined,
        }),
      ).rejects.toThrow(/Artifact not found for name: from-run-1001/);
    } finally {
      restore();
    }
  });

  test('refuses a wrong REST token and a runtime token it did not issue', async () => {
    const from = { runId: 1001, repository: service.repository, token: 'ghs_wrong' };
    await expect(
      artifact.downloadArtifact({ name: 'round-trip', into: await emptyDir(), from }),
    ).rejects.toMatchObject({ status: 401 });
    const forged = setEnv({
      ACTIONS_RUNTIME_TOKEN: `${service.jobEnv(1001).ACTIONS_RUNTIME_TOKEN}x`,
    });
    try {
      await expect(
        artifact.downloadArtifact({ name: 'round-trip', into: await emptyDir(), from: undefined }),
      ).rejects.toThrow(/401/);
    } finally {
      forged();
    }
  });
});
