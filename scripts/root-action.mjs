// Generates the root action.yml from the per-action action.yml files, the one declaration of
// every input and output. The root action runs whichever action `command:` names with that
// action's inputs (src/actions/main.ts), so it declares the union of their inputs and outputs:
// each described once per action that reads it ("backup, restore: …", or one description per
// action when they differ), defaults shared (the contract test checks they agree), none required
// (which ones are depends on the command). blue-green-switch's own `command` input is
// `blue-green-command` in the root action.
//
// Usage: node scripts/root-action.mjs [--check]   (--check writes nothing, exits 1 when stale)
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { runAsScript } from './lib/run-as-script.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The actions `command:` picks, in the order of their inputs in the root action. */
export const ROOT_COMMANDS = [
  'migrate',
  'validate',
  'backup',
  'restore',
  'monitor',
  'blue-green-switch',
];

/** Inputs renamed in the root action, where `command` is taken by the root's own choice. */
const RENAMED = { 'blue-green-switch': { command: 'blue-green-command' } };

const HEADER = {
  name: 'db-deploy',
  description:
    'Safe PostgreSQL deployments. command: picks the action (migrate, validate, backup, restore, monitor or blue-green-switch).',
  command:
    "Which db-deploy action to run. Available: migrate, validate, backup, restore, monitor, blue-green-switch. Each takes the inputs of its own action folder (blue-green-switch's own command: is blue-green-command here).",
};

/** A YAML single-quoted scalar, as every action.yml of the repository writes them. */
const quote = (text) => `'${String(text).replace(/'/g, "''")}'`;

/** "Directory …" → "directory …" after a prefix; "PostgreSQL …" keeps its capitals. */
function afterPrefix(text) {
  const word = /^[A-Za-z]+/.exec(text)?.[0] ?? '';
  return /^[A-Z][a-z]+$/.test(word) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** One description naming the actions that read the input, grouped by identical wording. */
function describe(owners) {
  const groups = new Map();
  for (const { action, description } of owners) {
    const text = String(description ?? '').trim();
    groups.set(text, [...(groups.get(text) ?? []), action]);
  }
  return [...groups]
    .map(([text, actions]) => `${actions.join(', ')}: ${afterPrefix(text)}`)
    .join(' ');
}

/** Every declaration of `kind` (inputs or outputs) across the actions, by root name, in order. */
function union(actions, kind) {
  const out = new Map();
  for (const [action, doc] of actions)
    for (const [name, declared] of Object.entries(doc[kind] ?? {})) {
      const rootName = RENAMED[action]?.[name] ?? name;
      out.set(rootName, [...(out.get(rootName) ?? []), { action, ...declared }]);
    }
  return out;
}

/** The root action.yml text, from the per-action action.yml files under `root`. */
export async function renderRootAction(root = ROOT) {
  const actions = [];
  for (const action of ROOT_COMMANDS)
    actions.push([action, load(await readFile(join(root, action, 'action.yml'), 'utf8'))]);
  const lines = [
    '# Generated from <action>/action.yml by `npm run docs` (scripts/root-action.mjs): edit those.',
    `name: ${quote(HEADER.name)}`,
    `description: ${quote(HEADER.description)}`,
    `author: 'db-deploy'`,
    'branding:',
    `  icon: 'database'`,
    `  color: 'blue'`,
    'inputs:',
    '  command:',
    `    description: ${quote(HEADER.command)}`,
    '    required: false',
    `    default: 'migrate'`,
  ];
  for (const [name, owners] of union(actions, 'inputs')) {
    const defaults = [...new Set(owners.map((o) => String(o.default ?? '')))];
    if (defaults.length > 1)
      throw new Error(
        `input ${name} has different defaults (${owners.map((o) => `${o.action}: ${quote(o.default ?? '')}`).join(', ')}): the root action can declare only one`,
      );
    lines.push(
      `  ${name}:`,
      `    description: ${quote(describe(owners))}`,
      '    required: false',
      `    default: ${quote(defaults[0])}`,
    );
  }
  lines.push('outputs:');
  for (const [name, owners] of union(actions, 'outputs'))
    lines.push(`  ${name}:`, `    description: ${quote(describe(owners))}`);
  lines.push('runs:', `  using: 'node24'`, `  main: 'dist/main/index.js'`, '');
  return lines.join('\n');
}

async function main(argv) {
  const check = argv.includes('--check');
  const path = join(ROOT, 'action.yml');
  const text = await renderRootAction();
  if (text === (await readFile(path, 'utf8'))) {
    console.log('root-action: action.yml up to date');
    return 0;
  }
  if (check) {
    console.error(
      'root-action: action.yml is out of date with the per-action action.yml files — run npm run docs and commit the result',
    );
    return 1;
  }
  await writeFile(path, text);
  console.log('root-action: updated action.yml');
  return 0;
}

await runAsScript(import.meta.url, 'root-action', main);
