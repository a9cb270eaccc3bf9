/**
 * A pseudo-locale for tests only (`qps`, after Microsoft's qps-ploc): every English text
 * of kolops with its letters accented (`check` → `çĥéçķ`) and wrapped in `⟦…⟧`, so any
 * word on screen that is not accented was not looked up in the run's locale. It is one
 * `Locale`, registered at run time, and nothing in src/ knows it: the proof that a third
 * language is one file.
 *
 * What stays as it is, because the user types or reads it as a name in every language:
 * placeholders and the ICU syntax around them (plural selectors, `#`); text in backticks;
 * text in double quotes that the Indonesian keeps as it is (config keys, header names,
 * JSON: `"columns"`, `"Bersedia Terima PR Pack"`; `"safe / no side effects"` is words, and
 * is accented); options (`--format`, `-o`); file names and dotted config keys
 * (`kolops.config.json`, `posting.deadline`); rule ids (`table/month-unknown`); cell
 * references (`A1:XFD1048576`); `#hashtags`, `@handles` and Excel's `#REF!`; and `kolops`
 * with the command after it (`kolops check`). A text with nothing left to accent (a file
 * name such as `kol-listing.xlsx`, or `{old} → {new}`) is not wrapped, so it stays usable.
 *
 * Its numbers, dates, plurals and lists are Finnish (`fi-FI`): Intl writes them, and
 * Finnish shares no word with English or Indonesian, so a month name, a weekday or an
 * "and" that Intl did not write in the run's language (a hard-coded English table, an
 * `lang === 'id' ? … : …` branch) shows up as a leak instead of passing for Intl's own.
 */
import type { Locale, MessageKey, Translation } from '../../src/i18n/locale.js';
import { id } from '../../src/i18n/locales/id.js';
import { registerLocale } from '../../src/i18n/registry.js';
import { allEnglish } from './messages.js';

export const PSEUDO_TAG = 'qps';
export const OPEN = '⟦';
export const CLOSE = '⟧';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const LOWER_ACCENTED = 'áƀçďéƒĝĥíĵķĺṁñóṗʠŕšţúṽŵẋýž';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const UPPER_ACCENTED = 'ÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓṖɊŔŠŢÚṼŴẊÝŽ';

const ACCENT = new Map<string, string>();
for (let i = 0; i < 26; i++) {
  ACCENT.set(LOWER[i]!, [...LOWER_ACCENTED][i]!);
  ACCENT.set(UPPER[i]!, [...UPPER_ACCENTED][i]!);
}

/** Every letter the pseudo-locale writes: a word made of these alone was translated. */
export const PSEUDO_LETTERS: ReadonlySet<string> = new Set([...LOWER_ACCENTED, ...UPPER_ACCENTED]);

/** The commands `kolops …` names in a message (the first word of a group takes the second). */
const COMMANDS = ['list validate', 'recap check', 'affiliate check', 'report monthly', 'check', 'describe', 'normalize',
  'textconv', 'diff', 'init', 'report', 'chase', 'help', 'list', 'recap', 'affiliate'];

/**
 * Names kept as they are wherever they stand in a message (and allowed wherever they
 * stand in output): the user types them as they are in every language.
 */
export const NAME_PATTERNS: readonly RegExp[] = [
  /`[^`]*`/y,
  new RegExp(`kolops(?: (?:${COMMANDS.join('|')})\\b)?`, 'y'),
  // options: --format, -o, --context=PATH
  /(?<![\p{L}\d])--?[a-z][\w-]*(?:=[A-Z]+)?/uy,
  // Excel's error codes: #REF!, #N/A, #VALUE!
  /#[A-Z]+(?:\/[A-Z]+)?!?/y,
  // #hashtags and @handles: #iklan, @herbana.id
  /(?<![\p{L}\d])[#@][\p{L}\d_.]*[\p{L}\d_]/uy,
  // cell references: A1, XFD1048576, A1:XFD1048576
  /(?<![\p{L}\d])[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?(?![\p{L}\d])/uy,
  // file names, extensions, dotted config keys, domains: kolops.config.json, .xlsx, posting.deadline, tiktok.com
  /(?<![\p{L}\d])(?:[\p{L}\d_-]{2,}|(?=\.))(?:\.[A-Za-z][\w-]*)+(?![\p{L}\d(])/uy,
  // rule ids, paths, date patterns: table/month-unknown, recaps/, origin/main, dd/mm/yyyy
  /(?<![\p{L}\d])(?:file|listing|recap|affiliate|table|calendar)\/[a-z][\w-]*/uy,
  /(?<![\p{L}\d])(?:origin\/main|dd\/mm\/yyyy)/uy,
  // a folder named in an example: (kolops check listing.xlsx --context recaps/)
  /(?<=\s)[a-z][\w-]*\/(?=\))/uy,
];

/** Double quotes in a template, paired in order: the spans whose text is a name (no placeholder, kept as is in Indonesian). */
function literalQuotes(template: string, indonesian: string | undefined): Map<number, number> {
  const at: number[] = [];
  for (let i = 0; i < template.length; i++) if (template[i] === '"') at.push(i);
  const spans = new Map<number, number>();
  if (at.length % 2 !== 0) return spans;
  for (let k = 0; k < at.length; k += 2) {
    const quoted = template.slice(at[k]!, at[k + 1]! + 1);
    // "Bersedia Terima PR Pack", "columns", "tab" are names; "safe / no side effects" is words to translate.
    if (!/[{}]/.test(quoted) && indonesian?.includes(quoted)) spans.set(at[k]!, at[k + 1]! + 1);
  }
  return spans;
}

function accentText(text: string): { out: string; changed: boolean } {
  let out = '';
  let changed = false;
  let i = 0;
  outer: while (i < text.length) {
    for (const re of NAME_PATTERNS) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (m && m[0].length > 0) {
        out += m[0];
        i += m[0].length;
        continue outer;
      }
    }
    const c = text[i]!;
    const a = ACCENT.get(c);
    if (a) changed = true;
    out += a ?? c;
    i++;
  }
  return { out, changed };
}

/** `{`…`}` from `at` (at a `{`), balanced; -1 when not closed. */
function closingBrace(template: string, at: number): number {
  let depth = 0;
  for (let i = at; i < template.length; i++) {
    if (template[i] === '{') depth++;
    else if (template[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

interface Pseudo {
  out: string;
  changed: boolean;
}

/**
 * Accent the text of `template` from `from` to `to`, leaving its placeholders and ICU
 * syntax as they are. Follows src/i18n/message-format.ts: a `{` that does not open
 * `{name}`, `{name, style}` or `{name, plural, …}` is text (`{"limits": …}` in an
 * example), and `#` inside a plural case is the number.
 */
function pseudoPart(template: string, from: number, to: number, inCase: boolean, quotes: Map<number, number>, kept: Set<string>): Pseudo {
  let out = '';
  let changed = false;
  let text = '';
  const flush = () => {
    const r = accentText(text);
    out += r.out;
    changed ||= r.changed;
    text = '';
  };
  let i = from;
  while (i < to) {
    const c = template[i]!;
    if (inCase && c === '#') {
      flush();
      out += '#';
      i++;
      continue;
    }
    const quoteEnd = quotes.get(i);
    if (quoteEnd !== undefined) {
      flush();
      out += template.slice(i, quoteEnd);
      kept.add(template.slice(i + 1, quoteEnd - 1));
      i = quoteEnd;
      continue;
    }
    if (c !== '{') {
      text += c;
      i++;
      continue;
    }
    const head = /^\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?(,)?/.exec(template.slice(i, to));
    const end = closingBrace(template, i);
    if (!head || end < 0 || end >= to) {
      text += c;
      i++;
      continue;
    }
    const [whole, , style, comma] = head;
    if (style === 'plural' && comma) {
      flush();
      // {n, plural, one {…} other {…}}: selectors kept, each case's text accented.
      out += whole;
      let j = i + whole.length;
      while (j < end) {
        const sel = /^(\s*)(=\d+|zero|one|two|few|many|other)(\s*)\{/.exec(template.slice(j, end));
        if (!sel) {
          out += template[j];
          j++;
          continue;
        }
        out += sel[0];
        const open = j + sel[0].length - 1;
        const close = closingBrace(template, open);
        const inner = pseudoPart(template, open + 1, close, true, quotes, kept);
        out += `${inner.out}}`;
        changed ||= inner.changed;
        j = close + 1;
      }
      out += '}';
      i = end + 1;
      continue;
    }
    const simple = /^\{\s*\w+\s*(?:,\s*\w+\s*)?\}/.exec(template.slice(i, to));
    if (simple) {
      flush();
      out += simple[0];
      i += simple[0].length;
      continue;
    }
    text += c;
    i++;
  }
  flush();
  return { out, changed };
}

/** Quoted names the pseudo-locale kept as they are (`Bersedia Terima PR Pack`, `columns`): output may show them. */
export const KEPT_QUOTES = new Set<string>();

/** One English text in the pseudo-locale: accented and wrapped, or as it is when nothing in it is words. */
export function pseudo(template: string, indonesian?: string): string {
  const { out, changed } = pseudoPart(template, 0, template.length, false, literalQuotes(template, indonesian), KEPT_QUOTES);
  return changed ? `${OPEN}${out}${CLOSE}` : out;
}

const indonesian = id.messages as Readonly<Record<string, string>>;

export const pseudoLocale: Locale = {
  tag: PSEUDO_TAG,
  intl: 'fi-FI',
  name: pseudo('Pseudo'),
  messages: Object.fromEntries(Object.entries(allEnglish()).map(([k, v]) => [k, pseudo(v, indonesian[k])])) as Record<MessageKey, string> as Translation,
};

let registered = false;

/** Make `qps` a language of this process (LANG=qps, and `--lang qps` once the CLI lists registered tags). */
export function registerPseudoLocale(): Locale {
  if (!registered) registerLocale(pseudoLocale);
  registered = true;
  return pseudoLocale;
}
