/** The actions `command:` picks, in the order of their inputs in the root action. */
export const ROOT_COMMANDS: readonly string[];
/** The root action.yml text, from the per-action action.yml files under `root` (default: the repository). */
export function renderRootAction(root?: string): Promise<string>;
