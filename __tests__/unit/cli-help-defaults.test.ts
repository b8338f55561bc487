// The CLI's --help restates defaults that action.yml declares: where a CLI option has the name of
// an input of the action it mirrors, the default its help names must be that input's default.
import { parseDuration } from '../../src/core/duration.js';
import { parseRatio } from '../../src/core/monitor/limits.js';
import { ACTION_HELP, inputsOf } from '../helpers/cli-help.js';

/**
 * `--name ARG   text (default: X)` → [name, [X, the word before the mark]], continuation lines
 * joined: a choice is marked in place (`logical (default: green follows …)`).
 */
function helpDefaults(help: string): Array<[string, string[]]> {
  const options = help.split(/\n(?=\s+--)/);
  return options.flatMap((block) => {
    const text = block.replace(/\s+/g, ' ');
    const name = /^\s*--([a-z][a-z0-9-]*)/.exec(text)?.[1];
    const mark = /(\S+) \(default: ([^)]*)\)/.exec(text);
    if (!name || !mark) return [];
    return [[name, [mark[2]!.split(/[ ;,]/)[0]!, mark[1]!]] as [string, string[]]];
  });
}

/** A default as a value: durations in ms, ratios as fractions (`80%` = `0.8`), else the text. */
function valueOf(text: string): string {
  for (const parse of [parseDuration, parseRatio]) {
    try {
      return String(parse(text, 'default'));
    } catch {
      // not this kind of value
    }
  }
  return text;
}

describe.each(ACTION_HELP)('db-deploy %s --help', (action, help) => {
  const inputs = inputsOf(action);
  const shared = helpDefaults(help).filter(([name]) => name in inputs);
  test('names defaults of options that share an input name', () => {
    expect(shared.length).toBeGreaterThan(0);
  });
  test.each(shared)('--%s defaults to what action.yml declares (%j)', (name, fallback) => {
    const declared = String(inputs[name]!.default ?? '');
    // Help words a default the action leaves empty (e.g. "the format's", "$DATABASE_URL").
    if (declared === '') return;
    expect(fallback.map(valueOf)).toContain(valueOf(declared));
  });
});
