import { parseDuration } from '../core/duration.js';
import { ACTION_INPUTS, type ActionName, type InputName } from '../generated/action-inputs.js';

/**
 * The options part of a command's --help, built from the action.yml declarations: an option that
 * mirrors an action input takes its text (the description's first sentence) and its default from
 * the input, so the help never restates what action.yml says and cannot drift from it. Options the
 * CLI alone has are written where they are used.
 */

/** An option mirroring an input of `A`. */
export interface MirroredOption<A extends ActionName> {
  input: InputName<A>;
  /** The CLI's name, where it differs from the input's (shorter, or read as a flag). */
  flag?: string;
  /** The word standing for the value (`D` for a duration, `N`, `URL`…); none for a flag. */
  arg?: string;
  /** Where the CLI's meaning differs from the action's wording (e.g. a flag for a choice). */
  text?: string;
  /** What an empty default means on the command line (`$DATABASE_URL`); `false`: say nothing. */
  fallback?: string | false;
  /** The option may be given many times (a list input: one item each time). */
  repeat?: true;
}

/** An option of the CLI alone. */
export interface CliOption {
  flag: string;
  arg?: string;
  text: string;
  repeat?: true;
}

/** What the parser needs of an option: its name, whether it takes a value, whether it repeats. */
interface ParsedEntry {
  readonly input?: string;
  readonly flag?: string;
  readonly arg?: string;
  readonly repeat?: true;
}
type FlagOf<E> = E extends { readonly flag: infer F extends string }
  ? F
  : E extends { readonly input: infer I extends string }
    ? I
    : never;
type ParseOf<E> = E extends { readonly arg: string }
  ? E extends { readonly repeat: true }
    ? { type: 'string'; multiple: true }
    : { type: 'string' }
  : { type: 'boolean' };

/**
 * The parser's options (node:util parseArgs) of a list of help entries: an entry naming a value
 * (`arg`) is a string option, repeatable with `repeat`; one without is a flag. The help and the
 * parser read the same list, so an option cannot be shown and not understood, or the reverse.
 */
export type OptionsOf<E extends ReadonlyArray<ParsedEntry>> = {
  [K in E[number] as FlagOf<K>]: ParseOf<K>;
};

/** The parser's options of `entries` (see OptionsOf). */
export function parserOptions<const E extends ReadonlyArray<ParsedEntry>>(
  entries: E,
): OptionsOf<E> {
  const flags = entries.map((entry) => entry.flag ?? entry.input);
  const twice = flags.find((flag, i) => flags.indexOf(flag) !== i);
  if (twice) throw new Error(`--${twice} is declared twice`);
  return Object.fromEntries(
    entries.map((entry, i) => [
      flags[i],
      entry.arg
        ? { type: 'string', ...(entry.repeat ? { multiple: true } : {}) }
        : { type: 'boolean' },
    ]),
  ) as OptionsOf<E>;
}

const NAME_WIDTH = 28;
const LINE_WIDTH = 100;

/** Type marks the tables show in a column: `(Duration)`, `(List; …)` keep only their remark. */
function withoutTypeMarks(text: string): string {
  return text.replace(/ \((?:Duration|List)\)/g, '').replace(/\((?:Duration|List)(?:;| of) /g, '(');
}

/** "Directory …" → "directory …"; "PostgreSQL …", "EMPTY" and "ONCE" keep their capitals. */
function lowerFirst(text: string): string {
  const word = /^[A-Za-z]+/.exec(text)?.[0] ?? '';
  return /^[A-Z][a-z]*$/.test(word) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/**
 * The action's sentence, as the CLI reads it: paths are relative to the current directory, and
 * monitor's `watch:` / `preflight:` marks go (each mode is its own command).
 */
function cliWording(summary: string): string {
  return lowerFirst(withoutTypeMarks(summary.replace(/^(?:watch|preflight): /, '')))
    .replace(/relative to the repository checkout/g, 'relative to the current directory')
    .replace(/\.$/, '');
}

/** `text` wrapped to the help's width, continuation lines under the text column. */
function wrap(head: string, text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = head.length >= NAME_WIDTH ? `${head} ` : head.padEnd(NAME_WIDTH);
  let fresh = true;
  for (const word of words) {
    if (!fresh && line.length + 1 + word.length > LINE_WIDTH) {
      lines.push(line);
      line = ' '.repeat(NAME_WIDTH);
      fresh = true;
    }
    line += fresh ? word : ` ${word}`;
    fresh = false;
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd()).join('\n');
}

/** The default an option of the command line falls back to: the declared one. */
function declaredDefault<A extends ActionName>(action: A, input: InputName<A>): string {
  return (ACTION_INPUTS[action] as Record<string, { default: string }>)[input]!.default;
}

/** One option's help line(s). */
function optionHelp<A extends ActionName>(
  action: A,
  option: MirroredOption<A> | CliOption,
): string {
  const arg = option.arg ? ` ${option.arg}` : '';
  if (!('input' in option)) return wrap(`  --${option.flag}${arg}`, option.text);
  const declared = (ACTION_INPUTS[action] as Record<string, { summary: string; default: string }>)[
    option.input
  ]!;
  const fallback = option.fallback === false ? '' : declared.default || (option.fallback ?? '');
  const text = option.text ?? cliWording(declared.summary);
  return wrap(
    `  --${option.flag ?? option.input}${arg}`,
    fallback ? `${text} (default: ${fallback})` : text,
  );
}

/** The lines of a command's options, in the order given, ending with -h, --help. */
function optionsHelp<A extends ActionName>(
  action: A,
  options: ReadonlyArray<MirroredOption<A> | CliOption>,
  withHelp = true,
): string {
  return [
    ...options.map((option) => optionHelp(action, option)),
    ...(withHelp ? [wrap('  -h, --help', 'show this help')] : []),
  ].join('\n');
}

/** The entries of `entries` that mirror one of `inputs`, in their order (a command taking a few). */
export function pickInputs<E extends ParsedEntry, const I extends string>(
  entries: ReadonlyArray<E>,
  ...inputs: I[]
): Array<Extract<E, { readonly input: I }>> {
  return entries.filter((entry): entry is Extract<E, { readonly input: I }> =>
    (inputs as string[]).includes(entry.input ?? ''),
  );
}

/**
 * A command's options declared once: its --help lines (optionsHelp) and its parser's options
 * (parserOptions) from the same entries.
 */
export function commandOptions<
  A extends ActionName,
  const E extends ReadonlyArray<MirroredOption<A> | CliOption>,
>(action: A, entries: E, withHelp = true): { help: string; parser: OptionsOf<E> } {
  return { help: optionsHelp(action, entries, withHelp), parser: parserOptions(entries) };
}

/** The declared default of a duration input, in milliseconds. */
export function declaredMs<A extends ActionName>(action: A, input: InputName<A>): number {
  return parseDuration(declaredDefault(action, input), `${action}/action.yml ${input}`);
}

/** The declared default of a whole-number input. */
export function declaredNumber<A extends ActionName>(action: A, input: InputName<A>): number {
  return Number(declaredDefault(action, input));
}
