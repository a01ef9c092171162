// Picks the message catalogue for a profile's (or --lang's) language.
import type { Catalogue } from './catalogue.js';
import { EN } from './en.js';
import { FR } from './fr.js';

export type Language = 'en' | 'fr';

const CATALOGUES: Record<Language, Catalogue> = { en: EN, fr: FR };

/** The catalogue of `language`; English for anything unknown. */
export function catalogueFor(language: string | undefined): Catalogue {
  return CATALOGUES[language as Language] ?? EN;
}
