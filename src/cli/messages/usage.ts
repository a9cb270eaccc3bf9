/**
 * Commander's usage errors in the user's language. Commander words them in English and
 * hands them to `outputError`; main keeps them back and prints this sentence instead,
 * chosen by `CommanderError.code`, with the offending token read back from commander's
 * message. An error this does not know (or a wording it cannot read) is printed as
 * commander said it, so nothing is ever lost. The words are in usage-words.ts.
 */
import type { CommanderError } from 'commander';
import { t, type Lang } from '../../i18n/index.js';
import { placeholderName, withPlaceholders } from './help.js';

type Reader = (m: RegExpExecArray, lang: Lang) => string;

/** What commander's English says, per error code, and the sentence it becomes. */
const READERS: Readonly<Record<string, readonly [RegExp, Reader]>> = {
  'commander.unknownOption': [/^error: unknown option '(.+?)'(?:\n\(Did you mean (.+)\?\))?$/,
    (m, lang) => t('cli-usage:unknown-option', lang, { flag: m[1]! }) + suggestion(m[2], lang)],
  'commander.unknownCommand': [/^error: unknown command '(.+?)'(?:\n\(Did you mean (.+)\?\))?$/,
    (m, lang) => t('cli-usage:unknown-command', lang, { name: m[1]! }) + suggestion(m[2], lang)],
  'commander.missingArgument': [/^error: missing required argument '(.+)'$/,
    (m, lang) => t('cli-usage:missing-argument', lang, { name: placeholderName(m[1]!, lang) })],
  'commander.optionMissingArgument': [/^error: option '(.+)' argument missing$/,
    (m, lang) => t('cli-usage:option-missing-argument', lang, { option: withPlaceholders(m[1]!, lang) })],
  'commander.missingMandatoryOptionValue': [/^error: required option '(.+)' not specified$/,
    (m, lang) => t('cli-usage:missing-mandatory-option', lang, { option: withPlaceholders(m[1]!, lang) })],
  'commander.excessArguments': [/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m, lang) => t(m[1] === undefined ? 'cli-usage:excess-arguments-root' : 'cli-usage:excess-arguments', lang, {
      command: m[1] ?? '', expected: t('cli-usage:arguments', lang, { count: Number(m[2]) }), got: m[3]!,
    })],
  'commander.invalidArgument': [/^error: (?:option '(.+?)' argument '([\s\S]*)' is invalid|command-argument value '([\s\S]*)' is invalid for argument '(.+?)')\. ([\s\S]*)$/,
    (m, lang) => m[1] !== undefined
      ? t('cli-usage:invalid-option-value', lang, { option: withPlaceholders(m[1], lang), value: m[2]!, reason: reason(m[5]!, lang) })
      : t('cli-usage:invalid-argument-value', lang, { name: placeholderName(m[4]!, lang), value: m[3]!, reason: reason(m[5]!, lang) })],
};

function suggestion(name: string | undefined, lang: Lang): string {
  return name === undefined ? '' : `\n${t('cli-usage:did-you-mean', lang, { suggestion: name })}`;
}

/** Commander's own "Allowed choices are …"; kolops's value parsers already speak `lang` (options.ts). */
function reason(text: string, lang: Lang): string {
  const choices = /^Allowed choices are (.*)\.$/.exec(text);
  return choices ? t('cli-usage:choices', lang, { choices: choices[1]! }) : text;
}

/** The usage error to print for `err` (one line, or two with a suggestion), ending in a newline. */
export function usageErrorText(err: CommanderError, commanderSaid: string, lang: Lang): string {
  const entry = READERS[err.code];
  const m = entry?.[0].exec(err.message);
  return m ? `${entry![1](m, lang)}\n` : commanderSaid;
}
