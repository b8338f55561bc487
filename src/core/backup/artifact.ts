// Decision record: docs/adr/0008-backups-as-github-artifacts.md (ADR 0008).
import { readdir } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { DbDeployError } from '../errors.js';

/**
 * A backup as a GitHub artifact: which files go in, how hard to zip them, and how to find the
 * archive again in a downloaded artifact. Host-free: the upload and download themselves live in
 * src/github/artifact.ts.
 */

/** What to upload: the archive (every file of a directory-format archive) and its `.sha256`. */
export interface ArtifactContent {
  /** Absolute paths of the files. */
  files: string[];
  /** The directory the paths inside the artifact are relative to (the backup directory). */
  rootDirectory: string;
  /**
   * zlib level of the artifact's zip: 0 (store) for an archive pg_dump compressed already,
   * where zipping again costs time and saves nothing; 6 (zlib's default) otherwise.
   */
  compressionLevel: number;
}

/** What the backup action uploads, from its inputs. */
export interface ArtifactUploadOptions {
  /** The artifact's name; undefined: the backup's name. */
  name: string | undefined;
  /** Days until GitHub deletes it (1–90); undefined: the repository's default. */
  retentionDays: number | undefined;
}

/** An uploaded artifact, as outputs and the summary show it. */
export interface UploadedArtifact {
  name: string;
  id: number;
  /** Bytes uploaded (the zip). */
  sizeBytes: number;
  /** `sha256:<hex>` of the zip as uploaded, when the service reported it. */
  digest: string | undefined;
  retentionDays: number | undefined;
  /** The artifact's page on GitHub, when the run is known. */
  url: string | undefined;
}

/** The artifact a restored archive was downloaded from. */
export interface DownloadedArtifact {
  name: string;
  id: number;
  sizeBytes: number;
  /** The workflow run it came from; undefined: this run. */
  runId: number | undefined;
  repository: string | undefined;
  /** The archive's path inside the artifact (e.g. `shop_20260102_030405.dump`). */
  archive: string;
}

/** Characters GitHub refuses in an artifact name. */
const FORBIDDEN = /["':<>|*?\\/\r\n]/;

/** Refuses an artifact name GitHub would refuse, before anything is dumped or downloaded. */
export function validateArtifactName(name: string, input = 'artifact-name'): void {
  if (!name.trim() || FORBIDDEN.test(name))
    throw new DbDeployError('bad-input', `input ${input}: "${name}" is not a valid artifact name`, {
      hint: 'use a non-empty name without " \' : < > | * ? \\ / or line breaks',
    });
}

/**
 * The backup action's artifact options, or undefined when nothing is to be uploaded. An
 * artifact-name or retention-days without upload-artifact is refused: it would silently not upload.
 */
export function artifactUploadOptions(
  upload: boolean,
  name: string | undefined,
  retentionDays: number | undefined,
): ArtifactUploadOptions | undefined {
  if (!upload) {
    const stray = name !== undefined ? 'artifact-name' : retentionDays ? 'retention-days' : '';
    if (stray)
      throw new DbDeployError('bad-input', `input ${stray} is set but upload-artifact is false`, {
        hint: `set upload-artifact: true to upload the backup, or remove ${stray}`,
      });
    return undefined;
  }
  if (name !== undefined) validateArtifactName(name);
  return { name, retentionDays };
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    out.push(...(entry.isDirectory() ? await filesUnder(path) : [path]));
  }
  return out.sort();
}

/**
 * The files of a backup for its artifact: the archive file, or every file under a
 * directory-format archive, and the `.sha256` when one was written; paths inside the artifact are
 * relative to the backup directory, so it holds `NAME.dump` + `NAME.sha256` or `NAME/toc.dat`, ….
 */
export async function artifactContent(backup: {
  path: string;
  format: string;
  compression: string;
  checksumPath: string | undefined;
}): Promise<ArtifactContent> {
  const archive = backup.format === 'directory' ? await filesUnder(backup.path) : [backup.path];
  const compressed = backup.format !== 'plain' && backup.compression !== 'none';
  return {
    files: [...archive, ...(backup.checksumPath ? [backup.checksumPath] : [])],
    rootDirectory: dirname(backup.path),
    compressionLevel: compressed ? 0 : 6,
  };
}

/** Archives under `dir`: `.dump` / `.sql` files (also `.zst`, `.gz`) and directories holding `toc.dat`. */
async function archivesUnder(dir: string, depth = 0): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  if (entries.some((e) => e.isFile() && e.name === 'toc.dat')) return [dir];
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth < 4) found.push(...(await archivesUnder(path, depth + 1)));
    else if (entry.isFile() && /\.(dump|sql)(\.(zst|gz))?$/.test(entry.name)) found.push(path);
  }
  return found;
}

/**
 * The one backup archive in a downloaded artifact: a `.dump`, `.dump.zst`, `.sql` or `.sql.gz` file, or a directory
 * holding `toc.dat` (a directory-format dump, possibly the artifact itself), at any depth. None or several is an error that
 * names what the artifact holds.
 * @param artifact the artifact's name, for the error message
 */
export async function findArchive(dir: string, artifact: string): Promise<string> {
  const found = await archivesUnder(dir);
  if (found.length === 1) return found[0] as string;
  const names = found.map((path) => relative(dir, path) || basename(path));
  if (found.length > 1)
    throw new DbDeployError(
      'artifact-ambiguous',
      `artifact ${artifact} holds ${found.length} backup archives (${names.slice(0, 5).join(', ')})`,
      {
        hint: 'upload one backup per artifact (the backup action does), or restore with backup-path',
      },
    );
  const held = (await filesUnder(dir)).map((path) => relative(dir, path));
  throw new DbDeployError(
    'artifact-without-backup',
    `artifact ${artifact} holds no backup archive (${held.length ? held.slice(0, 5).join(', ') : 'it is empty'})`,
    {
      hint: 'restore an artifact the backup action uploaded: a .dump, .dump.zst or .sql file, or a directory with toc.dat',
    },
  );
}
