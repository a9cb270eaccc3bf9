/**
 * `kolops --help` and every command's help in the language of the run: the descriptions
 * of commands, arguments and options, and the words commander itself prints around them
 * (section titles, `[options]`, choices and defaults), set through commander's own API
 * (`.description()`, `.helpOption()`, `.helpCommand()`, `.version()`, `configureHelp()`).
 * The English is in help-words.ts; every other language is one file in src/i18n/locales/.
 */
import { Help, type HelpConfiguration } from 'commander';
import { t, type Lang } from '../../i18n/index.js';
import { helpMessages } from './help-words.js';

type HelpMessageKey = keyof typeof helpMessages;

/** A help text: `cli-help:<command>`, `cli-help:<command>:<argument>`, `cli-help:<command> <option>`, `cli-help:<option>`. */
export type HelpKey = Exclude<HelpMessageKey, `cli-help-${string}`>;

function isHelpKey(key: string): key is HelpMessageKey {
  return Object.hasOwn(helpMessages, key);
}

/** `key` in `lang` when the table has it, else `fallback` (a name commander made up, kept as it is). */
function known(key: string, fallback: string, lang: Lang): string {
  return isHelpKey(key) ? t(key, lang) : fallback;
}

/** An argument's or option value's name as help shows it (`files` → `file`). */
export function placeholderName(name: string, lang: Lang): string {
  return known(`cli-help-name:${name}`, name, lang);
}

/** Every `<name>`, `[name]` and `<name...>` of a usage line or option flags, in `lang`. */
export function withPlaceholders(text: string, lang: Lang): string {
  return text.replace(/([<[])([A-Za-z-]+)((?:\.\.\.)?[>\]])/g, (_m, open: string, name: string, close: string) => `${open}${placeholderName(name, lang)}${close}`);
}

/** The `(choices: …, default: …)` commander adds after `description`, its labels in `lang`. */
function withLabels(full: string, description: string, lang: Lang): string {
  const extra = full.slice(description.length).replace(/(^ ?\(|, )(choices|default): /g, (_m, before: string, label: string) => `${before}${known(`cli-help-label:${label}`, label, lang)}: `);
  return description + extra;
}

/** `configureHelp()` for `lang`: titles, usage words, placeholders and labels; commander does the layout. */
export function helpConfiguration(lang: Lang): HelpConfiguration {
  const plain = new Help();
  return {
    styleTitle: (title) => (title.endsWith(':') ? known(`cli-help-title:${title.slice(0, -1)}`, title, lang) : title),
    commandUsage: (cmd) => withPlaceholders(plain.commandUsage(cmd), lang),
    subcommandTerm: (cmd) => withPlaceholders(plain.subcommandTerm(cmd), lang),
    optionTerm: (option) => withPlaceholders(plain.optionTerm(option), lang),
    argumentTerm: (argument) => placeholderName(plain.argumentTerm(argument), lang),
    optionDescription: (option) => withLabels(plain.optionDescription(option), option.description ?? '', lang),
    argumentDescription: (argument) => withLabels(plain.argumentDescription(argument), argument.description ?? '', lang),
  };
}
