/**
 * The languages a run may ask for. English is the source; every other language is one
 * `Locale` file in ./locales/, listed here. `registerLocale` adds one at run time (the
 * tests' pseudo-locale proves that a new language needs nothing but its file).
 */
import type { Lang, Locale, Translation } from './locale.js';
import { id } from './locales/id.js';

const ENGLISH_INTL = 'en-US';
const locales = new Map<Lang, Locale>([[id.tag, id]]);

export function registerLocale(locale: Locale): void {
  locales.set(locale.tag, locale);
}

/** Every tag `--lang` takes, English first. */
export function languages(): string[] {
  return ['en', ...locales.keys()];
}

export function isLanguage(tag: string): boolean {
  return tag === 'en' || locales.has(tag);
}

/** The translation of `lang`; null for English (the source text) and for an unknown tag. */
export function translationOf(lang: Lang): Translation | null {
  return locales.get(lang)?.messages ?? null;
}

/** The Intl tag numbers, dates, plurals and lists of `lang` are written with. */
export function intlTag(lang: Lang): string {
  return locales.get(lang)?.intl ?? ENGLISH_INTL;
}
