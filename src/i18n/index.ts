import type { ListArg, MessageArgs, MessageRef } from '../model/finding.js';
import { english } from './english.js';
import type { Lang, MessageKey, UiKey } from './locale.js';
import { renderMessage } from './message-format.js';
import { languages, translationOf } from './registry.js';

export type { Lang, MessageKey, UiKey };
export { isLanguage, languages, registerLocale } from './registry.js';

/**
 * The language LC_ALL / LC_MESSAGES / LANG names (the first one set), when kolops has it:
 * `id_ID.UTF-8` → `id` (and the old `in` for Indonesian); anything else → English.
 */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const v = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').replace(/^in(?=[_.-]|$)/i, 'id');
  const tag = languages().find((l) => new RegExp(`^${l}([_.-]|$)`, 'i').test(v));
  return tag ?? 'en';
}

/** Fill a template's placeholders in `lang` (see message-format.ts for the syntax). */
export function format(template: string, args: MessageArgs = {}, lang: Lang = 'en'): string {
  return renderMessage(template, args, lang, (ref) => t(ref.key as UiKey, lang, ref.args));
}

/** The text of a UI key in `lang`; the English where `lang` is not a registered language. */
export function t(key: UiKey, lang: Lang, args: MessageArgs = {}): string {
  const text = translationOf(lang)?.[key] ?? english[key];
  if (text === undefined) throw new Error(`no message "${key}"`);
  return format(text, args, lang);
}

/** What a rule's meta says about its messages: enough to render one, with no rule imported here. */
export interface RuleMessages {
  readonly id: string;
  readonly description: string;
  readonly messages: Readonly<Record<string, string>>;
}

/** A rule's message in `lang`: the English beside the rule, or the locale's translation of it. */
export function ruleMessage(meta: RuleMessages, messageId: string, lang: Lang, args: MessageArgs = {}): string {
  const english = meta.messages[messageId];
  if (english === undefined) throw new Error(`rule ${meta.id} has no message "${messageId}"`);
  const translated = translationOf(lang)?.[`${meta.id}:${messageId}` as MessageKey];
  // A rule may pass one of its own messages as an argument (a part of a list).
  const own = `${meta.id}:`;
  return renderMessage(translated ?? english, args, lang, (r) =>
    r.key.startsWith(own) ? ruleMessage(meta, r.key.slice(own.length), lang, r.args) : t(r.key as UiKey, lang, r.args));
}

/** A rule's one-line description in `lang`. */
export function ruleDescription(meta: RuleMessages, lang: Lang): string {
  return translationOf(lang)?.[`description:${meta.id}` as MessageKey] ?? meta.description;
}

/** A UI text as a message argument, rendered in the message's own language. */
export function ref(key: UiKey, args?: MessageArgs): MessageRef {
  return args ? { key, args } : { key };
}

/**
 * Columns a table kind names its own way: a calendar's status is a post's, where the
 * status column of an affiliate deal list (the one table that had it before) is the deal's.
 */
const KIND_COLUMN_KEYS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'content-calendar': { status: 'column:calendar-status' },
};

/** A canonical column as messages name it (`column:followers`), in a table of `kind` when one is given. */
export function columnRef(id: string, kind?: string): MessageRef {
  return { key: (kind !== undefined ? KIND_COLUMN_KEYS[kind]?.[id] : undefined) ?? `column:${id}` };
}

/** A table kind as messages name it. */
export function kindRef(kind: string): MessageRef {
  return { key: `kind:${kind}` };
}

/** Items joined as the language lists them: "a, b and c" / "a, b, dan c" (Intl.ListFormat). */
export function listOf(items: ListArg['list'], join: ListArg['join'] = 'and'): ListArg {
  return { list: items, join };
}
