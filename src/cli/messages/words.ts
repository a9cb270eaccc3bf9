/**
 * The words of the command line itself (help, usage errors, config and system errors)
 * live beside the commands that show them, not in the finding catalogue (issue 14). Each
 * text is a `Words` record: a language left out is a type error.
 */
import { format, langFromEnv, type Lang } from '../../i18n/index.js';
import type { MessageArgs } from '../../model/finding.js';

export type Words = Readonly<{ en: string; id: string } & Record<string, string>>;

/** A text in `lang`, its `{name}` placeholders filled. */
export function say(words: Words, lang: Lang, args: MessageArgs = {}): string {
  return format((words as Readonly<Record<Lang, string | undefined>>)[lang] ?? words.en, args, lang);
}

/**
 * The language of this run, known before commander parses anything (help and usage
 * errors are printed while it does): the last valid `--lang en|id` / `--lang=id` before
 * a `--`, else LC_ALL / LC_MESSAGES / LANG.
 */
export function argvLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  let found: Lang | null = null;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) found = langAt(argv, i) ?? found;
  return found ?? langFromEnv(env);
}

/** The language `argv[i]` sets when it is `--lang en|id` or `--lang=en|id`, else null. */
export function langAt(argv: readonly string[], i: number): Lang | null {
  const arg = argv[i]!;
  const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
  return value === 'en' || value === 'id' ? value : null;
}
