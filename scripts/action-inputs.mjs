// Generates src/generated/action-inputs.ts from the per-action action.yml files, the one
// declaration of every input and output. The module carries, per action, each input's type (the
// docs' Type column), default, whether it is required and the first sentence of its description:
// the typed input readers of the actions (src/github/inputs.ts) take names and defaults from it,
// and the CLI builds its options, its --help lines and its defaults from it (src/cli/inputs.ts).
// A name that is not declared does not compile; a default is written once, in action.yml.
//
// Usage: node scripts/action-inputs.mjs [--check]   (--check writes nothing, exits 1 when stale)
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { format, resolveConfig } from 'prettier';
import { inputType } from './lib/input-type.mjs';
import { runAsScript } from './lib/run-as-script.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED = 'src/generated/action-inputs.ts';

/** The action folders, in a stable order; `root` is the repository's own action.yml (`command:`). */
export const ACTION_FOLDERS = [
  'migrate',
  'validate',
  'backup',
  'restore',
  'monitor',
  'blue-green-switch',
  'root',
];

/**
 * The first sentence of a description: up to the first full stop that ends a word and is
 * followed by a capital, a parenthesis or the end (so `e.g. a` and `0.05` do not end it).
 * @param {string} text
 */
export function firstSentence(text) {
  const flat = String(text).replace(/\s+/g, ' ').trim();
  const end = /(?<!\be\.g|\bi\.e|\betc|\.)\.(?=\s+[A-Z(`]|$)/.exec(flat);
  return end ? flat.slice(0, end.index + 1) : flat;
}

/** @param {unknown} value */
const text = (value) => (value === undefined || value === null ? '' : String(value));

/**
 * The module's text for the action.yml files under `root`.
 * @param {string} [root]
 */
export async function renderActionInputs(root = ROOT) {
  const inputs = {};
  const outputs = {};
  for (const action of ACTION_FOLDERS) {
    const doc = /** @type {{ inputs?: Record<string, any>, outputs?: Record<string, any> }} */ (
      load(await readFile(join(root, action === 'root' ? '.' : action, 'action.yml'), 'utf8'))
    );
    // The root action declares the union of the others: keep only its own (command, which
    // picks the action, and blue-green-command).
    const own = Object.entries(doc.inputs ?? {}).filter(
      ([name]) =>
        action !== 'root' ||
        name === 'command' ||
        !Object.values(inputs).some((seen) => name in seen),
    );
    inputs[action] = Object.fromEntries(
      own.map(([name, input]) => [
        name,
        {
          type: inputType(name, input),
          default: text(input.default),
          required: input.required === true,
          summary: firstSentence(text(input.description)),
        },
      ]),
    );
    if (action !== 'root') outputs[action] = Object.keys(doc.outputs ?? {});
  }
  const source = `// Generated from the action.yml files by \`npm run docs\` (scripts/action-inputs.mjs): edit
// action.yml, not this file. __tests__/unit/generated-files.test.ts fails when it drifts.

/**
 * Every input each action declares: its type (the docs' Type column), its default, whether it is
 * required, and the first sentence of its description (the CLI's --help).
 */
export const ACTION_INPUTS = ${JSON.stringify(inputs, null, 2)} as const;

/** Every output each action declares. */
export const ACTION_OUTPUTS = ${JSON.stringify(outputs, null, 2)} as const;

/** An action folder. */
export type ActionName = keyof typeof ACTION_INPUTS;
/** The inputs every action of \`A\` declares (for a union, the inputs they share). */
export type InputName<A extends ActionName> = keyof (typeof ACTION_INPUTS)[A] & string;
/** The declared type of an input. */
export type InputType = 'String' | 'Secret URL' | 'Duration' | 'Boolean' | 'Integer' | 'List';
/** The inputs of \`A\` declared with type \`T\`. */
export type InputOfType<A extends ActionName, T extends InputType> = {
  [K in InputName<A>]: (typeof ACTION_INPUTS)[A][K] extends { type: T } ? K : never;
}[InputName<A>];
/** The outputs \`A\` declares. */
export type OutputName<A extends keyof typeof ACTION_OUTPUTS> = (typeof ACTION_OUTPUTS)[A][number];
`;
  // The repository's Prettier settings, wherever `root` is (the tests render copies elsewhere).
  const config = (await resolveConfig(join(ROOT, GENERATED))) ?? {};
  return format(source, { ...config, filepath: join(root, GENERATED) });
}

async function main(argv) {
  const check = argv.includes('--check');
  const path = join(ROOT, GENERATED);
  const want = await renderActionInputs();
  const have = await readFile(path, 'utf8').catch(() => '');
  if (want === have) {
    console.log(`action-inputs: ${GENERATED} up to date`);
    return 0;
  }
  if (check) {
    console.error(`action-inputs: ${GENERATED} is out of date with action.yml — run npm run docs`);
    return 1;
  }
  await writeFile(path, want);
  console.log(`action-inputs: wrote ${GENERATED}`);
  return 0;
}

await runAsScript(import.meta.url, 'action-inputs', main);
