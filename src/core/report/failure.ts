import { VERSION } from '../version.js';
import { cell, footer } from './markdown.js';

/** The job summary of a step that failed before it produced any result. */
export function renderFailure(action: string, line?: string): string {
  const title = `## ❌ db-deploy${action ? ` ${action}` : ''} failed`;
  return [title, ...(line ? ['', `> ${cell(line)}`] : []), '', footer(VERSION)].join('\n');
}
