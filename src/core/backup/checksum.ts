import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** sha256 of one file, hex, streamed (archives can be many gigabytes). */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Every file under `dir`, as paths relative to it with `/` separators, sorted by code point. */
export async function filesUnder(dir: string, root = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full, root)));
    else out.push(relative(root, full).split('\\').join('/'));
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * sha256 of an archive: of the file itself, or for a directory-format dump a deterministic
 * digest: the sha256 of the text `sha256sum` would print for its files in sorted order
 * (`<hex>  <relative path>\n` per file), so anyone can recompute it with
 * `(cd DIR && find . -type f | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum) | sha256sum`.
 */
export async function sha256Archive(path: string): Promise<string> {
  if (!(await stat(path)).isDirectory()) return sha256File(path);
  const lines: string[] = [];
  for (const file of await filesUnder(path)) {
    lines.push(`${await sha256File(join(path, file))}  ${file}\n`);
  }
  return createHash('sha256').update(lines.join('')).digest('hex');
}

/** Total size in bytes of a file, or of every file in a directory. */
export async function archiveSize(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const file of await filesUnder(path)) total += (await stat(join(path, file))).size;
  return total;
}

/** Writes `<hex>  <archive file name>\n` (sha256sum's format) to `checksumPath`. */
export async function writeChecksum(
  checksumPath: string,
  archivePath: string,
  hex: string,
): Promise<void> {
  await writeFile(checksumPath, `${hex}  ${basename(archivePath)}\n`);
}

/** The digest in a sha256sum-format file, or undefined when the file is not in that format. */
export async function readChecksum(checksumPath: string): Promise<string | undefined> {
  const text = await readFile(checksumPath, 'utf8');
  return /^([0-9a-f]{64})\s/i.exec(text)?.[1]?.toLowerCase();
}
