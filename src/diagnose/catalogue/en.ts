// English titles, explanations and fixes, keyed by rule id (placeholders: see each rule's params).
import type { Catalogue } from './catalogue.js';

export const EN: Catalogue = {};
