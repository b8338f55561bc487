// Generates the input and output tables of the READMEs from each action's action.yml, the
// source of truth for both. A README asks for a table with a pair of markers:
//
//   <!-- inputs:migrate:start -->  …  <!-- inputs:migrate:end -->
//   <!-- outputs:migrate:start --> …  <!-- outputs:migrate:end -->
//
// where `migrate` names the folder holding action.yml. Everything between the markers is
// replaced. `--check` rewrites nothing and exits 1 when a README differs from what would be
// written (CI runs it); exit 2 means a marker or an action.yml is broken.
//
// Usage: node scripts/readme-tables.mjs [--check]
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { inputType } from './lib/input-type.mjs';
import { runAsScript } from './lib/run-as-script.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const READMES = [
  'migrate/README.md',
  'validate/README.md',
  'backup/README.md',
  'restore/README.md',
  'monitor/README.md',
  'blue-green-switch/README.md',
];
const MARKER = /<!-- (inputs|outputs):([a-z][a-z0-9-]*):start -->[\s\S]*?<!-- \1:\2:end -->/g;

/** Text safe inside a Markdown table cell: no pipes, no line breaks, no raw HTML. */
function cell(text) {
  return String(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|');
}

function inputsTable(action, inputs) {
  const rows = Object.entries(inputs).map(([name, input]) => {
    const value =
      input.default === undefined || input.default === null ? '' : String(input.default);
    const fallback = input.required ? '**required**' : value === '' ? '*(empty)*' : `\`${value}\``;
    return `| \`${name}\` | ${inputType(name, input)} | ${fallback} | ${cell(input.description ?? '')} |`;
  });
  return [
    `<!-- Generated from ${action}/action.yml by \`npm run docs\`; edit action.yml, not this table. -->`,
    '| Input | Type | Default | Description |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function outputsTable(action, outputs) {
  const rows = Object.entries(outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description ?? '')} |`,
  );
  return [
    `<!-- Generated from ${action}/action.yml by \`npm run docs\`; edit action.yml, not this table. -->`,
    '| Output | Description |',
    '| --- | --- |',
    ...rows,
  ].join('\n');
}

const metadata = new Map();

async function actionMetadata(action) {
  if (!metadata.has(action)) {
    const file = join(ROOT, action, 'action.yml');
    if (!existsSync(file))
      throw new Error(
        `a README marker names "${action}", but ${relative(ROOT, file)} does not exist`,
      );
    const doc = /** @type {{ inputs?: object, outputs?: object } | null} */ (
      load(await readFile(file, 'utf8'))
    );
    if (!doc || typeof doc !== 'object')
      throw new Error(`${relative(ROOT, file)} is not a YAML mapping`);
    metadata.set(action, { inputs: doc.inputs ?? {}, outputs: doc.outputs ?? {} });
  }
  return metadata.get(action);
}

/** The README with every marked region regenerated. */
async function render(text) {
  const regions = [...text.matchAll(MARKER)];
  for (const [, , action] of regions) await actionMetadata(action);
  const out = text.replace(MARKER, (_region, kind, action) => {
    const meta = metadata.get(action);
    const table =
      kind === 'inputs' ? inputsTable(action, meta.inputs) : outputsTable(action, meta.outputs);
    return `<!-- ${kind}:${action}:start -->\n${table}\n<!-- ${kind}:${action}:end -->`;
  });
  return { text: out, regions: regions.length };
}

async function main(argv) {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    console.error(
      `readme-tables: unknown argument ${unknown[0]} — usage: node scripts/readme-tables.mjs [--check]`,
    );
    return 2;
  }
  const stale = [];
  for (const readme of READMES) {
    const path = join(ROOT, readme);
    if (!existsSync(path)) {
      console.error(`readme-tables: ${readme} does not exist`);
      return 2;
    }
    const before = await readFile(path, 'utf8');
    const { text, regions } = await render(before);
    if (regions === 0) {
      console.error(
        `readme-tables: ${readme} has no <!-- inputs:<action>:start --> or <!-- outputs:<action>:start --> markers`,
      );
      return 2;
    }
    if (text === before) continue;
    stale.push(readme);
    if (!check) await writeFile(path, text);
  }
  if (check && stale.length > 0) {
    console.error(
      `readme-tables: out of date with action.yml: ${stale.join(', ')} — run npm run docs and commit the result`,
    );
    return 1;
  }
  console.log(
    stale.length > 0
      ? `readme-tables: updated ${stale.join(', ')}`
      : `readme-tables: ${READMES.join(', ')} up to date`,
  );
  return 0;
}

await runAsScript(import.meta.url, 'readme-tables', main);
