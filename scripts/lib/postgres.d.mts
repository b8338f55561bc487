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
  url: string;
  port: number;
  version: string;
  major: number;
  stop: () => Promise<void>;
  external: boolean;
}>;
export function createDatabase(adminUrl: string, name: string): Promise<string>;
