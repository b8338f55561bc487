import type { Rule } from '../types.js';

export const lockRules: readonly Rule[] = [];
