import type { S3Upload } from '../backup/index.js';
import { formatDuration } from '../duration.js';
import { assertNever } from '../errors.js';
import { code } from './markdown.js';
import { formatBytes } from '../units.js';

/** The summary's row for one S3 destination: what was stored and how it was checked, or why not. */
export function s3Fact(upload: S3Upload): string {
  switch (upload.status) {
    case 'uploaded': {
      const objects = `${upload.keys.length} object${upload.keys.length === 1 ? '' : 's'}`;
      const checked =
        upload.checked === 'sha256'
          ? 'sizes and sha256 match'
          : 'sizes match (the store reports no sha256)';
      return `✅ ${code(upload.uri)}: ${objects}, ${formatBytes(upload.bytes)} in ${formatDuration(upload.durationMs)}; ${checked}`;
    }
    case 'failed':
      return `❌ ${code(upload.uri)} upload failed: ${upload.error}`;
    case 'skipped':
      return `⏭️ ${code(upload.uri)} not uploaded: ${upload.reason}`;
    default:
      return assertNever(upload);
  }
}
