import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { S3Client } from '@aws-sdk/client-s3';
import { freePort } from '../../scripts/lib/postgres.mjs';
import { deadline } from './deadline.js';

/**
 * A real S3 service for the tests: Ceph's RADOS Gateway (Debian's `radosgw`) in front of a
 * one-node Ceph cluster — one monitor and one OSD keeping its objects in memory (memstore) — on
 * loopback ports, in a temporary directory removed on stop. Starts in about 12 s, uses ~150 MB of
 * memory. Authentication between the Ceph daemons is off (loopback only); S3 requests are signed
 * and checked as on any S3 service.
 */

const run = promisify(execFile);

/** The Debian packages and the binaries they bring. */
export const S3_SERVER_PACKAGES = ['ceph-mon', 'ceph-osd', 'radosgw'];
export const S3_SERVER_BINARIES = ['ceph-mon', 'ceph-osd', 'radosgw', 'radosgw-admin', 'ceph'];

export interface S3Keys {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface S3Server {
  /** `http://127.0.0.1:PORT`: set AWS_ENDPOINT_URL to it. */
  endpoint: string;
  /** The keys of the first user. */
  keys: S3Keys;
  /** Creates another S3 user (its own buckets, no access to the others'). */
  addUser(uid: string): Promise<S3Keys>;
  stop(): Promise<void>;
}

function config(dir: string, monPort: number, rgwPort: number, fsid: string): string {
  return `[global]
fsid = ${fsid}
mon_host = v2:127.0.0.1:${monPort}
auth_cluster_required = none
auth_service_required = none
auth_client_required = none
# With authentication off, only the crc connection mode remains (the default "secure" needs cephx).
ms_mon_client_mode = crc
ms_mon_service_mode = crc
ms_mon_cluster_mode = crc
ms_client_mode = crc
ms_service_mode = crc
ms_cluster_mode = crc
osd_pool_default_size = 1
osd_pool_default_min_size = 1
mon_allow_pool_size_one = true
osd_pool_default_pg_num = 8
osd_pool_default_pgp_num = 8
osd_pool_default_pg_autoscale_mode = off
osd_crush_chooseleaf_type = 0
mon_warn_on_pool_no_redundancy = false
mon_data_avail_warn = 1
run_dir = ${dir}/run
admin_socket = ${dir}/run/$name.asok
log_file = ${dir}/log/$name.log
mon_data = ${dir}/mon/$name
osd_data = ${dir}/osd/$name
osd_objectstore = memstore
memstore_device_bytes = 2147483648
[client.rgw]
rgw_frontends = beast endpoint=127.0.0.1:${rgwPort}
`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the cluster and the gateway; rejects (after stopping what started) within 2 minutes. */
export async function startS3Server(): Promise<S3Server> {
  const dir = await mkdtemp(join(tmpdir(), 'db-deploy-s3-'));
  const children: ChildProcess[] = [];
  const conf = join(dir, 'ceph.conf');
  const c = ['-c', conf];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  const daemon = (command: string, args: string[]) => {
    const child = spawn(command, [...c, ...args, '-f'], { stdio: 'ignore' });
    child.on('error', () => undefined);
    children.push(child);
    return child;
  };
  const tool = async (command: string, args: string[]) =>
    (await run(command, [...c, ...args], { timeout: 60_000 })).stdout;
  try {
    for (const sub of ['mon', 'osd', 'run', 'log']) await mkdir(join(dir, sub));
    const [monPort, rgwPort] = [await freePort(), await freePort()];
    const fsid = randomUUID();
    await writeFile(conf, config(dir, monPort, rgwPort, fsid));
    const monmap = join(dir, 'monmap');
    await run('monmaptool', [
      '--create',
      '--addv',
      'a',
      `[v2:127.0.0.1:${monPort}]`,
      '--fsid',
      fsid,
      monmap,
    ]);
    await tool('ceph-mon', ['--mkfs', '-i', 'a', '--monmap', monmap]);
    daemon('ceph-mon', ['-i', 'a']);
    const id = (await tool('ceph', ['osd', 'create'])).trim();
    await mkdir(join(dir, 'osd', `osd.${id}`));
    await tool('ceph-osd', ['-i', id, '--mkfs']);
    daemon('ceph-osd', ['-i', id]);
    const gateway = daemon('radosgw', ['-n', 'client.rgw']);
    const endpoint = `http://127.0.0.1:${rgwPort}`;
    const end = deadline(120_000);
    for (;;) {
      const up = await fetch(endpoint).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (gateway.exitCode !== null || end.passed()) {
        const log = await readFile(join(dir, 'log', 'client.rgw.log'), 'utf8').catch(() => '');
        throw new Error(`radosgw did not start:\n${log.split('\n').slice(-15).join('\n')}`);
      }
      await sleep(200);
    }
    const addUser = async (uid: string): Promise<S3Keys> => {
      const keys = {
        accessKeyId: `AK${randomBytes(9).toString('hex').toUpperCase()}`,
        secretAccessKey: randomBytes(24).toString('base64url'),
      };
      await tool('radosgw-admin', [
        'user',
        'create',
        `--uid=${uid}`,
        `--display-name=${uid}`,
        `--access-key=${keys.accessKeyId}`,
        `--secret-key=${keys.secretAccessKey}`,
      ]);
      return keys;
    };
    return { endpoint, keys: await addUser('backups'), addUser, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** An SDK client of the test service, signed with `keys` (default: the first user's). */
export function s3TestClient(server: S3Server, keys: S3Keys = server.keys): S3Client {
  return new S3Client({
    region: 'us-east-1',
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: keys,
  });
}

/**
 * The AWS environment a runner has after aws-actions/configure-aws-credentials, pointed at the
 * test service; `dir` holds the (absent) config files, so nothing on the machine is read.
 */
export function runnerAwsEnv(
  server: S3Server,
  keys: S3Keys,
  dir: string,
): Record<string, string | undefined> {
  return {
    AWS_ACCESS_KEY_ID: keys.accessKeyId,
    AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
    AWS_SESSION_TOKEN: undefined,
    AWS_PROFILE: undefined,
    AWS_REGION: undefined,
    AWS_DEFAULT_REGION: undefined,
    AWS_ENDPOINT_URL: server.endpoint,
    AWS_ENDPOINT_URL_S3: undefined,
    // Never ask an instance metadata service (nothing but loopback is reached from tests).
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(dir, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-aws-credentials'),
  };
}
