import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  artifactContent,
  artifactUploadOptions,
  findArchive,
  validateArtifactName,
} from '../../src/core/backup/artifact.js';
import { restoreSource, type RestoreSourceInputs } from '../../src/core/backup/restore-source.js';
import { DbDeployError } from '../../src/core/errors.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'db-deploy-artifact-unit-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Creates `files` (relative path → content) under the test directory. */
async function files(...paths: string[]): Promise<void> {
  for (const path of paths) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), 'x');
  }
}

/** The error line a call throws (fails the test when it does not throw a DbDeployError). */
async function line(call: () => unknown): Promise<string> {
  try {
    await call();
  } catch (error) {
    if (error instanceof DbDeployError) return error.toLine();
    throw error;
  }
  throw new Error('expected a DbDeployError');
}

describe('artifact names and the upload options', () => {
  test.each(['shop_20260102_030405', 'pre-deploy backup (v2)', 'nightly.dump'])(
    'accepts %j',
    (name) => expect(() => validateArtifactName(name)).not.toThrow(),
  );

  test.each(['', '  ', 'a/b', 'a\\b', 'a:b', 'what?', 'x*', 'a|b', 'a"b', 'two\nlines'])(
    'refuses %j with the characters GitHub forbids',
    async (name) => {
      expect(await line(() => validateArtifactName(name))).toMatch(
        /^input artifact-name: ".*" is not a valid artifact name — use a non-empty name without/s,
      );
    },
  );

  test('nothing is uploaded unless upload-artifact is true', () => {
    expect(artifactUploadOptions(false, undefined, undefined)).toBeUndefined();
    expect(artifactUploadOptions(true, undefined, undefined)).toEqual({
      name: undefined,
      retentionDays: undefined,
    });
    expect(artifactUploadOptions(true, 'nightly', 7)).toEqual({
      name: 'nightly',
      retentionDays: 7,
    });
  });

  test.each([
    ['artifact-name', 'nightly', undefined],
    ['retention-days', undefined, 3],
  ])(
    'refuses %s without upload-artifact instead of silently not uploading',
    async (input, name, days) => {
      expect(await line(() => artifactUploadOptions(false, name, days))).toBe(
        `input ${input} is set but upload-artifact is false — set upload-artifact: true to upload the backup, or remove ${input}`,
      );
    },
  );
});

describe('artifactContent', () => {
  const backup = (extra: object) => ({
    path: join(dir, 'shop.dump'),
    format: 'custom',
    compression: 'gzip:1',
    checksumPath: join(dir, 'shop.sha256'),
    ...extra,
  });

  test('a custom archive and its .sha256, relative to the backup directory, stored without recompression', async () => {
    expect(await artifactContent(backup({}))).toEqual({
      files: [join(dir, 'shop.dump'), join(dir, 'shop.sha256')],
      rootDirectory: dir,
      compressionLevel: 0,
    });
  });

  test.each([
    ['plain', 'none'],
    ['custom', 'none'],
  ])('a %s archive with compression %s is zipped at level 6', async (format, compression) => {
    expect((await artifactContent(backup({ format, compression }))).compressionLevel).toBe(6);
  });

  test('every file of a directory-format archive, and no .sha256 when verify was off', async () => {
    await files('shop/toc.dat', 'shop/3001.dat.gz', 'shop/3002.dat.gz');
    const content = await artifactContent(
      backup({ path: join(dir, 'shop'), format: 'directory', checksumPath: undefined }),
    );
    expect(content.files).toEqual(
      ['3001.dat.gz', '3002.dat.gz', 'toc.dat'].map((f) => join(dir, 'shop', f)),
    );
    expect(content.rootDirectory).toBe(dir);
  });
});

describe('findArchive', () => {
  test.each([
    [['shop.dump', 'shop.sha256'], 'shop.dump'],
    [['shop.sql', 'shop.sha256'], 'shop.sql'],
    [['shop/toc.dat', 'shop/3001.dat.gz', 'shop.sha256'], 'shop'],
    [['backups/nested/shop.dump'], 'backups/nested/shop.dump'],
    [['toc.dat', '3001.dat.gz'], ''],
  ])('finds the one archive in %j', async (held, archive) => {
    await files(...held);
    expect(await findArchive(dir, 'a')).toBe(join(dir, archive));
  });

  test('an artifact without an archive names what it holds', async () => {
    await files('notes.txt', 'shop.sha256');
    expect(await line(() => findArchive(dir, 'nightly'))).toBe(
      'artifact nightly holds no backup archive (notes.txt, shop.sha256) — restore an artifact the backup action uploaded: a .dump, .dump.zst or .sql file, or a directory with toc.dat',
    );
    await rm(dir, { recursive: true });
    await mkdir(dir);
    expect(await line(() => findArchive(dir, 'nightly'))).toContain('(it is empty)');
  });

  test('an artifact with two archives is refused rather than guessed', async () => {
    await files('a.dump', 'b/toc.dat');
    expect(await line(() => findArchive(dir, 'two'))).toBe(
      'artifact two holds 2 backup archives (a.dump, b) — upload one backup per artifact (the backup action does), or restore with backup-path',
    );
  });
});

describe('restoreSource', () => {
  const inputs = (extra: Partial<RestoreSourceInputs>): RestoreSourceInputs => ({
    backupPath: undefined,
    artifactName: undefined,
    runId: undefined,
    repository: undefined,
    defaultRepository: 'acme/shop',
    token: 'ghs_x',
    ...extra,
  });

  test('a path, an artifact of this run, or one of another run', () => {
    expect(restoreSource(inputs({ backupPath: '/b/x.dump' }))).toEqual({
      kind: 'path',
      path: '/b/x.dump',
    });
    expect(restoreSource(inputs({ artifactName: 'nightly' }))).toEqual({
      kind: 'artifact',
      name: 'nightly',
      from: undefined,
    });
    expect(restoreSource(inputs({ artifactName: 'nightly', runId: 42 }))).toEqual({
      kind: 'artifact',
      name: 'nightly',
      from: { runId: 42, repository: 'acme/shop', token: 'ghs_x' },
    });
    expect(
      restoreSource(inputs({ artifactName: 'nightly', runId: 42, repository: 'acme/other' })),
    ).toMatchObject({ from: { repository: 'acme/other' } });
  });

  test.each([
    [
      { backupPath: '/b/x.dump', artifactName: 'x' },
      'inputs backup-path and artifact-name are both set — set exactly one',
    ],
    [{}, 'input backup-path or artifact-name is required — set backup-path'],
    [{ backupPath: '/b/x.dump', runId: 3 }, 'input artifact-run-id needs artifact-name'],
    [
      { artifactName: 'x', repository: 'acme/other' },
      'input artifact-repository needs artifact-run-id',
    ],
    [{ artifactName: 'a/b' }, 'input artifact-name: "a/b" is not a valid artifact name'],
    [
      { artifactName: 'x', runId: 3, repository: 'shop' },
      'input artifact-repository: "shop" is not valid — use owner/name',
    ],
    [
      { artifactName: 'x', runId: 3, defaultRepository: undefined },
      'input artifact-repository: "" is not valid',
    ],
    [
      { artifactName: 'x', runId: 3, token: undefined },
      'input github-token is required when artifact-run-id is set',
    ],
  ])('refuses %j with one line', async (extra, expected) => {
    expect(await line(() => restoreSource(inputs(extra)))).toContain(expected);
  });
});
