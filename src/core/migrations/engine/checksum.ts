import { createHash } from 'node:crypto';

/**
 * sha256 of a migration's text, normalised so that a checkout with CRLF line endings or a
 * byte-order mark does not look like an edit.
 */
export function migrationChecksum(content: string): string {
  const normalised = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}
