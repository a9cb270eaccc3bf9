/**
 * A kolops.config.json that cannot be used, said in one line in the user's language:
 * the key path and what was expected there, instead of zod's own English ("Invalid
 * option", "Expected number, received string"). load.ts hands over the zod issue, the
 * JSON error or the system's code as data (`ConfigError.reason`); this module puts the
 * sentence together, its words are in config-words.ts.
 */
import type * as z from 'zod/mini';
import type { ConfigError } from '../../config/load.js';
import { t, type Lang } from '../../i18n/index.js';
import type { configMessages } from './config-words.js';
import { systemProblem } from './system.js';

type Issue = z.core.$ZodIssue;
type ConfigKey = keyof typeof configMessages;

/** The kinds of value zod expects (`expected`) that the sentence names in words; another is named as zod does. */
const TYPES: Readonly<Record<string, ConfigKey>> = {
  string: 'cli-config-type:string',
  number: 'cli-config-type:number',
  int: 'cli-config-type:int',
  boolean: 'cli-config-type:boolean',
  array: 'cli-config-type:array',
  object: 'cli-config-type:object',
  record: 'cli-config-type:record',
};

/** Messages of the schema's own refinements (schema.ts), by their English. */
const CUSTOM: Readonly<Record<string, ConfigKey>> = {
  'a header text, or a valid /regular expression/': 'cli-config-custom:header-pattern',
};

/** The key `name` stands for in `table`, if it is one of the table's own (never `toString`). */
function keyOf(table: Readonly<Record<string, ConfigKey>>, name: string): ConfigKey | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

function value(v: unknown, lang: Lang): string {
  if (typeof v === 'string') return t('cli-config-value:text', lang, { value: JSON.stringify(v) });
  if (typeof v === 'number') return t('cli-config-value:number', lang, { value: String(v) });
  if (Array.isArray(v)) return t('cli-config-value:list', lang);
  if (v !== null && typeof v === 'object') return t('cli-config-value:object', lang);
  return String(v);
}

function quoted(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** The number an issue is about, as the sentence writes it (just the digits). */
function plain(v: unknown): string {
  return typeof v === 'number' ? String(v) : JSON.stringify(v) ?? String(v);
}

/** A union none of whose forms matched: the one form that nearly did, else the keys each form needs. */
function unionIssue(issue: Extract<Issue, { code: 'invalid_union' }>, lang: Lang): { path: PropertyKey[]; text: string } {
  const branches = issue.errors.filter((b) => b.length > 0);
  const fewest = Math.min(...branches.map((b) => b.length));
  const closest = branches.filter((b) => b.length === fewest);
  const same = closest.every((b) => b[0]!.code === closest[0]![0]!.code && b[0]!.path.join('.') === closest[0]![0]!.path.join('.'));
  if (fewest === 1 && same) {
    const inner = issueText(closest[0]![0]!, lang);
    return { path: [...issue.path, ...inner.path], text: inner.text };
  }
  const needed = branches.map((b) => b.filter((i) => i.input === undefined && i.path.length === 1).map((i) => String(i.path[0])));
  if (branches.length > 0 && needed.every((k) => k.length === 1)) {
    return { path: issue.path, text: t('cli-config-issue:union-keys', lang, { keys: needed.map((k) => k[0]!).join(', ') }) };
  }
  return { path: issue.path, text: t('cli-config-issue:union', lang) };
}

function sizeIssue(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, lang: Lang): string | null {
  const got = plain(issue.input);
  if (issue.code === 'too_small') {
    const min = String(issue.minimum);
    if (issue.origin === 'number' || issue.origin === 'int') return t(issue.inclusive === false ? 'cli-config-issue:more-than' : 'cli-config-issue:at-least', lang, { min, got });
    if (issue.origin === 'string') return t(min === '1' ? 'cli-config-issue:not-empty' : 'cli-config-issue:min-chars', lang, { min });
    if (issue.origin === 'array') return t(min === '1' ? 'cli-config-issue:one-item' : 'cli-config-issue:min-items', lang, { min });
    return null;
  }
  const max = String(issue.maximum);
  if (issue.origin === 'number' || issue.origin === 'int') return t(issue.inclusive === false ? 'cli-config-issue:less-than' : 'cli-config-issue:at-most', lang, { max, got });
  if (issue.origin === 'string') return t('cli-config-issue:max-chars', lang, { max });
  if (issue.origin === 'array') return t('cli-config-issue:max-items', lang, { max });
  return null;
}

/** One zod issue as our sentence, with the key path it is about (a union's may go deeper). */
export function issueText(issue: Issue, lang: Lang): { path: PropertyKey[]; text: string } {
  const at = (text: string) => ({ path: issue.path, text });
  const missing = issue.input === undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const typeKey = keyOf(TYPES, issue.expected);
      const type = typeKey ? t(typeKey, lang) : issue.expected;
      return at(missing ? t('cli-config-issue:missing', lang, { type }) : t('cli-config-issue:type', lang, { type, got: value(issue.input, lang) }));
    }
    case 'invalid_value': {
      const values = quoted(issue.values);
      if (missing) return at(t('cli-config-issue:missing', lang, { type: values }));
      return at(issue.values.length === 1
        ? t('cli-config-issue:type', lang, { type: values, got: value(issue.input, lang) })
        : t('cli-config-issue:one-of', lang, { values, got: value(issue.input, lang) }));
    }
    case 'unrecognized_keys':
      return at(t(issue.keys.length === 1 ? 'cli-config-issue:unknown-key' : 'cli-config-issue:unknown-keys', lang, { keys: quoted(issue.keys) }));
    case 'too_small':
    case 'too_big':
      return at(sizeIssue(issue, lang) ?? t('cli-config-issue:other', lang, { message: issue.message }));
    case 'custom': {
      const custom = keyOf(CUSTOM, issue.message);
      return at(custom ? t(custom, lang) : t('cli-config-issue:other', lang, { message: issue.message }));
    }
    case 'invalid_union':
      return unionIssue(issue, lang);
    case 'invalid_key':
      return at(issue.issues[0] ? t('cli-config-issue:key', lang, { problem: issueText(issue.issues[0], lang).text }) : t('cli-config-issue:other', lang, { message: issue.message }));
    default:
      return at(t('cli-config-issue:other', lang, { message: issue.message }));
  }
}

function keyPath(path: readonly PropertyKey[], lang: Lang): string {
  return path.length ? path.map((k) => (k === '' ? '""' : String(k))).join('.') : t('cli-config:root', lang);
}

/** What is wrong with the config, after its file name: `listing.monthlyTarget: expected a number, not the text "twenty"`. */
export function configProblem(err: ConfigError, lang: Lang): string {
  const reason = err.reason;
  switch (reason?.kind) {
    case 'schema': {
      const { path, text } = issueText(reason.issue, lang);
      return t('cli-config:at', lang, { path: keyPath(path, lang), problem: text });
    }
    case 'json':
      if (reason.line !== null && reason.column !== null) return t('cli-config:json-at', lang, { line: reason.line, column: reason.column });
      return t(/^Unexpected end/.test(reason.message) ? 'cli-config:json-empty' : 'cli-config:json', lang);
    case 'system':
      return systemProblem(reason.code, 'read', err.file, lang);
    case 'missing-path':
      return t('cli-config:at', lang, { path: err.keyPath, problem: t('cli-config:missing-path', lang, { path: reason.path }) });
    default:
      return `${err.keyPath}: ${err.expected}`;
  }
}

/** The one line (without `kolops: `) for a config that cannot be used. */
export function configErrorLine(err: ConfigError, lang: Lang): string {
  return t(err.kind === 'invalid' ? 'cli-config:invalid' : 'cli-config:unreadable', lang, { file: err.file, problem: configProblem(err, lang) });
}
