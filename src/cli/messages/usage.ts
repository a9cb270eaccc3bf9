/**
 * Commander's usage errors in the user's language. Commander words them in English and
 * hands them to `outputError`; main keeps them back and prints this sentence instead,
 * chosen by `CommanderError.code`, with the offending token read back from commander's
 * message. An error this does not know (or a wording it cannot read) is printed as
 * commander said it, so nothing is ever lost.
 */
import type { CommanderError } from 'commander';
import type { Lang } from '../../i18n/index.js';
import { placeholderName, withPlaceholders } from './help.js';
import { say, type Words } from './words.js';

const USAGE = {
  'unknown-option': { en: 'error: unknown option \'{flag}\'', id: 'error: opsi \'{flag}\' tidak dikenal' },
  'unknown-command': { en: 'error: unknown command \'{name}\'', id: 'error: perintah \'{name}\' tidak dikenal' },
  'did-you-mean': { en: '(Did you mean {suggestion}?)', id: '(Maksud Anda {suggestion}?)' },
  'missing-argument': { en: 'error: missing required argument \'{name}\'', id: 'error: argumen \'{name}\' wajib diisi' },
  'option-missing-argument': { en: 'error: option \'{option}\' argument missing', id: 'error: opsi \'{option}\' perlu diberi nilai' },
  'missing-mandatory-option': { en: 'error: required option \'{option}\' not specified', id: 'error: opsi wajib \'{option}\' belum diberikan' },
  'excess-arguments': {
    en: 'error: too many arguments for \'{command}\'. Expected {expected} but got {got}.',
    id: 'error: terlalu banyak argumen untuk \'{command}\': seharusnya {expected}, tetapi ada {got}.',
  },
  'excess-arguments-root': {
    en: 'error: too many arguments. Expected {expected} but got {got}.',
    id: 'error: terlalu banyak argumen: seharusnya {expected}, tetapi ada {got}.',
  },
  'arguments-one': { en: '{count} argument', id: '{count} argumen' },
  'arguments-other': { en: '{count} arguments', id: '{count} argumen' },
  'invalid-option-value': {
    en: 'error: option \'{option}\' argument \'{value}\' is invalid. {reason}',
    id: 'error: nilai \'{value}\' untuk opsi \'{option}\' tidak valid: {reason}',
  },
  'invalid-argument-value': {
    en: 'error: command-argument value \'{value}\' is invalid for argument \'{name}\'. {reason}',
    id: 'error: nilai \'{value}\' untuk argumen \'{name}\' tidak valid: {reason}',
  },
  'choices': { en: 'Allowed choices are {choices}.', id: 'pilihannya {choices}.' },
} as const satisfies Record<string, Words>;

type Reader = (m: RegExpExecArray, lang: Lang) => string;

/** What commander's English says, per error code, and the sentence it becomes. */
const READERS: Readonly<Record<string, readonly [RegExp, Reader]>> = {
  'commander.unknownOption': [/^error: unknown option '(.+?)'(?:\n\(Did you mean (.+)\?\))?$/,
    (m, lang) => say(USAGE['unknown-option'], lang, { flag: m[1]! }) + suggestion(m[2], lang)],
  'commander.unknownCommand': [/^error: unknown command '(.+?)'(?:\n\(Did you mean (.+)\?\))?$/,
    (m, lang) => say(USAGE['unknown-command'], lang, { name: m[1]! }) + suggestion(m[2], lang)],
  'commander.missingArgument': [/^error: missing required argument '(.+)'$/,
    (m, lang) => say(USAGE['missing-argument'], lang, { name: placeholderName(m[1]!, lang) })],
  'commander.optionMissingArgument': [/^error: option '(.+)' argument missing$/,
    (m, lang) => say(USAGE['option-missing-argument'], lang, { option: withPlaceholders(m[1]!, lang) })],
  'commander.missingMandatoryOptionValue': [/^error: required option '(.+)' not specified$/,
    (m, lang) => say(USAGE['missing-mandatory-option'], lang, { option: withPlaceholders(m[1]!, lang) })],
  'commander.excessArguments': [/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m, lang) => say(USAGE[m[1] === undefined ? 'excess-arguments-root' : 'excess-arguments'], lang, {
      command: m[1] ?? '', expected: say(USAGE[m[2] === '1' ? 'arguments-one' : 'arguments-other'], lang, { count: m[2]! }), got: m[3]!,
    })],
  'commander.invalidArgument': [/^error: (?:option '(.+?)' argument '([\s\S]*)' is invalid|command-argument value '([\s\S]*)' is invalid for argument '(.+?)')\. ([\s\S]*)$/,
    (m, lang) => m[1] !== undefined
      ? say(USAGE['invalid-option-value'], lang, { option: withPlaceholders(m[1], lang), value: m[2]!, reason: reason(m[5]!, lang) })
      : say(USAGE['invalid-argument-value'], lang, { name: placeholderName(m[4]!, lang), value: m[3]!, reason: reason(m[5]!, lang) })],
};

function suggestion(name: string | undefined, lang: Lang): string {
  return name === undefined ? '' : `\n${say(USAGE['did-you-mean'], lang, { suggestion: name })}`;
}

/** Commander's own "Allowed choices are …"; kolops's value parsers already speak `lang` (options.ts). */
function reason(text: string, lang: Lang): string {
  const choices = /^Allowed choices are (.*)\.$/.exec(text);
  return choices ? say(USAGE.choices, lang, { choices: choices[1]! }) : text;
}

/** The usage error to print for `err` (one line, or two with a suggestion), ending in a newline. */
export function usageErrorText(err: CommanderError, commanderSaid: string, lang: Lang): string {
  const entry = READERS[err.code];
  const m = entry?.[0].exec(err.message);
  return m ? `${entry![1](m, lang)}\n` : commanderSaid;
}
