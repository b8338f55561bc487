import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NoSuchBucket, S3ServiceException } from '@aws-sdk/client-s3';
import { assertS3Uploaded, uploadBackupToS3, type S3Upload } from '../../src/core/backup/s3.js';
import { s3ClientConfig } from '../../src/core/backup/s3-client.js';
import { digestFile, partSizeFor } from '../../src/core/backup/s3-digest.js';
import { s3Failure } from '../../src/core/backup/s3-errors.js';
import { objectKey, parseS3Uri, parseS3Uris } from '../../src/core/backup/s3-uri.js';
import { isDbDeployError } from '../../src/core/errors.js';
import { silentLogger } from '../../src/core/logger.js';
import { s3Fact } from '../../src/core/report/s3.js';
import { setEnv } from '../helpers/env.js';

const MIB = 1024 * 1024;

function lineOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isDbDeployError(error)) return error.toLine();
    throw error;
  }
  throw new Error('expected a DbDeployError');
}

describe('S3 URIs', () => {
  test.each([
    ['s3://my-backups', 'my-backups', ''],
    ['s3://my-backups/', 'my-backups', ''],
    ['s3://my-backups/prod/db', 'my-backups', 'prod/db/'],
    [' s3://my.backups-2/prod/db/ ', 'my.backups-2', 'prod/db/'],
    ['s3://abc/a b/ünï/', 'abc', 'a b/ünï/'],
  ])('%s is bucket %s, prefix "%s"', (uri, bucket, prefix) => {
    expect(parseS3Uri(uri)).toEqual({ uri: `s3://${bucket}/${prefix}`, bucket, prefix });
  });

  test.each([
    ['my-backups/prod', 's3-uri: "my-backups/prod" is not an S3 URI — use s3://BUCKET/PREFIX/'],
    ['S3://my-backups/', 's3-uri: "S3://my-backups/" is not an S3 URI'],
    ['https://my-backups.s3.amazonaws.com/x', 'is not an S3 URI'],
    ['s3://', 'names the bucket "", which is not a valid bucket name'],
    ['s3://ab/', 'names the bucket "ab"'],
    ['s3://My_Backups/', 'names the bucket "My_Backups"'],
    ['s3://-backups/', 'names the bucket "-backups"'],
    ['s3://back..ups/', 'names the bucket "back..ups"'],
    ['s3://192.168.1.10/', 'names the bucket "192.168.1.10"'],
    ['s3://backups//x/', 'has an empty path segment (//)'],
    ['s3://backups/a/../b/', 'has the path segment ".."'],
    ['s3://backups/./b/', 'has the path segment "."'],
    ['s3://backups/a\tb/', 'has the path segment "a\\tb"'],
    [`s3://backups/${'p'.repeat(800)}/`, 'has a prefix longer than 768 bytes'],
  ])('refuses %j in one line', (uri, expected) => {
    expect(lineOf(() => parseS3Uri(uri))).toContain(expected);
  });

  test.each([
    's3://AKIAEXAMPLE:wJalrXUtnFEMI@backups/db/',
    'https://AKIAEXAMPLE:wJalrXUtnFEMI@backups.example.com/db/',
  ])('refuses credentials in %s without echoing them', (uri) => {
    const line = lineOf(() => parseS3Uri(uri, 'input s3-uri'));
    expect(line).toMatch(/^input s3-uri: a URI holds credentials/);
    expect(line).not.toContain('wJalrXUtnFEMI');
    expect(line).not.toContain('AKIAEXAMPLE');
  });

  test('a list may be empty, and names each destination once', () => {
    expect(parseS3Uris([])).toEqual([]);
    expect(parseS3Uris(['s3://a-1/x', 's3://a-1/y/']).map((l) => l.uri)).toEqual([
      's3://a-1/x/',
      's3://a-1/y/',
    ]);
    expect(lineOf(() => parseS3Uris(['s3://a-1/x', 's3://a-1/x/'], '--s3-uri'))).toBe(
      '--s3-uri: "s3://a-1/x/" is given twice — list each destination once',
    );
  });

  test('object keys are the prefix and the path inside the backup directory', () => {
    const location = parseS3Uri('s3://backups/prod/');
    expect(objectKey(location, 'shop_20260101_000000.dump')).toBe('prod/shop_20260101_000000.dump');
    expect(objectKey(location, 'shop/toc.dat')).toBe('prod/shop/toc.dat');
    expect(objectKey(parseS3Uri('s3://backups'), 'shop.sha256')).toBe('shop.sha256');
  });
});

describe('S3 client settings from the AWS environment', () => {
  test.each([
    [{}, { followRegionRedirects: true }],
    [{ AWS_REGION: 'eu-west-1' }, { region: 'eu-west-1', followRegionRedirects: true }],
    [{ AWS_DEFAULT_REGION: 'eu-north-1' }, { region: 'eu-north-1', followRegionRedirects: true }],
    [
      { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-north-1' },
      { region: 'eu-west-1', followRegionRedirects: true },
    ],
    [
      { AWS_ENDPOINT_URL: 'http://127.0.0.1:9000' },
      {
        region: 'us-east-1',
        endpoint: 'http://127.0.0.1:9000',
        forcePathStyle: true,
        followRegionRedirects: true,
      },
    ],
    [
      { AWS_ENDPOINT_URL: 'http://a:1', AWS_ENDPOINT_URL_S3: 'http://b:2', AWS_REGION: 'auto' },
      { region: 'auto', endpoint: 'http://b:2', forcePathStyle: true, followRegionRedirects: true },
    ],
    [
      { AWS_ENDPOINT_URL: 'http://a:1', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' },
      { followRegionRedirects: true },
    ],
  ])('%j gives %j', (env, expected) => {
    expect(s3ClientConfig(env)).toEqual(expected);
  });
});

describe('local checksums as S3 reports them', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'db-deploy-s3-digest-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  test('parts are 16 MiB, larger when a file would need more than 9,000', () => {
    expect(partSizeFor(0)).toBe(16 * MIB);
    expect(partSizeFor(100 * 1024 * MIB)).toBe(16 * MIB);
    expect(partSizeFor(1024 * 1024 * MIB)).toBe(117 * MIB);
  });

  const sha = (data: Buffer) => createHash('sha256').update(data).digest();

  test.each([
    ['an empty file', 0],
    ['a file of one part', 1000],
    ['a file of exactly one part', 16 * MIB],
    ['a file of two and a bit parts', 32 * MIB + 5],
  ])('%s', async (_what, bytes) => {
    const data = Buffer.alloc(bytes);
    for (let i = 0; i < bytes; i += 4093) data[i] = i % 251;
    const path = join(dir, `f${bytes}`);
    await writeFile(path, data);
    const digest = await digestFile(path, bytes);
    const whole = sha(data).toString('base64');
    const parts: Buffer[] = [];
    for (let at = 0; at < Math.max(bytes, 1); at += 16 * MIB)
      parts.push(sha(data.subarray(at, at + 16 * MIB)));
    const expected =
      parts.length === 1
        ? whole
        : `${sha(Buffer.concat(parts)).toString('base64')}-${parts.length}`;
    expect(digest).toEqual({
      bytes,
      partSize: 16 * MIB,
      parts: parts.length,
      sha256: whole,
      expected,
    });
  });
});

describe('SDK errors as one line', () => {
  const context = {
    uri: 's3://backups/prod/',
    bucket: 'backups',
    prefix: 'prod/',
    kept: 'the backup is kept at /tmp/b/shop.dump',
  };
  const service = (name: string, status: number, message = 'UnknownError') =>
    new S3ServiceException({
      name,
      $fault: 'client',
      $metadata: { httpStatusCode: status },
      message,
    });
  const network = (code: string) =>
    Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code });

  test.each([
    [
      new NoSuchBucket({ message: 'The specified bucket does not exist', $metadata: {} }),
      's3-no-bucket',
      'NoSuchBucket: The specified bucket does not exist — the bucket backups does not exist for these credentials and endpoint: create it, or fix the URI',
    ],
    [
      service('AccessDenied', 403, 'Access Denied'),
      's3-access-denied',
      'AccessDenied: Access Denied — the credentials need s3:PutObject and s3:GetObject (for the size check) on arn:aws:s3:::backups/prod/*',
    ],
    [
      service('Forbidden', 403),
      's3-access-denied',
      'Forbidden — the credentials need s3:PutObject',
    ],
    [service('Unknown', 403), 's3-access-denied', 'Unknown — the credentials need s3:PutObject'],
    [service('InvalidAccessKeyId', 403), 's3-bad-credentials', 'check AWS_ACCESS_KEY_ID'],
    [service('SignatureDoesNotMatch', 403), 's3-bad-credentials', 'check AWS_SECRET_ACCESS_KEY'],
    [service('ExpiredToken', 400), 's3-bad-credentials', 'the session token expired'],
    [service('PermanentRedirect', 301), 's3-wrong-region', "set AWS_REGION to the bucket's region"],
    [service('InternalError', 500), 's3-failed', 'the S3 service failed (the SDK retried)'],
    [service('NotFound', 404), 's3-no-bucket', 'check that the bucket backups exists'],
    [network('ECONNREFUSED'), 's3-unreachable', 'the S3 endpoint could not be reached'],
    [new Error('Region is missing'), 's3-no-region', 'set AWS_REGION'],
  ])('%s', (error, code, expected) => {
    const failure = s3Failure(error, context);
    expect(failure.code).toBe(code);
    expect(failure.toLine()).toMatch(
      /^the backup could not be uploaded to s3:\/\/backups\/prod\/: /,
    );
    expect(failure.toLine()).toContain(expected);
    expect(failure.toLine()).toMatch(/; the backup is kept at \/tmp\/b\/shop\.dump$/);
  });

  test("without credentials anywhere, the SDK's own chain fails and the line says how to set them", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'db-deploy-s3-nocreds-'));
    const cleared = Object.fromEntries(
      Object.keys(process.env)
        .filter((k) => k.startsWith('AWS_'))
        .map((k) => [k, undefined]),
    );
    const undo = setEnv({
      ...cleared,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: join(dir, 'none'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
      AWS_REGION: 'eu-west-1',
      // Nothing listens there: no request may leave the machine, and none is needed.
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    });
    try {
      const path = join(dir, 'shop.dump');
      await writeFile(path, 'PGDMP');
      const uploads = await uploadBackupToS3(
        { path, checksumPath: undefined },
        parseS3Uris(['s3://backups/prod/']),
        silentLogger,
      );
      expect(uploads).toEqual([
        expect.objectContaining({ status: 'failed', code: 's3-no-credentials', keys: [] }),
      ]);
      const line = uploads[0]?.status === 'failed' ? uploads[0].error : '';
      expect(line).toMatch(/^the backup could not be uploaded to s3:\/\/backups\/prod\/: /);
      expect(line).toContain(
        '— no AWS credentials were found: set them with aws-actions/configure-aws-credentials before this step, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from secrets;',
      );
      expect(line).toContain(`the backup is kept at ${path}`);
    } finally {
      undo();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('reporting uploads', () => {
  const uploaded: S3Upload = {
    status: 'uploaded',
    uri: 's3://a-1/p/',
    keys: ['p/x.dump', 'p/x.sha256'],
    bytes: 2048,
    durationMs: 1500,
    checked: 'sha256',
  };
  const failed = (uri: string): S3Upload => ({
    status: 'failed',
    uri,
    keys: [],
    bytes: 0,
    durationMs: 3,
    code: 's3-no-bucket',
    error: `the backup could not be uploaded to ${uri}: NoSuchBucket — …`,
  });

  test('passes when nothing was uploaded or every upload succeeded', () => {
    expect(() => assertS3Uploaded(undefined)).not.toThrow();
    expect(() => assertS3Uploaded([uploaded])).not.toThrow();
  });

  test('throws the failure line, and counts the others', () => {
    expect(lineOf(() => assertS3Uploaded([uploaded, failed('s3://b-1/')]))).toBe(
      'the backup could not be uploaded to s3://b-1/: NoSuchBucket — …',
    );
    expect(lineOf(() => assertS3Uploaded([failed('s3://b-1/'), failed('s3://c-1/')]))).toBe(
      'the backup could not be uploaded to s3://b-1/: NoSuchBucket — … (and 1 more of 2 S3 uploads failed)',
    );
  });

  test('one summary row per destination', () => {
    expect(s3Fact(uploaded)).toBe(
      '✅ `s3://a-1/p/`: 2 objects, 2.0 kB in 1.5s; sizes and sha256 match',
    );
    expect(s3Fact({ ...uploaded, checked: 'size' })).toContain(
      'sizes match (the store reports no sha256)',
    );
    expect(s3Fact(failed('s3://b-1/'))).toBe(
      '❌ `s3://b-1/` upload failed: the backup could not be uploaded to s3://b-1/: NoSuchBucket — …',
    );
    expect(
      s3Fact({ status: 'skipped', uri: 's3://a-1/', reason: 'the restored copy differs' }),
    ).toBe('⏭️ `s3://a-1/` not uploaded: the restored copy differs');
  });
});
