import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { createDatabase, startPostgres, dumpableMajor } from '../../scripts/lib/postgres.mjs';
import { backup, type BackupOptions } from '../../src/core/backup/backup.js';
import { filesUnder, sha256Archive } from '../../src/core/backup/checksum.js';
import { assertS3Uploaded, type S3Upload } from '../../src/core/backup/s3.js';
import { isDbDeployError } from '../../src/core/errors.js';
import { silentLogger } from '../../src/core/logger.js';
import { renderBackupSummary } from '../../src/core/report/backup.js';
import { main } from '../../src/cli/main.js';
import { capture } from '../helpers/cli-io.js';
import { query } from '../helpers/database.js';
import { requireBinaries } from '../helpers/binaries.js';
import { setEnv } from '../helpers/env.js';
import {
  S3_SERVER_BINARIES,
  S3_SERVER_PACKAGES,
  runnerAwsEnv,
  s3TestClient,
  startS3Server,
  type S3Keys,
  type S3Server,
} from '../helpers/s3-server.js';

const available =
  requireBinaries(['pg_dump', 'pg_restore']) &&
  requireBinaries(
    S3_SERVER_BINARIES,
    `Ceph's S3 gateway (apt-get install ${S3_SERVER_PACKAGES.join(' ')})`,
  );
const describeIf = available ? describe : describe.skip;

const FIXTURE = resolve('__tests__/fixtures/backup/awkward.sql');

let server: Awaited<ReturnType<typeof startPostgres>>;
let s3: S3Server;
let sourceUrl: string;
let work: string;
let restoreEnv: () => void;
let counter = 0;

function awsEnv(keys: S3Keys): Record<string, string | undefined> {
  return runnerAwsEnv(s3, keys, work);
}

function client(keys = s3.keys): S3Client {
  return s3TestClient(s3, keys);
}

async function download(bucket: string, key: string): Promise<Buffer> {
  const c = client();
  try {
    const object = await c.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
  } finally {
    c.destroy();
  }
}

async function keysIn(bucket: string): Promise<string[]> {
  const c = client();
  try {
    const listed = await c.send(new ListObjectsV2Command({ Bucket: bucket }));
    return (listed.Contents ?? []).map((o) => o.Key ?? '').sort();
  } finally {
    c.destroy();
  }
}

async function bucket(keys = s3.keys): Promise<string> {
  counter += 1;
  const name = `backups-${counter}-${process.pid}`;
  const c = client(keys);
  try {
    await c.send(new CreateBucketCommand({ Bucket: name }));
  } finally {
    c.destroy();
  }
  return name;
}

function options(extra: Partial<BackupOptions>): BackupOptions {
  counter += 1;
  return { databaseUrl: sourceUrl, dir: join(work, `out_${counter}`), ...extra };
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Downloads every key of an upload into `into` and returns the archive's path there. */
async function fetchUpload(b: string, upload: S3Upload, prefix: string, into: string) {
  if (upload.status !== 'uploaded') throw new Error(`upload ${upload.status}`);
  for (const key of upload.keys) {
    const local = join(into, key.slice(prefix.length));
    await mkdir(dirname(local), { recursive: true });
    await writeFile(local, await download(b, key));
  }
}

describeIf('backup uploads to a real S3 service (Ceph RADOS Gateway)', () => {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'db-deploy-backup-s3-'));
    [server, s3] = await Promise.all([startPostgres({ major: dumpableMajor() }), startS3Server()]);
    restoreEnv = setEnv(awsEnv(s3.keys));
    sourceUrl = await createDatabase(server.url, 'shop');
    await query(sourceUrl, await readFile(FIXTURE, 'utf8'));
  }, 180_000);

  afterAll(async () => {
    restoreEnv?.();
    await Promise.all([server?.stop(), s3?.stop()]);
    if (work) await rm(work, { recursive: true, force: true });
  }, 60_000);

  test('uploads the archive and its .sha256 to two destinations, byte for byte', async () => {
    const [first, second] = [await bucket(), await bucket()];
    const result = await backup(
      options({ s3Uris: [`s3://${first}/prod/db/`, `s3://${second}`] }),
      silentLogger,
    );
    const archive = await readFile(result.path);
    const checksumFile = await readFile(result.checksumPath ?? '');
    expect(result.uploads).toEqual([
      expect.objectContaining({
        status: 'uploaded',
        uri: `s3://${first}/prod/db/`,
        keys: [`prod/db/${basename(result.path)}`, `prod/db/${result.name}.sha256`],
        bytes: archive.length + checksumFile.length,
      }),
      expect.objectContaining({
        status: 'uploaded',
        uri: `s3://${second}/`,
        keys: [basename(result.path), `${result.name}.sha256`],
      }),
    ]);
    for (const [b, prefix] of [
      [first, 'prod/db/'],
      [second, ''],
    ] as const) {
      const stored = await download(b, `${prefix}${basename(result.path)}`);
      expect(stored.equals(archive)).toBe(true);
      expect(sha256(stored)).toBe(result.sha256);
      expect(await download(b, `${prefix}${result.name}.sha256`)).toEqual(checksumFile);
    }
    expect(() => assertS3Uploaded(result.uploads)).not.toThrow();
    expect(renderBackupSummary(result, '0.0.0')).toContain(
      `| **S3** | ✅ \`s3://${first}/prod/db/\`: 2 objects`,
    );
  });

  test('a directory-format archive keeps its relative paths, and its digest recomputes from S3', async () => {
    const b = await bucket();
    const result = await backup(
      options({ format: 'directory', jobs: 2, s3Uris: [`s3://${b}/dir/`] }),
      silentLogger,
    );
    const upload = result.uploads?.[0] as S3Upload;
    const files = await filesUnder(result.path);
    expect(upload).toMatchObject({ status: 'uploaded' });
    expect(await keysIn(b)).toEqual(
      [...files.map((f) => `dir/${result.name}/${f}`), `dir/${result.name}.sha256`].sort(),
    );
    const copy = join(work, `copy_${counter}`);
    await fetchUpload(b, upload, 'dir/', copy);
    expect(await sha256Archive(join(copy, result.name))).toBe(result.sha256);
  });

  test('a file larger than one part goes up in parts and comes back identical', async () => {
    const big = await createDatabase(server.url, `big_${process.pid}`);
    await query(
      big,
      `CREATE TABLE noise AS SELECT g AS id, md5(random()::text) || md5(random()::text) AS a,
         md5(random()::text) AS b FROM generate_series(1, 400000) g`,
    );
    const b = await bucket();
    const result = await backup(
      options({ databaseUrl: big, compression: { method: 'none' }, s3Uris: [`s3://${b}/big/`] }),
      silentLogger,
    );
    expect(result.sizeBytes).toBeGreaterThan(2 * 16 * 1024 * 1024);
    expect(result.uploads?.[0]).toMatchObject({ status: 'uploaded' });
    const stored = await download(b, `big/${basename(result.path)}`);
    expect(stored.length).toBe(result.sizeBytes);
    expect(sha256(stored)).toBe(result.sha256);
  }, 120_000);

  test('a missing bucket fails that destination in one line, keeps the backup and still uploads to the others', async () => {
    const b = await bucket();
    const result = await backup(
      options({ s3Uris: ['s3://no-such-bucket-here/x/', `s3://${b}/`] }),
      silentLogger,
    );
    expect(result.uploads?.map((u) => u.status)).toEqual(['failed', 'uploaded']);
    const failed = result.uploads?.[0];
    expect(failed).toMatchObject({ code: 's3-no-bucket', keys: [] });
    const line = failed?.status === 'failed' ? failed.error : '';
    expect(line).toBe(
      `the backup could not be uploaded to s3://no-such-bucket-here/x/: NoSuchBucket — the bucket no-such-bucket-here does not exist for these credentials and endpoint: create it, or fix the URI; the backup is kept at ${result.path}`,
    );
    expect((await stat(result.path)).isFile()).toBe(true);
    expect(() => assertS3Uploaded(result.uploads)).toThrow(line);
    expect(renderBackupSummary(result, '0.0.0')).toMatch(/^## ❌ db-deploy backup/);
  });

  const refusals: [string, () => Promise<Record<string, string>>, string, RegExp][] = [
    [
      'a wrong secret key',
      async () => ({ AWS_SECRET_ACCESS_KEY: 'not-the-secret' }),
      's3-bad-credentials',
      /: SignatureDoesNotMatch — the secret key does not match the access key: check AWS_SECRET_ACCESS_KEY; the backup is kept at /,
    ],
    [
      'an unknown access key',
      async () => ({ AWS_ACCESS_KEY_ID: 'AKNOTAKEY', AWS_SECRET_ACCESS_KEY: 'nope' }),
      's3-bad-credentials',
      /: InvalidAccessKeyId — the access key is unknown to this S3 service: check AWS_ACCESS_KEY_ID/,
    ],
    [
      "another user's keys",
      async () => {
        const other = await s3.addUser(`other-${process.pid}`);
        return {
          AWS_ACCESS_KEY_ID: other.accessKeyId,
          AWS_SECRET_ACCESS_KEY: other.secretAccessKey,
        };
      },
      's3-access-denied',
      /: AccessDenied — the credentials need s3:PutObject and s3:GetObject \(for the size check\) on arn:aws:s3:::backups-\d+-\d+\/\*; the backup is kept at /,
    ],
  ];
  for (const [what, env, code, line] of refusals) {
    test(`${what} is one clear line, and the local backup is kept`, async () => {
      const b = await bucket();
      const undo = setEnv(await env());
      try {
        const result = await backup(options({ s3Uris: [`s3://${b}/`] }), silentLogger);
        const upload = result.uploads?.[0];
        expect(upload).toMatchObject({ status: 'failed', code });
        const error = upload?.status === 'failed' ? upload.error : '';
        expect(error).toMatch(line);
        expect(error).not.toContain('not-the-secret');
        expect(error).not.toMatch(/\n/);
        expect((await stat(result.path)).size).toBe(result.sizeBytes);
        expect(await keysIn(b)).toEqual([]);
      } finally {
        undo();
      }
    });
  }

  test('a bad URI is refused before anything is dumped', async () => {
    const opts = options({ s3Uris: ['s3://Backups_Prod/db/'] });
    const error = await backup(opts, silentLogger).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isDbDeployError(error) && error.toLine()).toBe(
      's3-uri: "s3://Backups_Prod/db/" names the bucket "Backups_Prod", which is not a valid bucket name — bucket names have 3-63 lower-case letters, digits, "." and "-", and start and end with a letter or digit',
    );
    await expect(stat(opts.dir)).rejects.toThrow(/ENOENT/);
  });

  test('the CLI takes --s3-uri twice, prints the uploads, and exits 1 when one fails', async () => {
    const [first, second] = [await bucket(), await bucket()];
    const dir = join(work, 'cli');
    const args = ['backup', '--database-url', sourceUrl, '--dir', dir];
    const io = capture();
    const uris = ['--s3-uri', `s3://${first}/a`, '--s3-uri', `s3://${second}/b/`];
    expect(await main([...args, ...uris], io)).toBe(0);
    expect(io.stdout).toMatch(new RegExp(`s3: +s3://${first}/a/ \\(2 objects, \\d+ bytes`));
    expect(io.stdout).toContain(`s3://${second}/b/ (2 objects`);
    expect((await keysIn(first)).map((k) => k.replace(/\d{8}_\d{6}/, 'T'))).toEqual([
      'a/shop_T.dump.zst',
      'a/shop_T.sha256',
    ]);
    const failing = capture();
    const name = ['--name', 'again_{timestamp}'];
    expect(await main([...args, ...name, '--s3-uri', 's3://missing-bucket-1/'], failing)).toBe(1);
    expect(failing.stderr).toContain(
      'the backup could not be uploaded to s3://missing-bucket-1/: NoSuchBucket',
    );
  });
});
