/**
 * Every option more than one command takes, declared once: the flag, its help and its
 * value parser. A command picks the groups it reads (`readOptions`, `checkOutputOptions` …),
 * so `--config` means the same thing, with the same words, everywhere. The words are in
 * the language of the run (messages/help.ts, help-words.ts): help and a refused value speak it.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { FORMAT_NAMES } from '../formatters/names.js';
import { languages, t, type Lang } from '../i18n/index.js';
import { parseDate } from '../parsers/date.js';
import { parseMonthOption } from '../parsers/month.js';
import { normalizeDelimiter } from '../readers/csv/dialect.js';
import type { HelpKey } from './messages/help.js';

export function intArg(min: number, lang: Lang) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value) || n < min) throw new InvalidArgumentError(t('cli-help-arg:integer', lang, { min }));
    return n;
  };
}

export function dateArg(lang: Lang) {
  return (value: string): string => {
    const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDate(value) : null;
    if (!d?.ok) throw new InvalidArgumentError(t('cli-help-arg:date', lang));
    return d.iso;
  };
}

export function monthArg(lang: Lang) {
  return (value: string): string => {
    const m = parseMonthOption(value);
    if (!m) throw new InvalidArgumentError(t('cli-help-arg:month', lang));
    return m;
  };
}

function delimiterArg(lang: Lang) {
  return (value: string): string => {
    try {
      normalizeDelimiter(value);
    } catch {
      throw new InvalidArgumentError(t('cli-help-arg:delimiter', lang, { value: JSON.stringify(value) }));
    }
    return value;
  };
}

export function delimiterOption(lang: Lang): Option {
  return new Option('--delimiter <char>', t('cli-help:--delimiter', lang)).argParser(delimiterArg(lang));
}

/** `-f, --format` with its choices and, when given, its default. */
export function formatOption(lang: Lang, choices: readonly string[], fallback?: string, what: HelpKey = 'cli-help:--format'): Option {
  const option = new Option('-f, --format <format>', t(what, lang)).choices(choices);
  return fallback === undefined ? option : option.default(fallback);
}

/** What every command that reads workbooks takes: --config, --year, --lang, --delimiter. */
export function readOptions(cmd: Command, lang: Lang, what: { lang?: HelpKey } = {}): Command {
  return cmd
    .option('-c, --config <file>', t('cli-help:--config', lang))
    .option('--year <YYYY>', t('cli-help:--year', lang), intArg(1900, lang))
    .addOption(langOption(lang, what.lang ?? 'cli-help:--lang'))
    .addOption(delimiterOption(lang));
}

/** `--lang` with every registered language as its choices, read when the program is built (a locale may be registered at run time). */
export function langOption(lang: Lang, what: HelpKey): Option {
  return new Option('--lang <lang>', t(what, lang)).choices(languages());
}

export function monthOption(cmd: Command, lang: Lang): Command {
  return cmd.option('--month <YYYY-MM>', t('cli-help:--month', lang), monthArg(lang));
}

export function asOfOption(cmd: Command, lang: Lang, what: HelpKey = 'cli-help:--as-of'): Command {
  return cmd.option('--as-of <YYYY-MM-DD>', t(what, lang), dateArg(lang));
}

/** -o and --force, with the same refusal everywhere (see safe-output.ts). */
export function outputOptions(cmd: Command, lang: Lang, what: { output: HelpKey; force: HelpKey } = REPORT_OUTPUT): Command {
  return cmd.option('-o, --output <file>', t(what.output, lang)).option('--force', t(what.force, lang));
}

const REPORT_OUTPUT = { output: 'cli-help:--output', force: 'cli-help:--force' } as const;

/** `--context PATH...`: other workbooks read for the joins, not reported. */
export function contextOption(cmd: Command, lang: Lang): Command {
  return cmd.option('--context <paths...>', t('cli-help:--context', lang));
}

export function baselineOptions(cmd: Command, lang: Lang): Command {
  return cmd
    .option('--baseline <file>', t('cli-help:--baseline', lang))
    .option('--suppress-all', t('cli-help:--suppress-all', lang))
    .option('--suppress-month <YYYY-MM>', t('cli-help:--suppress-month', lang), monthArg(lang))
    .option('--prune-suppressions', t('cli-help:--prune-suppressions', lang));
}

/** The options of `check` and the kind-only checks. */
export function checkOptions(cmd: Command, lang: Lang): Command {
  cmd.addOption(formatOption(lang, FORMAT_NAMES, 'text'));
  readOptions(cmd, lang);
  monthOption(cmd, lang);
  asOfOption(cmd, lang);
  contextOption(cmd, lang);
  baselineOptions(cmd, lang);
  outputOptions(cmd, lang);
  return cmd
    .option('--max-warnings <n>', t('cli-help:--max-warnings', lang), intArg(0, lang), -1)
    .option('-q, --quiet', t('cli-help:--quiet', lang))
    .option('--max-findings <n>', t('cli-help:--max-findings', lang), intArg(1, lang));
}
