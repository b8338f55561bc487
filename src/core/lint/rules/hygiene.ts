import type { Rule } from '../types.js';

export const hygieneRules: readonly Rule[] = [];
