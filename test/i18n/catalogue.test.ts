/**
 * The catalogue is the English beside the code plus one file per language. The type
 * checker already refuses a translation with a missing or an orphan key; these tests say
 * the same at run time (a locale built by hand, or cast, cannot slip through), and catch
 * what types cannot: an English text nothing shows, and a message id no rule reports.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { english } from '../../src/i18n/english.js';
import { id } from '../../src/i18n/locales/id.js';
import { placeholdersOf } from '../../src/i18n/message-format.js';
import { rules } from '../../src/rules/index.js';
import { allEnglish } from '../helpers/messages.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The code that could show a message: everything but the message tables themselves. */
const isMessageTable = (path: string) => /(^|\/)messages\.ts$|\/cli\/messages\/(commands|[a-z]+-words)\.ts$|\/i18n\/locales\//.test(path);
const code = sourceFiles(SRC).filter((p) => !isMessageTable(p)).map((p) => readFileSync(p, 'utf8')).join('\n');
const placeholders = (s: string) => [...placeholdersOf(s)].sort();

describe('the message catalogue', () => {
  const all = allEnglish();

  it('translates every English text into Indonesian, and nothing else', () => {
    const keys = Object.keys(all).sort();
    expect(Object.keys(id.messages).sort()).toEqual(keys);
  });

  it('gives each translation the same placeholders as its English, and no empty text', () => {
    for (const [key, text] of Object.entries(id.messages)) {
      expect(placeholders(text), key).toEqual(placeholders(all[key as keyof typeof all] ?? ""));
      expect(text.trim(), key).not.toBe('');
      expect((all[key as keyof typeof all] ?? "").trim(), key).not.toBe("");
    }
  });

  it('has no UI text that nothing shows', () => {
    // `prefix${…}` template literals: the keys the code completes at run time.
    const prefixes = [...code.matchAll(/`([a-z][\w/-]*:[\w-]*)\$\{/g)].map((m) => m[1]!);
    const literal = (key: string) => code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`\`${key}\``);
    const orphans = Object.keys(english).filter((key) => !literal(key) && !prefixes.some((p) => key.startsWith(p)));
    expect(orphans).toEqual([]);
  });

  it('has no rule message that its rule never reports', () => {
    const unused: string[] = [];
    for (const r of rules) {
      const source = readFileSync(join(SRC, 'rules', `${r.meta.id}.ts`), 'utf8');
      // The rule's code without its own `messages: { … }` table.
      const body = source.replace(/\n {4}messages: \{\n[\s\S]*?\n {4}\},\n/, '\n');
      const prefixes = [...body.matchAll(/`([\w-]*)\$\{/g)].map((m) => m[1]!).filter(Boolean);
      for (const m of Object.keys(r.meta.messages)) {
        // A reader's reason (`corrupt-zip`) becomes the message id as it is, so it is named elsewhere in src/.
        const named = body.includes(`'${m}'`) || body.includes(`:${m}\``) || prefixes.some((p) => m.startsWith(p)) || code.includes(`'${m}'`);
        if (!named) unused.push(`${r.meta.id}:${m}`);
      }
    }
    expect(unused).toEqual([]);
  });
});
