export const LOGICAL_FLAGS: readonly string[];
export const PG_MAJORS: readonly number[];
export const NEWEST_MAJOR: number;
export function freePort(): Promise<number>;
export function requestedMajor(): number | undefined;
export function serverMajor(): number;
export function pgDumpMajor(): number | undefined;
export function dumpableMajor(): number;
export function embeddedTempDir(major?: number): Promise<string>;
export function startPostgres(options?: {
  postgresFlags?: string[];
  quiet?: boolean;
  major?: number;
}): Promise<{
  /** The URL the tests use: the superuser's, or the managed role's (DB_DEPLOY_TEST_ROLE=managed). */
  url: string;
  /** The superuser's URL, for what only a superuser may set up (external server: `url`). */
  superuserUrl: string;
  port: number;
  version: string;
  major: number;
  stop: () => Promise<void>;
  external: boolean;
}>;
export function createDatabase(adminUrl: string, name: string): Promise<string>;
export function testRole(): 'superuser' | 'managed';
export const MANAGED_ROLE: Readonly<{ name: string; password: string }>;
