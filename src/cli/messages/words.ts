/**
 * The language the command line's own words are in (help, usage errors, config and
 * system errors). The words themselves are data beside the code that shows them
 * (help-words.ts, usage-words.ts, config-words.ts, system-words.ts, run-words.ts), each
 * shown through `t()`; every language but English is one file in src/i18n/locales/.
 */
import { isLanguage, langFromEnv, type Lang } from '../../i18n/index.js';

/**
 * The language of this run, known before commander parses anything (help and usage
 * errors are printed while it does): the last valid `--lang TAG` / `--lang=TAG` before
 * a `--`, else LC_ALL / LC_MESSAGES / LANG.
 */
export function argvLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  let found: Lang | null = null;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) found = langAt(argv, i) ?? found;
  return found ?? langFromEnv(env);
}

/** The language `argv[i]` sets when it is `--lang TAG` or `--lang=TAG` with a registered TAG, else null. */
export function langAt(argv: readonly string[], i: number): Lang | null {
  const arg = argv[i]!;
  const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
  return value !== undefined && isLanguage(value) ? value : null;
}
