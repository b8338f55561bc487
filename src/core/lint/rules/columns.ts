import type { Rule } from '../types.js';

export const columnRules: readonly Rule[] = [];
