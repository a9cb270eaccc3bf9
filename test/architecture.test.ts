import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Layer of a file: the first folder under src/. */
const layer = (file: string) => relative(src, file).split('/')[0]!;

/** The files a file imports, relative to src/ (`readers/messages.js`). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*import\s[^'"]*['"](\.[^'"]+)['"]/gm)].map((m) => relative(src, join(file, '..', m[1]!)));
}

/**
 * Imports point one way: cli → engine → rules → rows/posting/compliance → parsers and
 * model. Each entry lists the layers a layer must never import.
 */
const FORBIDDEN: Record<string, string[]> = {
  collections: ['calendar', 'cli', 'engine', 'rules', 'readers', 'tables', 'rows', 'posting', 'report', 'formatters', 'config', 'compliance', 'affiliate', 'parsers', 'model'],
  model: ['calendar', 'cli', 'engine', 'rules', 'readers', 'tables', 'rows', 'posting', 'report', 'formatters', 'config', 'compliance', 'affiliate', 'interpret'],
  parsers: ['calendar', 'cli', 'engine', 'rules', 'readers', 'tables', 'rows', 'posting', 'report', 'formatters', 'compliance', 'affiliate'],
  readers: ['calendar', 'cli', 'engine', 'rules', 'rows', 'posting', 'report', 'formatters', 'compliance', 'affiliate'],
  tables: ['calendar', 'cli', 'engine', 'rules', 'readers', 'posting', 'report', 'formatters', 'interpret'],
  rows: ['calendar', 'cli', 'engine', 'rules', 'readers', 'report', 'formatters', 'interpret'],
  compliance: ['cli', 'engine', 'rules', 'readers', 'report', 'formatters', 'interpret'],
  posting: ['cli', 'engine', 'rules', 'readers', 'report', 'formatters', 'interpret'],
  // The content calendar's settings and run-wide book (issue 16), beside posting.
  calendar: ['cli', 'engine', 'rules', 'readers', 'report', 'formatters', 'interpret'],
  // The one interpretation pipeline: tables → kind, columns, month, brand → typed rows. It reads no files.
  interpret: ['cli', 'engine', 'rules', 'readers', 'report', 'formatters', 'writers', 'diff'],
  rules: ['cli', 'engine', 'readers', 'report', 'formatters', 'interpret'],
  formatters: ['cli', 'engine', 'rules', 'readers'],
  report: ['cli', 'rules', 'readers'],
  engine: ['cli'],
  // Words and their rendering: at run time i18n reads only the other areas' message tables
  // (each a data-only `messages.ts`, or the command line's `cli/messages/*-words.ts`); its
  // imports of rules are types (checked below).
  i18n: ['engine', 'readers', 'interpret', 'rows', 'posting', 'calendar', 'compliance', 'affiliate', 'writers', 'collections'],
};

/**
 * The one file of a forbidden layer a layer may import: i18n gathers the readers' words
 * (readers/messages.ts, data only, as the first test checks) and no reader code.
 */
const ALLOWED: Record<string, string[]> = {
  i18n: ['readers/messages.js'],
};

describe('architecture', () => {
  it('lets i18n import only message tables at run time, and rules as types only', () => {
    const bad: string[] = [];
    for (const file of files(join(src, 'i18n'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^import\s(type\s)?[^'"]*['"](\.[^'"]+)['"]/gm)) {
        const target = relative(src, join(file, '..', m[2]!));
        if (target.startsWith('i18n/') || m[1]) continue;
        const table = /(^|\/)messages(\/commands)?\.js$|^cli\/messages\/(help|usage|config|system|run)-words\.js$/.test(target);
        // A message table is data only: it imports nothing, so i18n pulls in no code through it.
        if (table && !/^\s*import\s/m.test(readFileSync(join(src, target.replace(/\.js$/, '.ts')), 'utf8'))) continue;
        bad.push(`${relative(src, file)} imports ${target}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps imports pointing one way (a rule never imports the engine, a reader never imports a rule)', () => {
    const violations: string[] = [];
    for (const file of files(src)) {
      const from = layer(file);
      for (const target of importsOf(file)) {
        const to = target.split('/')[0]!;
        if (FORBIDDEN[from]?.includes(to) && !ALLOWED[from]?.includes(target)) violations.push(`${relative(src, file)} imports ${to}/`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps process.exit and console out of everything but bin/', () => {
    const offenders = files(src).filter((f) => /process\.exit\(|console\.(log|error|warn)\(/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(src, f))).toEqual([]);
  });
});
