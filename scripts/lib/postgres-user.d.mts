export function runningAsRoot(): boolean;
export function systemUser(name: string): { uid: number; gids: number[] } | undefined;
export function blockedDirectory(
  path: string,
  user: { uid: number; gids: number[] },
): { dir: string; mode: string } | undefined;
export function reachableTempDir(user: { uid: number; gids: number[] }): string | undefined;
export function checkRootSetup(
  binDir: string,
  probe?: { asRoot?: boolean; userName?: string; canCreateUser?: boolean },
): { tempDir?: string };
