import type { Rule } from '../types.js';

export const renameRules: readonly Rule[] = [];
