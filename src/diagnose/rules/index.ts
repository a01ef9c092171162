// Every diagnosis rule, in id order. Adding a rule = a file here, a catalogue entry, a doc page, a test.
import type { Rule } from '../rule.js';

export const RULES: readonly Rule[] = [];
