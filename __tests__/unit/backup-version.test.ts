import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPgTool, listTools } from '../../src/core/backup/discovery.js';
import {
  chooseTool,
  parseToolVersion,
  serverMajor,
  type PgTool,
} from '../../src/core/backup/tool-version.js';
import { isDbDeployError } from '../../src/core/errors.js';
import { silentLogger } from '../../src/core/logger.js';

describe('pg_dump --version parsing', () => {
  test.each([
    ['pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)', '15.18', 15],
    ['pg_restore (PostgreSQL) 17.2', '17.2', 17],
    ['pg_dump (PostgreSQL) 18beta1', '18beta1', 18],
    ['pg_dump (PostgreSQL) 16.4 (Homebrew)', '16.4', 16],
    ['pg_dump (PostgreSQL) 9.6.24', '9.6', 9],
  ])('%j → %s (major %d)', (output, version, major) => {
    expect(parseToolVersion(output)).toEqual({ version, major });
  });

  test('unreadable output gives undefined', () => {
    expect(parseToolVersion('command not found')).toBeUndefined();
  });

  test('server_version_num gives the major', () => {
    expect([serverMajor(150018), serverMajor(180001), serverMajor(90624)]).toEqual([15, 18, 9]);
  });
});

describe('choosing a binary for a server', () => {
  const tool = (major: number, path = `/pg${major}/pg_dump`): PgTool => ({
    path,
    version: `${major}.1`,
    major,
  });
  test.each([
    [[15, 17, 16], 16, 16],
    [[17, 15], 15, 15],
    [[14, 15], 16, undefined],
    [[], 15, undefined],
  ])('candidates %j for server %d → %s', (majors, server, expected) => {
    expect(
      chooseTool(
        majors.map((m) => tool(m)),
        server,
      )?.major,
    ).toBe(expected);
  });

  test('among equal majors, the first found (PATH before the usual locations) wins', () => {
    expect(chooseTool([tool(16, '/usr/bin/pg_dump'), tool(16, '/opt/pg_dump')], 16)?.path).toBe(
      '/usr/bin/pg_dump',
    );
  });
});

describe('finding pg_dump on disk', () => {
  let root: string;
  const fake = async (dir: string, version: string) => {
    await mkdir(dir, { recursive: true });
    const path = join(dir, 'pg_dump');
    await writeFile(path, `#!/bin/sh\necho "pg_dump (PostgreSQL) ${version}"\n`);
    await chmod(path, 0o755);
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'db-deploy-discovery-'));
    await fake(join(root, 'path-bin'), '14.9');
    await fake(join(root, 'lib/postgresql/17/bin'), '17.2');
    await fake(join(root, 'lib/postgresql/16/bin'), '16.6');
    await fake(join(root, 'lib/postgresql/18/bin'), '18.1');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const options = () => ({
    path: join(root, 'path-bin'),
    locations: [join(root, 'lib/postgresql/*/bin'), join(root, 'nowhere-*/bin')],
  });

  test('lists PATH first, then the usual locations in version order', async () => {
    expect((await listTools('pg_dump', options())).map((t) => t.version)).toEqual([
      '14.9',
      '16.6',
      '17.2',
      '18.1',
    ]);
  });

  test('chooses the lowest major that can read the server', async () => {
    expect((await findPgTool('pg_dump', 15, silentLogger, options())).version).toBe('16.6');
    expect((await findPgTool('pg_dump', 14, silentLogger, options())).version).toBe('14.9');
  });

  test('an explicit bin directory is the only place searched', async () => {
    const only = { binDir: join(root, 'lib/postgresql/18/bin') };
    expect((await findPgTool('pg_dump', 15, silentLogger, only)).version).toBe('18.1');
  });

  test('too old: one line naming the server major, the versions found and how to install', async () => {
    const error = await findPgTool('pg_dump', 19, silentLogger, options()).catch((e: unknown) => e);
    expect(isDbDeployError(error) && error.code).toBe('pg-dump-too-old');
    const line = (error as { toLine(): string }).toLine();
    expect(line).toMatch(/^pg_dump is too old for a PostgreSQL 19 server: found 14\.9 .*18\.1 /);
    expect(line).toContain('sudo apt-get install postgresql-client-19');
    expect(line).not.toContain('\n');
  });

  test('missing: says so, and how to install', async () => {
    const error = await findPgTool('pg_dump', 17, silentLogger, {
      path: join(root, 'empty'),
      locations: [],
    }).catch((e: unknown) => e);
    expect(isDbDeployError(error) && error.code).toBe('pg-dump-missing');
    expect((error as { toLine(): string }).toLine()).toContain('postgresql-client-17');
  });
});
