// The declared type of an action input, as the docs' Type column and the generated input module
// (scripts/action-inputs.mjs) name it.

/** A duration as the actions accept it (`250ms`, `5s`, `10m`, `1h`). */
const DURATION = /^\d+(?:\.\d+)?(?:ms|s|m|h)$/;

/**
 * The Type column. An explicit `(Duration)` or `(List)` / `(List; …)` in the description wins;
 * then the shape of the default; then the name (`-version`, `-count`, `-retries`, `-days`, `-id`,
 * `-index`, `-total`, `canary`: Integer).
 * The accepted forms are those of src/github/inputs.ts.
 * @param {string} name
 * @param {{ description?: string, default?: unknown }} input
 */
export function inputType(name, input) {
  const description = String(input.description ?? '');
  const fallback =
    input.default === undefined || input.default === null ? '' : String(input.default);
  if (/\(List\b|newline-separated/i.test(description)) return 'List';
  if (/-url$/.test(name)) return 'Secret URL';
  if (/\(Duration\)/.test(description) || DURATION.test(fallback)) return 'Duration';
  if (fallback === 'true' || fallback === 'false') return 'Boolean';
  if (
    /^\d+$/.test(fallback) ||
    /(^|-)(count|retries|version|days|id|index|total|canary)$/.test(name)
  )
    return 'Integer';
  return 'String';
}
