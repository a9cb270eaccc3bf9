/**
 * A kolops.config.json that cannot be used, in words (config.ts puts them together): the
 * line, zod's issues, the kinds of value expected and written, the schema's own
 * refinements. English; every other language is one file in src/i18n/locales/. Data only:
 * this module imports nothing.
 */
export const configMessages = {
  'cli-config:invalid': 'invalid config {file}: {problem}',
  'cli-config:unreadable': 'cannot read config {file}: {problem}',
  'cli-config:at': '{path}: {problem}',
  'cli-config:root': '(top level)',
  'cli-config:json-at': 'not valid JSON at line {line}, column {column}. Look there for a missing or doubled comma, a comma before } or ], or a missing quote.',
  'cli-config:json': 'not valid JSON. Look for a missing or doubled comma, a comma before } or ], or a missing quote.',
  'cli-config:json-empty': 'not valid JSON: the file ends too early (empty, or cut off). Write at least {} in it.',
  'cli-config:missing-path': '{path} does not exist: name files or folders that exist, relative to this config file',
  // One zod issue.
  'cli-config-issue:missing': 'missing: expected {type}',
  'cli-config-issue:type': 'expected {type}, not {got}',
  'cli-config-issue:one-of': 'expected one of {values}, not {got}',
  'cli-config-issue:unknown-key': 'unknown key {keys}: check its spelling, or remove it',
  'cli-config-issue:unknown-keys': 'unknown keys {keys}: check their spelling, or remove them',
  'cli-config-issue:at-least': 'expected {min} or more, not {got}',
  'cli-config-issue:more-than': 'expected more than {min}, not {got}',
  'cli-config-issue:at-most': 'expected {max} or less, not {got}',
  'cli-config-issue:less-than': 'expected less than {max}, not {got}',
  'cli-config-issue:not-empty': 'must not be empty',
  'cli-config-issue:min-chars': 'expected at least {min} characters',
  'cli-config-issue:max-chars': 'expected at most {max} characters',
  'cli-config-issue:one-item': 'must list at least one item',
  'cli-config-issue:min-items': 'expected at least {min} items',
  'cli-config-issue:max-items': 'expected at most {max} items',
  'cli-config-issue:union-keys': 'expected an object with one of the keys {keys}',
  'cli-config-issue:union': 'not one of the forms allowed here',
  'cli-config-issue:key': 'the key itself: {problem}',
  'cli-config-issue:other': '{message}',
  // The kinds of value zod expects (`expected`), as the sentence names them.
  'cli-config-type:string': 'text',
  'cli-config-type:number': 'a number',
  'cli-config-type:int': 'a whole number',
  'cli-config-type:boolean': 'true or false',
  'cli-config-type:array': 'a list [ … ]',
  'cli-config-type:object': 'an object { … }',
  'cli-config-type:record': 'an object { … }',
  // What was written instead, as the sentence names it.
  'cli-config-value:text': 'the text {value}',
  'cli-config-value:number': 'the number {value}',
  'cli-config-value:list': 'a list',
  'cli-config-value:object': 'an object',
  // Messages of the schema's own refinements (schema.ts).
  'cli-config-custom:header-pattern': 'a header text, or a valid /regular expression/',
} as const;
