/**
 * A kolops.config.json that cannot be used, said in one line in the user's language:
 * the key path and what was expected there, instead of zod's own English ("Invalid
 * option", "Expected number, received string"). load.ts hands over the zod issue, the
 * JSON error or the system's code as data (`ConfigError.reason`); the words are here.
 */
import type { z } from 'zod';
import type { ConfigError } from '../../config/load.js';
import type { Lang } from '../../i18n/index.js';
import { systemProblem } from './system.js';
import { say, type Words } from './words.js';

type Issue = z.core.$ZodIssue;

const LINES = {
  invalid: { en: 'invalid config {file}: {problem}', id: 'config tidak valid {file}: {problem}' },
  unreadable: { en: 'cannot read config {file}: {problem}', id: 'tidak bisa membaca config {file}: {problem}' },
  at: { en: '{path}: {problem}', id: '{path}: {problem}' },
  root: { en: '(top level)', id: '(tingkat teratas)' },
  'json-at': {
    en: 'not valid JSON at line {line}, column {column}. Look there for a missing or doubled comma, a comma before } or ], or a missing quote.',
    id: 'bukan JSON yang valid di baris {line}, kolom {column}. Periksa di situ: koma yang kurang atau dobel, koma sebelum } atau ], atau tanda kutip yang kurang.',
  },
  json: {
    en: 'not valid JSON. Look for a missing or doubled comma, a comma before } or ], or a missing quote.',
    id: 'bukan JSON yang valid. Periksa koma yang kurang atau dobel, koma sebelum } atau ], atau tanda kutip yang kurang.',
  },
  'json-empty': {
    en: 'not valid JSON: the file ends too early (empty, or cut off). Write at least {} in it.',
    id: 'bukan JSON yang valid: file-nya berakhir terlalu cepat (kosong, atau terpotong). Isi paling sedikit dengan {}.',
  },
  'missing-path': {
    en: '{path} does not exist: name files or folders that exist, relative to this config file',
    id: '{path} tidak ada: sebutkan file atau folder yang ada, relatif terhadap file config ini',
  },
} as const satisfies Record<string, Words>;

const ISSUES = {
  missing: { en: 'missing: expected {type}', id: 'belum diisi: seharusnya {type}' },
  type: { en: 'expected {type}, not {got}', id: 'seharusnya {type}, bukan {got}' },
  'one-of': { en: 'expected one of {values}, not {got}', id: 'seharusnya salah satu dari {values}, bukan {got}' },
  'unknown-key': { en: 'unknown key {keys}: check its spelling, or remove it', id: 'key {keys} tidak dikenal: periksa ejaannya, atau hapus' },
  'unknown-keys': { en: 'unknown keys {keys}: check their spelling, or remove them', id: 'key {keys} tidak dikenal: periksa ejaannya, atau hapus' },
  'at-least': { en: 'expected {min} or more, not {got}', id: 'seharusnya {min} atau lebih, bukan {got}' },
  'more-than': { en: 'expected more than {min}, not {got}', id: 'seharusnya lebih dari {min}, bukan {got}' },
  'at-most': { en: 'expected {max} or less, not {got}', id: 'seharusnya {max} atau kurang, bukan {got}' },
  'less-than': { en: 'expected less than {max}, not {got}', id: 'seharusnya kurang dari {max}, bukan {got}' },
  'not-empty': { en: 'must not be empty', id: 'tidak boleh kosong' },
  'min-chars': { en: 'expected at least {min} characters', id: 'seharusnya paling sedikit {min} karakter' },
  'max-chars': { en: 'expected at most {max} characters', id: 'seharusnya paling banyak {max} karakter' },
  'one-item': { en: 'must list at least one item', id: 'harus berisi paling sedikit satu item' },
  'min-items': { en: 'expected at least {min} items', id: 'seharusnya paling sedikit {min} item' },
  'max-items': { en: 'expected at most {max} items', id: 'seharusnya paling banyak {max} item' },
  'union-keys': { en: 'expected an object with one of the keys {keys}', id: 'seharusnya objek dengan salah satu key {keys}' },
  union: { en: 'not one of the forms allowed here', id: 'bukan salah satu bentuk yang diizinkan di sini' },
  key: { en: 'the key itself: {problem}', id: 'nama key-nya: {problem}' },
  other: { en: '{message}', id: 'tidak valid ({message})' },
} as const satisfies Record<string, Words>;

/** The kinds of value zod expects (`expected`), as the sentence names them. */
const TYPES: Readonly<Record<string, Words>> = {
  string: { en: 'text', id: 'teks' },
  number: { en: 'a number', id: 'angka' },
  int: { en: 'a whole number', id: 'bilangan bulat' },
  boolean: { en: 'true or false', id: 'true atau false' },
  array: { en: 'a list [ … ]', id: 'daftar [ … ]' },
  object: { en: 'an object { … }', id: 'objek { … }' },
  record: { en: 'an object { … }', id: 'objek { … }' },
};

/** What was written instead, as the sentence names it. */
const VALUES = {
  text: { en: 'the text {value}', id: 'teks {value}' },
  number: { en: 'the number {value}', id: 'angka {value}' },
  list: { en: 'a list', id: 'daftar' },
  object: { en: 'an object', id: 'objek' },
} as const satisfies Record<string, Words>;

/** Messages of the schema's own refinements (schema.ts), by their English. */
const CUSTOM: Readonly<Record<string, Words>> = {
  'a header text, or a valid /regular expression/': {
    en: 'a header text, or a valid /regular expression/',
    id: 'teks header, atau /ekspresi reguler/ yang valid',
  },
};

function value(v: unknown, lang: Lang): string {
  if (typeof v === 'string') return say(VALUES.text, lang, { value: JSON.stringify(v) });
  if (typeof v === 'number') return say(VALUES.number, lang, { value: String(v) });
  if (Array.isArray(v)) return say(VALUES.list, lang);
  if (v !== null && typeof v === 'object') return say(VALUES.object, lang);
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
    return { path: issue.path, text: say(ISSUES['union-keys'], lang, { keys: needed.map((k) => k[0]!).join(', ') }) };
  }
  return { path: issue.path, text: say(ISSUES.union, lang) };
}

function sizeIssue(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, lang: Lang): string | null {
  const got = plain(issue.input);
  if (issue.code === 'too_small') {
    const min = String(issue.minimum);
    if (issue.origin === 'number' || issue.origin === 'int') return say(ISSUES[issue.inclusive === false ? 'more-than' : 'at-least'], lang, { min, got });
    if (issue.origin === 'string') return say(ISSUES[min === '1' ? 'not-empty' : 'min-chars'], lang, { min });
    if (issue.origin === 'array') return say(ISSUES[min === '1' ? 'one-item' : 'min-items'], lang, { min });
    return null;
  }
  const max = String(issue.maximum);
  if (issue.origin === 'number' || issue.origin === 'int') return say(ISSUES[issue.inclusive === false ? 'less-than' : 'at-most'], lang, { max, got });
  if (issue.origin === 'string') return say(ISSUES['max-chars'], lang, { max });
  if (issue.origin === 'array') return say(ISSUES['max-items'], lang, { max });
  return null;
}

/** One zod issue as our sentence, with the key path it is about (a union's may go deeper). */
export function issueText(issue: Issue, lang: Lang): { path: PropertyKey[]; text: string } {
  const at = (text: string) => ({ path: issue.path, text });
  const missing = issue.input === undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const type = TYPES[issue.expected]?.[lang] ?? issue.expected;
      return at(missing ? say(ISSUES.missing, lang, { type }) : say(ISSUES.type, lang, { type, got: value(issue.input, lang) }));
    }
    case 'invalid_value': {
      const values = quoted(issue.values);
      if (missing) return at(say(ISSUES.missing, lang, { type: values }));
      return at(issue.values.length === 1
        ? say(ISSUES.type, lang, { type: values, got: value(issue.input, lang) })
        : say(ISSUES['one-of'], lang, { values, got: value(issue.input, lang) }));
    }
    case 'unrecognized_keys':
      return at(say(ISSUES[issue.keys.length === 1 ? 'unknown-key' : 'unknown-keys'], lang, { keys: quoted(issue.keys) }));
    case 'too_small':
    case 'too_big':
      return at(sizeIssue(issue, lang) ?? say(ISSUES.other, lang, { message: issue.message }));
    case 'custom':
      return at(CUSTOM[issue.message]?.[lang] ?? say(ISSUES.other, lang, { message: issue.message }));
    case 'invalid_union':
      return unionIssue(issue, lang);
    case 'invalid_key':
      return at(issue.issues[0] ? say(ISSUES.key, lang, { problem: issueText(issue.issues[0], lang).text }) : say(ISSUES.other, lang, { message: issue.message }));
    default:
      return at(say(ISSUES.other, lang, { message: issue.message }));
  }
}

function keyPath(path: readonly PropertyKey[], lang: Lang): string {
  return path.length ? path.map((k) => (k === '' ? '""' : String(k))).join('.') : say(LINES.root, lang);
}

/** What is wrong with the config, after its file name: `listing.monthlyTarget: expected a number, not the text "twenty"`. */
export function configProblem(err: ConfigError, lang: Lang): string {
  const reason = err.reason;
  switch (reason?.kind) {
    case 'schema': {
      const { path, text } = issueText(reason.issue, lang);
      return say(LINES.at, lang, { path: keyPath(path, lang), problem: text });
    }
    case 'json':
      if (reason.line !== null && reason.column !== null) return say(LINES['json-at'], lang, { line: reason.line, column: reason.column });
      return say(LINES[/^Unexpected end/.test(reason.message) ? 'json-empty' : 'json'], lang);
    case 'system':
      return systemProblem(reason.code, 'read', err.file, lang);
    case 'missing-path':
      return say(LINES.at, lang, { path: err.keyPath, problem: say(LINES['missing-path'], lang, { path: reason.path }) });
    default:
      return `${err.keyPath}: ${err.expected}`;
  }
}

/** The one line (without `kolops: `) for a config that cannot be used. */
export function configErrorLine(err: ConfigError, lang: Lang): string {
  return say(LINES[err.kind === 'invalid' ? 'invalid' : 'unreadable'], lang, { file: err.file, problem: configProblem(err, lang) });
}
