import * as core from '@actions/core';
import { redact } from '../core/db/index.js';
import { secretsOfList } from '../core/fleet/index.js';

const registered: string[] = [];

/**
 * Masks a connection URL, its password and the decoded password, in the runner's log and in
 * everything we write; for a list (database-urls: one `URL` or `name=URL` a line), every line
 * and the URL and passwords of each.
 */
export function registerSecretUrl(rawUrl: string): void {
  for (const secret of secretsOfList(rawUrl)) {
    core.setSecret(secret);
    registered.push(secret);
  }
}

/** Masks plain secret values (an http URL, its password, its query values) like registerSecretUrl does. */
export function registerSecrets(values: readonly string[]): void {
  for (const secret of values) {
    if (!secret) continue;
    core.setSecret(secret);
    registered.push(secret);
  }
}

/** Removes every registered secret from text we write ourselves (summaries, outputs, reports). */
export function scrub(text: string): string {
  return redact(text, registered);
}
