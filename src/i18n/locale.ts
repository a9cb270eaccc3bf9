/**
 * What a language is to kolops: one file in src/i18n/locales/ holding a `Locale`. English
 * is the source text and lives beside the code that shows it (UI words in each area's
 * `messages.ts` and the command line's src/cli/messages/*-words.ts, rule messages in each
 * rule's `meta.messages`); a translation is typed against all of it, so a missing or an
 * orphan key fails the type check.
 *
 * The imports below are types only: at run time i18n depends on no rule and no command.
 */
import type { commandMessages } from '../cli/messages/commands.js';
import type { configMessages } from '../cli/messages/config-words.js';
import type { helpMessages } from '../cli/messages/help-words.js';
import type { runMessages } from '../cli/messages/run-words.js';
import type { systemMessages } from '../cli/messages/system-words.js';
import type { usageMessages } from '../cli/messages/usage-words.js';
import type { diffMessages } from '../diff/messages.js';
import type { formatterMessages } from '../formatters/messages.js';
import type { readerMessages } from '../readers/messages.js';
import type { reportMessages } from '../report/messages.js';
import type { RuleDescriptionKey, RuleMessageKey } from '../rules/index.js';
import type { tableMessages } from '../tables/messages.js';
import type { templateMessages } from '../templates/messages.js';
import type { zipMessages } from '../zip/messages.js';

/** A language tag: `en`, `id`, or any other registered locale's tag. */
export type Lang = string;

/** Every key of an English text that is not a rule's. */
export type UiKey =
  | keyof typeof commandMessages
  | keyof typeof configMessages
  | keyof typeof helpMessages
  | keyof typeof runMessages
  | keyof typeof systemMessages
  | keyof typeof usageMessages
  | keyof typeof diffMessages
  | keyof typeof formatterMessages
  | keyof typeof reportMessages
  | keyof typeof tableMessages
  | keyof typeof templateMessages
  | keyof typeof readerMessages
  | keyof typeof zipMessages;

/** Every message kolops can show: UI text, rule messages (`<rule>:<message id>`), rule descriptions. */
export type MessageKey = UiKey | RuleMessageKey | RuleDescriptionKey;

/** One language's text for every key: no more, no fewer. */
export type Translation = { readonly [K in MessageKey]: string };

export interface Locale {
  /** What `--lang` takes, and the start of `LANG` that selects it (`id` for `id_ID.UTF-8`). */
  readonly tag: string;
  /** The BCP 47 tag Intl formats numbers, dates, plurals and lists with. */
  readonly intl: string;
  /** The language's own name for itself. */
  readonly name: string;
  readonly messages: Translation;
}
