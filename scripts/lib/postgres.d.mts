export const LOGICAL_FLAGS: readonly string[];
export function freePort(): Promise<number>;
export function startPostgres(options?: {
  postgresFlags?: string[];
  quiet?: boolean;
  major?: 15;
}): Promise<{
  url: string;
  port: number;
  version: string;
  stop: () => Promise<void>;
  external: boolean;
}>;
export function createDatabase(adminUrl: string, name: string): Promise<string>;
