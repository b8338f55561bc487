export const SOURCE_HASH_PREFIX: string;
export function sourceHash(root: string): Promise<string>;
export function bundleSourceHash(code: string): string | undefined;
