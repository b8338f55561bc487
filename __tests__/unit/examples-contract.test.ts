// Every workflow the documentation shows (README YAML blocks, each action's README, the example
// workflows) uses db-deploy's actions only with inputs their action.yml declares, and gives each
// its required inputs: a renamed or removed input cannot linger in a copy-paste example.
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

const ACTIONS = ['migrate', 'validate', 'backup', 'restore', 'monitor', 'blue-green-switch'];
const inputsOf = (folder: string) =>
  (
    load(readFileSync(`${folder}/action.yml`, 'utf8')) as {
      inputs: Record<string, { required?: boolean }>;
    }
  ).inputs;

/** Every object with a `uses:` anywhere in a parsed document. */
function steps(node: unknown): Step[] {
  if (Array.isArray(node)) return node.flatMap(steps);
  if (node === null || typeof node !== 'object') return [];
  const own = 'uses' in node ? [node as Step] : [];
  return [...own, ...Object.values(node).flatMap(steps)];
}

/**
 * A YAML block parsed whole, or, for a fragment that is not one document (a `permissions:` map
 * beside a list of steps), each list item parsed on its own.
 */
function parseBlock(text: string): unknown {
  try {
    return load(text);
  } catch {
    const lines = text.split('\n');
    const items: unknown[] = [];
    lines.forEach((line, i) => {
      const item = /^(\s*)- /.exec(line);
      if (!item) return;
      const indent = item[1]?.length ?? 0;
      let end = i + 1;
      while (end < lines.length) {
        const next = lines[end] ?? '';
        if (next.trim() && !next.trim().startsWith('#') && next.search(/\S/) <= indent) break;
        end += 1;
      }
      items.push(
        load(
          lines
            .slice(i, end)
            .map((l) => l.slice(indent))
            .join('\n'),
        ),
      );
    });
    return items;
  }
}

/** The YAML blocks of a Markdown file. */
const yamlBlocks = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) =>
    parseBlock(m[1] ?? ''),
  );

/** The guides under docs/ (not the ADRs, which show no workflow). */
const GUIDES = readdirSync('docs')
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`);

const documents: Array<[string, unknown]> = [
  ...['README.md', ...ACTIONS.map((a) => `${a}/README.md`), ...GUIDES].flatMap((file) =>
    yamlBlocks(file).map((doc, i): [string, unknown] => [`${file} block ${i + 1}`, doc]),
  ),
  ...readdirSync('examples/workflows').map((name): [string, unknown] => [
    `examples/workflows/${name}`,
    load(readFileSync(`examples/workflows/${name}`, 'utf8')),
  ]),
];

/** `org/db-deploy/backup@v1` → `backup`; `org/db-deploy@v1` → `.` (the root action). */
function actionFolder(uses: string): string | undefined {
  const match = /^[\w.-]+\/db-deploy(?:\/([\w-]+))?@/.exec(uses);
  if (!match) return undefined;
  return match[1] ?? '.';
}

describe.each(documents)('%s', (_name, doc) => {
  const ours = steps(doc).filter((s) => s.uses && actionFolder(s.uses));

  test('uses db-deploy actions with declared inputs only, and every required one', () => {
    for (const step of ours) {
      const folder = actionFolder(step.uses ?? '') ?? '.';
      const inputs = inputsOf(folder);
      const given = Object.keys(step.with ?? {});
      expect({ uses: step.uses, unknown: given.filter((name) => !(name in inputs)) }).toEqual({
        uses: step.uses,
        unknown: [],
      });
      const missing = Object.entries(inputs)
        .filter(([name, input]) => input.required && !given.includes(name))
        .map(([name]) => name);
      expect({ uses: step.uses, missing }).toEqual({ uses: step.uses, missing: [] });
    }
  });
});

test('the documentation shows every action at least once', () => {
  const shown = new Set(
    documents.flatMap(([, doc]) => steps(doc).map((s) => actionFolder(s.uses ?? ''))),
  );
  for (const action of ACTIONS) expect([action, shown.has(action)]).toEqual([action, true]);
});

interface Workflow {
  on: { workflow_dispatch?: { inputs?: Record<string, { type?: string; options?: string[] }> } };
  jobs: Record<
    string,
    {
      environment?: string;
      needs?: string | string[];
      strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown[]> };
      steps: Step[];
    }
  >;
}

const workflow = (name: string) =>
  load(readFileSync(`examples/workflows/${name}`, 'utf8')) as Workflow;
const migrateSteps = (w: Workflow, job: string) =>
  (w.jobs[job]?.steps ?? []).filter((s) => actionFolder(s.uses ?? '') === 'migrate');

test('manual.yml picks the GitHub Environment from a choice of staging and production', () => {
  const w = workflow('manual.yml');
  const choice = w.on.workflow_dispatch?.inputs?.environment;
  expect([choice?.type, choice?.options]).toEqual(['choice', ['staging', 'production']]);
  expect(w.jobs.migrate?.environment).toBe('${{ inputs.environment }}');
  expect(migrateSteps(w, 'migrate')[0]?.with).toMatchObject({
    'database-url': '${{ secrets.DATABASE_URL }}',
    'database-urls': '${{ secrets.DATABASE_URLS }}',
  });
});

test('fleet.yml runs the canary job, then a matrix of rest slices that GitHub may not cancel', () => {
  const w = workflow('fleet.yml');
  expect(migrateSteps(w, 'canary')[0]?.with).toMatchObject({ 'target-group': 'canary' });
  const rest = w.jobs.rest;
  expect(rest?.needs).toBe('canary');
  expect(rest?.strategy?.['fail-fast']).toBe(false);
  const slice = migrateSteps(w, 'rest')[0]?.with ?? {};
  expect(slice).toMatchObject({
    'target-group': 'rest',
    'shard-index': '${{ strategy.job-index }}',
    'shard-total': '${{ strategy.job-total }}',
  });
  // Both jobs compute the same canary and the same slices from the same list.
  expect(slice.canary).toBe(migrateSteps(w, 'canary')[0]?.with?.canary);
  expect(slice['database-urls']).toBe(migrateSteps(w, 'canary')[0]?.with?.['database-urls']);
});
