/** The generated module's path, relative to the repository. */
export const GENERATED: string;
/** The action folders the module covers (`root`: the repository's own action.yml). */
export const ACTION_FOLDERS: readonly string[];
/** The first sentence of a description. */
export function firstSentence(text: string): string;
/** The module's text for the action.yml files under `root` (default: the repository). */
export function renderActionInputs(root?: string): Promise<string>;
