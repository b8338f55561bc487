import type { Rule } from '../types.js';

export const constraintRules: readonly Rule[] = [];
