/**
 * Commander's usage errors as kolops says them (usage.ts picks one by
 * `CommanderError.code`). English; every other language is one file in src/i18n/locales/.
 * Data only: this module imports nothing.
 */
export const usageMessages = {
  'cli-usage:unknown-option': 'error: unknown option \'{flag}\'',
  'cli-usage:unknown-command': 'error: unknown command \'{name}\'',
  'cli-usage:did-you-mean': '(Did you mean {suggestion}?)',
  'cli-usage:missing-argument': 'error: missing required argument \'{name}\'',
  'cli-usage:option-missing-argument': 'error: option \'{option}\' argument missing',
  'cli-usage:missing-mandatory-option': 'error: required option \'{option}\' not specified',
  'cli-usage:excess-arguments': 'error: too many arguments for \'{command}\'. Expected {expected} but got {got}.',
  'cli-usage:excess-arguments-root': 'error: too many arguments. Expected {expected} but got {got}.',
  'cli-usage:arguments': '{count, plural, one {# argument} other {# arguments}}',
  'cli-usage:invalid-option-value': 'error: option \'{option}\' argument \'{value}\' is invalid. {reason}',
  'cli-usage:invalid-argument-value': 'error: command-argument value \'{value}\' is invalid for argument \'{name}\'. {reason}',
  'cli-usage:choices': 'Allowed choices are {choices}.',
} as const;
