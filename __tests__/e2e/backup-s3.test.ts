// The committed dist/backup bundle with s3-uri, run on Node 24 as a runner runs it, uploading to a
// real S3 service (Ceph's RADOS Gateway) with the AWS environment a runner has after
// aws-actions/configure-aws-credentials.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CreateBucketCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { createDatabase, startPostgres, dumpableMajor } from '../../scripts/lib/postgres.mjs';
import {
  logWithoutMaskCommands,
  removeActionRunFiles,
  runAction,
} from '../helpers/action-runner.js';
import { query } from '../helpers/database.js';
import { requireBinaries } from '../helpers/binaries.js';
import {
  S3_SERVER_BINARIES,
  S3_SERVER_PACKAGES,
  runnerAwsEnv,
  s3TestClient,
  startS3Server,
  type S3Server,
} from '../helpers/s3-server.js';

const available =
  requireBinaries(['pg_dump', 'pg_restore']) &&
  requireBinaries(
    S3_SERVER_BINARIES,
    `Ceph's S3 gateway (apt-get install ${S3_SERVER_PACKAGES.join(' ')})`,
  );
const describeIf = available ? describe : describe.skip;

let server: Awaited<ReturnType<typeof startPostgres>>;
let s3: S3Server;
let sourceUrl: string;
let workspace: string;

const client = () => s3TestClient(s3);
const awsEnv = () => runnerAwsEnv(s3, s3.keys, workspace) as Record<string, string>;

describeIf('dist/backup with s3-uri (Node 24, real S3 gateway)', () => {
  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'db-deploy-backup-s3-e2e-'));
    [server, s3] = await Promise.all([startPostgres({ major: dumpableMajor() }), startS3Server()]);
    sourceUrl = await createDatabase(server.url, 'shop');
    await query(
      sourceUrl,
      await readFile(resolve('__tests__/fixtures/backup/awkward.sql'), 'utf8'),
    );
    const c = client();
    await c.send(new CreateBucketCommand({ Bucket: 'deploy-backups' }));
    c.destroy();
  }, 180_000);

  afterAll(async () => {
    await removeActionRunFiles();
    await Promise.all([server?.stop(), s3?.stop()]);
    if (workspace) await rm(workspace, { recursive: true, force: true });
  }, 60_000);

  test('uploads the archive and its .sha256; the object is the archive byte for byte', async () => {
    const run = await runAction('backup', {
      workspace,
      env: awsEnv(),
      inputs: { 'database-url': sourceUrl, 's3-uri': 's3://deploy-backups/prod/' },
    });
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] });
    const name = run.outputs['backup-name'] ?? '';
    const local = await readFile(run.outputs['backup-path'] ?? '');
    const c = client();
    try {
      const object = await c.send(
        new GetObjectCommand({ Bucket: 'deploy-backups', Key: `prod/${name}.dump.zst` }),
      );
      const body = Buffer.from((await object.Body?.transformToByteArray()) ?? []);
      expect(createHash('sha256').update(body).digest('hex')).toBe(run.outputs.sha256);
      expect(body.equals(local)).toBe(true);
    } finally {
      c.destroy();
    }
    expect(run.summary).toContain('s3://deploy-backups/prod/');
    expect(logWithoutMaskCommands(run)).not.toContain(s3.keys.secretAccessKey);
  });

  test('a missing bucket fails the step with one line, after the backup and its outputs', async () => {
    const run = await runAction('backup', {
      workspace,
      env: awsEnv(),
      inputs: { 'database-url': sourceUrl, 's3-uri': 's3://no-such-bucket-here/' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^backup: .*no-such-bucket-here/);
    // The local backup is kept and reported.
    expect(run.outputs['backup-path']).toMatch(/\.dump\.zst$/);
    await expect(readFile(run.outputs['backup-path'] ?? '')).resolves.toBeInstanceOf(Buffer);
  });
});
