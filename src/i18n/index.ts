import type { Lang, MessageArgs } from '../model/finding.js';
import { catalogue } from './catalogue.js';
import { renderMessage } from './message-format.js';

export type { Lang };
export type MessageKey = keyof typeof catalogue;

/** `--lang`, else the first of LC_ALL / LC_MESSAGES / LANG that names a language; Indonesian when it starts with `id`. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^(id|in)([_.-]|$)/i.test(v) ? 'id' : 'en';
}

/** Fill a template's placeholders in `lang` (see message-format.ts for the syntax). */
export function format(template: string, args: MessageArgs = {}, lang: Lang = 'en'): string {
  return renderMessage(template, args, lang);
}

/** The message for `key` in `lang`. A key missing from the catalogue is a programming error. */
export function t(key: string, lang: Lang, args: MessageArgs = {}): string {
  const entry = (catalogue as Record<string, { en: string; id: string }>)[key];
  if (!entry) throw new Error(`message catalogue has no key "${key}"`);
  return format(entry[lang], args, lang);
}

export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}

/** A canonical column as messages name it, in both languages (resolved when the message is). */
export function columnLabel(id: string): { en: string; id: string } {
  const entry = (catalogue as Record<string, { en: string; id: string }>)[`column:${id}`];
  return entry ?? { en: id, id };
}

/** A table kind as messages name it, in both languages. */
export function kindLabel(kind: string): { en: string; id: string } {
  const entry = (catalogue as Record<string, { en: string; id: string }>)[`kind:${kind}`];
  return entry ?? { en: kind, id: kind };
}
