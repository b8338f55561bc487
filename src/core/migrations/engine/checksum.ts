import { createHash } from 'node:crypto';
import { withoutMetadata } from '../metadata.js';

/**
 * sha256 of a migration's text, normalised so that a checkout with CRLF line endings or a
 * byte-order mark does not look like an edit.
 */
export function migrationChecksum(content: string): string {
  const normalised = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}

/**
 * The checksum of a migration module (JS/TS) and the earlier form that counts as the same text.
 * Its metadata block of plain data (`exports.config = { … }`, see metadata.ts) is left out, so
 * editing only what a migration declares about itself is not an edit of what ran; anything else
 * in the file — code, and a block that is not plain data — is covered. A checksum recorded over
 * the whole text (before the block was left out) is still accepted.
 */
export function moduleChecksum(content: string): { checksum: string; accepted?: string[] } {
  const code = withoutMetadata(content);
  const checksum = migrationChecksum(code);
  return code === content ? { checksum } : { checksum, accepted: [migrationChecksum(content)] };
}
