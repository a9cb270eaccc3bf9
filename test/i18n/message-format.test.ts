/**
 * The message templates: numbers, percentages, rupiah, dates and plurals written as each
 * language writes them, by Intl; and a template that is not one (a JSON example in a
 * message) left as text.
 */
import { describe, expect, it } from 'vitest';
import { MessageFormatError, placeholdersOf, renderMessage } from '../../src/i18n/message-format.js';

describe('renderMessage', () => {
  it('writes numbers, percentages and rupiah the way each language does', () => {
    const t = 'minimal {min, number} views, komisi {pct, percent}, bonus {amount, currency}';
    const args = { min: 30000, pct: 12.5, amount: 26_750_000 };
    expect(renderMessage(t, args, 'en')).toBe('minimal 30,000 views, komisi 12.5%, bonus Rp 26,750,000');
    expect(renderMessage(t, args, 'id')).toBe('minimal 30.000 views, komisi 12,5%, bonus Rp 26.750.000');
    expect(renderMessage('{n, number}', { n: 0.4 }, 'id')).toBe('0,4');
  });

  it('leaves a plain placeholder as given: a year or a row number is not grouped', () => {
    expect(renderMessage('{year} row {row}', { year: 2024, row: 12345 }, 'en')).toBe('2024 row 12345');
  });

  it('names a weekday, and joins a list, as each language does (Intl)', () => {
    expect(renderMessage('{w, weekday}', { w: 4 }, 'id')).toBe('Kamis');
    expect(renderMessage('{w, weekday}', { w: 0 }, 'en')).toBe('Sunday');
    const list = { list: ['a', 'b', 'c'], join: 'or' as const };
    expect(renderMessage('{l}', { l: list }, 'en')).toBe('a, b, or c');
    expect(renderMessage('{l}', { l: list }, 'id')).toBe('a, b, atau c');
    expect(renderMessage('{l}', { l: { list: ['a', 'b'], join: 'and' } }, 'id')).toBe('a dan b');
  });

  it('renders a UI text given as an argument in the language of the message', () => {
    const resolve = (r: { key: string }) => `<${r.key}>`;
    expect(renderMessage('{c} missing', { c: { key: 'column:brand' } }, 'id', resolve)).toBe('<column:brand> missing');
  });

  it('writes a date as people write it', () => {
    expect(renderMessage('{d, date}', { d: '2025-10-09' }, 'id')).toBe('Kamis, 9 Oktober 2025');
    expect(renderMessage('{d, date}', { d: '2025-10-09' }, 'en')).toBe('Thursday, 9 October 2025');
    expect(renderMessage('{d, date}', { d: 'not a date' }, 'en')).toBe('not a date');
  });

  it('writes each date, day and month of each language as Intl does, however often and however many are asked for', () => {
    // Written dates are kept (bounded): the same date in the other language or style, and
    // more dates than are kept, must still come out as Intl writes them.
    const formats = new Map<string, Intl.DateTimeFormat>();
    const intl = (lang: string, o: Intl.DateTimeFormatOptions, iso: string) => {
      const key = `${lang}${JSON.stringify(o)}`;
      if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(lang, { ...o, timeZone: 'UTC' }));
      return formats.get(key)!.format(new Date(`${iso}T00:00:00Z`));
    };
    const long = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
    const day = { day: 'numeric', month: 'long', year: 'numeric' } as const;
    const wrong: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const iso = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
      for (const [lang, tag] of [['en', 'en-GB'], ['id', 'id-ID']] as const) {
        const got = renderMessage('{a, date} | {a, day} | {m, month}', { a: iso, m: iso.slice(0, 7) }, lang);
        const want = `${intl(tag, long, iso)} | ${intl(tag, day, iso)} | ${intl(tag, { month: 'long', year: 'numeric' }, iso)}`;
        if (got !== want) wrong.push(`${lang} ${iso}: ${got} != ${want}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('picks the plural case by Intl.PluralRules, with exact cases first', () => {
    const t = '{files, plural, one {# file} other {# files}} checked: {errors, plural, =0 {no errors} one {# error} other {# errors}}';
    expect(renderMessage(t, { files: 1, errors: 1 }, 'en')).toBe('1 file checked: 1 error');
    expect(renderMessage(t, { files: 1200, errors: 0 }, 'en')).toBe('1,200 files checked: no errors');
    // Indonesian has no plural inflection: "other" always, and its number grouping.
    expect(renderMessage('{n, plural, other {# file}}', { n: 1200 }, 'id')).toBe('1.200 file');
  });

  it('renders placeholders inside plural cases', () => {
    expect(renderMessage('{n, plural, one {# KOL in {month}} other {# KOLs in {month}}}', { n: 2, month: 'Oktober' }, 'en')).toBe('2 KOLs in Oktober');
  });

  it('keeps a missing value visible, and text that only looks like a placeholder', () => {
    expect(renderMessage('{a} and {b, number}', { a: 'x' }, 'en')).toBe('x and {b, number}');
    expect(renderMessage('raise {"limits": {"maxCells": …}}', {}, 'en')).toBe('raise {"limits": {"maxCells": …}}');
  });

  it('refuses a plural with no "other" case or a case left open, naming the template', () => {
    expect(() => renderMessage('{n, plural, one {# x}}', { n: 1 })).toThrow(MessageFormatError);
    expect(() => renderMessage('{n, plural, other {# x}', { n: 1 })).toThrow(/not closed/);
  });

  it('lists the placeholders a template uses, inside plural cases too', () => {
    expect([...placeholdersOf('{a} {n, plural, one {# {b}} other {# {c}}} {d, number}')].sort()).toEqual(['a', 'b', 'c', 'd', 'n']);
  });
});
