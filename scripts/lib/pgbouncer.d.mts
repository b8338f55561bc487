export function findPgBouncer(): string | undefined;
export function startPgBouncer(options: {
  databases: Record<string, string>;
  users?: Record<string, string>;
  adminUser?: string;
  adminPassword?: string;
  poolMode?: 'transaction' | 'session';
  authType?: 'scram-sha-256' | 'md5';
  settings?: Record<string, string | number>;
  runAs?: string;
  timeoutMs?: number;
}): Promise<{
  port: number;
  url: (database: string, user?: string) => string;
  adminUrl: string;
  configPath: string;
  authFile: string;
  dir: string;
  binary: string;
  pid: number | undefined;
  logs: () => string[];
  stop: () => Promise<void>;
}>;
export function databaseEntry(url: string, dbname?: string): string;
