/**
 * One glossary (issue 14): every Indonesian message uses the glossary's word for a
 * concept and none of the variants it avoids; no glossary word goes unused; and every
 * catalogue entry has the same placeholders in English and Indonesian.
 */
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/i18n/glossary.js';
import { placeholdersOf } from '../../src/i18n/message-format.js';
import { id } from '../../src/i18n/locales/id.js';
import { allEnglish } from '../helpers/messages.js';

const english: Record<string, string> = allEnglish();
const entries = Object.entries(id.messages).map(([key, text]) => [key, { en: english[key]!, id: text }] as const);

/**
 * File names are stable identifiers, not sentences: renaming `rekap-posting.xlsx` would
 * make `kolops init` write a second set of templates next to a team's existing ones.
 */
const NOT_PROSE = /^init:file-/;

/** Every Indonesian string a person reads: catalogue messages and the rules' descriptions. */
const indonesian: { where: string; text: string }[] = [
  ...entries.filter(([key]) => !NOT_PROSE.test(key)).map(([key, e]) => ({ where: key, text: e.id })),
];

/**
 * A template as prose: each placeholder becomes `{}`, and a plural's cases stay as text
 * (`#` becomes `{}`), so the words inside a case are checked too.
 */
function prose(template: string): string {
  return template
    .replace(/\{\s*\w+\s*(?:,\s*(?:number|percent|currency|date|day|weekday)\s*)?\}/g, '{}')
    .replace(/\{\s*\w+\s*,\s*plural\s*,/g, ' ')
    .replace(/(?:=\d+|zero|one|two|few|many|other)\s*\{/g, ' ')
    .replace(/#/g, '{}');
}

/**
 * `term` as a whole word, case-insensitively. Not right after `.`, `-` or `/` either, so
 * `posting.deadline`, `--max-warnings` and `table/month-unknown` are names, not prose.
 */
function wordPattern(term: string): RegExp {
  const body = prose(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_.\\-/{])${body}(?![\\p{L}\\p{N}_}])`, 'iu');
}

describe('the glossary', () => {
  it('names each concept and each Indonesian word once, and no word it uses is one it avoids', () => {
    expect(new Set(glossary.map((g) => g.concept)).size).toBe(glossary.length);
    expect(new Set(glossary.map((g) => g.id.toLowerCase())).size).toBe(glossary.length);
    for (const g of glossary) {
      for (const other of glossary) {
        for (const variant of other.avoid) {
          expect(wordPattern(variant).test(g.id), `"${g.id}" (${g.concept}) is avoided by "${other.concept}" as "${variant}"`).toBe(false);
        }
      }
    }
  });

  it('is followed: no Indonesian message uses a variant the glossary avoids', () => {
    const offences: string[] = [];
    for (const g of glossary) {
      for (const variant of g.avoid) {
        const re = wordPattern(variant);
        for (const { where, text } of indonesian) {
          const m = re.exec(prose(text));
          if (m) offences.push(`${where}: "${m[0]}" — write "${g.id}" (${g.concept})`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it('has no dead entries: every glossary word is used by some Indonesian message', () => {
    const unused = glossary.filter((g) => !indonesian.some(({ text }) => wordPattern(g.id).test(prose(text))))
      .map((g) => `${g.concept}: "${g.id}"`);
    expect(unused).toEqual([]);
  });
});

describe('the catalogue', () => {
  it('has the same placeholders in English and Indonesian in every entry', () => {
    const differ = entries
      .map(([key, e]) => ({ key, en: [...placeholdersOf(e.en)].sort(), id: [...placeholdersOf(e.id)].sort() }))
      .filter((p) => p.en.join() !== p.id.join())
      .map((p) => `${p.key}: en {${p.en.join(', ')}} ≠ id {${p.id.join(', ')}}`);
    expect(differ).toEqual([]);
  });

  it('checks its Indonesian strings as prose: a variant is found beside a placeholder, a config key is not', () => {
    expect(wordPattern('menulis {file}').test(prose('tidak menulis {path}: …'))).toBe(true);
    expect(wordPattern('telat').test(prose('{days, plural, other {telat # hari}}'))).toBe(true);
    expect(wordPattern('brand').test(prose('merek {brand} tidak ada'))).toBe(false);
    expect(wordPattern('deadline').test(prose('config posting.deadline'))).toBe(false);
    expect(wordPattern('di-list').test(prose('KOL di-listing'))).toBe(false);
  });
});
