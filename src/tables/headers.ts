/**
 * Header rows read by meaning: each header cell is scored against every canonical column's
 * vocabulary (columns.ts), columns are assigned by best score, and the table's kind is
 * the one whose own columns the header has. The match says how each column was found and
 * which headers matched nothing, so `kolops describe` and the table rules can say so.
 */
import type { ColumnId, ColumnMatch, MatchHow, TableKind, UnmappedHeader } from '../model/table.js';
import { didYouMean } from '../parsers/suggest.js';
import { COLUMN_TERMS, HEADER_ABBREVIATIONS, HEADER_FILLERS, KIND_COLUMNS, KIND_SIGNATURE, KIND_SUBJECT, type ColumnTerms } from './columns.js';

export type { ColumnMatch, MatchHow, UnmappedHeader } from '../model/table.js';

export interface HeaderMatch {
  readonly kind: TableKind;
  /** Canonical column → 0-based column index. */
  readonly columns: Map<ColumnId, number>;
  readonly how: Map<ColumnId, ColumnMatch>;
  readonly unmapped: UnmappedHeader[];
  /** Other headers that scored well for a column but lost it: the first rows decide when the winner stays empty. */
  readonly alternatives: Map<ColumnId, ColumnMatch[]>;
  /** The columns only this kind has that the header holds: why it is this kind. */
  readonly evidence: ColumnId[];
  /** Every header cell naming a posting date. */
  readonly dateColumns: number[];
}

/** A row that was nearly a header: what it had, and what a kind would still need. */
export interface NearMiss {
  readonly kind: TableKind;
  readonly found: ColumnId[];
  /** The kind's own columns, none of which it has; empty when only a subject column is missing. */
  readonly missingSignature: ColumnId[];
  readonly missingSubject: ColumnId[];
}

/** The team's own header words (config `columns`): header text or `/pattern/` → column, per kind. */
export type ColumnsConfig = Partial<Record<TableKind, Readonly<Record<string, ColumnId>>>>;

/** A header needs at least this many recognised cells, so a title or group row never passes for one. */
const MIN_MATCHED = 3;
/** Below this a words match is a resemblance (a suggestion), not a match. */
const MATCH_SCORE = 0.5;
const GENERIC_SCORE = 0.3;
const KINDS: readonly TableKind[] = ['kol-listing', 'posting-recap', 'affiliate-deals', 'content-calendar'];
const HOW_RANK: Record<MatchHow, number> = { config: 3, exact: 2, words: 1, generic: 0 };

/** Written as two words or one: `Kerja Sama` is `kerjasama`, `PR-Pack` is `pr pack`. */
// Each with a word it cannot match without, so the pattern runs only on the few headers
// that hold it: the vocabulary's hundreds of phrases are read in every run (issue 17).
const JOINED: readonly [string, RegExp, string][] = [['kerja', /\bkerja sama\b/g, 'kerjasama'], ['sosial', /\bsosial media\b/g, 'sosmed'],
  ['sosial', /\bmedia sosial\b/g, 'sosmed'], ['pack', /\bpr ?pack\b/g, 'pr pack'], ['hp', /\bno\s+hp\b/g, 'no hp'],
  ['phone', /\bhand phone\b/g, 'handphone'], ['app', /\bwhats app\b/g, 'whatsapp']];

/**
 * Printable ASCII and the whitespace JavaScript's `\s` knows: text on which NFKD changes
 * nothing, with no marks or format characters, whose punctuation and symbols are exactly
 * `ASCII_PUNCTUATION`. Most headers, and every phrase of the vocabulary, are such text,
 * and the Unicode property patterns cost ~2 ms to compile in each run (issue 17: start-up).
 */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7e || (c < 0x20 && (c < 0x09 || c > 0x0d))) return false;
  }
  return true;
}

/** Every printable ASCII character that is neither a letter, a digit nor a space: each is \p{P} or \p{S}. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * A header's words as the vocabulary is written: no accents, lowercase, punctuation and
 * symbols as spaces (`Komisi (%)`, `Terima PR Pack?`), abbreviations spelled out, filler
 * words dropped. `Tgl. Upload` → `tanggal upload`.
 */
export function headerWords(text: string): string[] {
  const raw = String(text ?? '');
  return wordsOf(isPlainAscii(raw) ? raw.toLowerCase().replace(ASCII_PUNCTUATION, ' ').replace(/\s+/g, ' ').trim() : unicodeFolded(raw));
}

/** The general folding `headerWords` skips for plain ASCII; exported as the reference its test compares with. */
export function headerWordsByUnicode(text: string): string[] {
  return wordsOf(unicodeFolded(String(text ?? '')));
}

function unicodeFolded(raw: string): string {
  return raw.normalize('NFKD').replace(/[\p{M}\p{Cf}]/gu, '').toLowerCase().replace(/[\p{P}\p{S}]/gu, ' ').replace(/\s+/g, ' ').trim();
}

function wordsOf(folded: string): string[] {
  let s = folded;
  for (const [needle, re, to] of JOINED) if (s.includes(needle)) s = s.replace(re, to);
  const words: string[] = [];
  for (const w of s.split(' ')) {
    if (w === '' || HEADER_FILLERS.has(w)) continue;
    const full = HEADER_ABBREVIATIONS[w] ?? w;
    words.push(...full.split(' '));
  }
  return words;
}

/** `kolops: Followers`: a column `kolops normalize` wrote beside the table, never the team's. */
function isDerived(text: string): boolean {
  return /^\s*kolops\s*:/i.test(text);
}

interface Scored {
  score: number;
  /** Breaks ties between equal scores: the header that says more about the column. */
  weight: number;
  how: MatchHow;
}

function scoreWords(words: readonly string[], terms: ColumnTerms, phrases: ReadonlySet<string>): Scored | null {
  const joined = words.join(' ');
  if (terms.generic?.includes(joined)) return { score: GENERIC_SCORE, weight: 0, how: 'generic' };
  const { known, unknown } = weigh(words, terms);
  // Two exact headers for one column: the one whose words say more (`Bersedia Terima PR Pack` over `Status Kerjasama`).
  if (phrases.has(joined)) return { score: 1, weight: 10 + known, how: 'exact' };
  let best: Scored | null = null;
  // A header that starts with a phrase and adds words (`Tanggal Posting KOL Herbana`, `Followers (IG)`).
  for (const p of phrases) {
    if (!joined.startsWith(`${p} `)) continue;
    const n = p.split(' ').length;
    const s = { score: 0.7 + 0.25 * (n / words.length), weight: 5 + n, how: 'words' as const };
    if (!best || s.score > best.score) best = s;
  }
  if (known >= 2) {
    const s = { score: Math.min(0.95, known / (known + 1.5 * unknown)), weight: known, how: 'words' as const };
    if (!best || s.score > best.score || (s.score === best.score && s.weight > best.weight)) best = s;
  }
  return best;
}

type Assigned = Omit<HeaderMatch, 'kind' | 'evidence' | 'dateColumns'>;

/** How much of a header a column's words cover, however little (for a suggestion, never a match). */
function resemblance(words: readonly string[], terms: ColumnTerms): number {
  const { known, unknown } = weigh(words, terms);
  return known / (known + 1.5 * unknown || 1);
}

/** The weight of a header's words the column knows, and how many it does not. */
function weigh(words: readonly string[], terms: ColumnTerms): { known: number; unknown: number } {
  let known = 0;
  let unknown = 0;
  for (const w of new Set(words)) {
    const weight = terms.words[w];
    if (weight === undefined) unknown++;
    else known += weight;
  }
  return { known, unknown };
}

interface Candidate extends Scored {
  index: number;
  column: ColumnId;
  order: number;
}

function better(a: Candidate, b: Candidate): number {
  return b.score - a.score || b.weight - a.weight || HOW_RANK[b.how] - HOW_RANK[a.how] || a.order - b.order || a.index - b.index;
}

/** A compiled config pattern: `/^jml fol/i` or a header text compared as words. */
interface ConfigRule { test: (text: string, words: string) => boolean; column: ColumnId }

function compileConfig(columns: ColumnsConfig | undefined): Map<TableKind, ConfigRule[]> {
  const out = new Map<TableKind, ConfigRule[]>();
  for (const kind of KINDS) {
    const rules: ConfigRule[] = [];
    for (const [pattern, column] of Object.entries(columns?.[kind] ?? {})) {
      const re = /^\/(.+)\/([a-z]*)$/.exec(pattern);
      if (re) {
        const regex = new RegExp(re[1]!, re[2]!.includes('i') ? re[2] : `${re[2]}i`);
        rules.push({ test: (text) => regex.test(text.trim()), column });
      } else {
        const want = headerWords(pattern).join(' ');
        rules.push({ test: (_text, words) => words === want, column });
      }
    }
    out.set(kind, rules);
  }
  return out;
}

let phrasesOfVocabulary: ReadonlyMap<ColumnId, ReadonlySet<string>> | null = null;

/**
 * Each column's phrases as header words, worked out once per process and shared by every
 * matcher: the same for any config, and hundreds of phrases (issue 17: start-up).
 */
function vocabularyPhrases(): ReadonlyMap<ColumnId, ReadonlySet<string>> {
  if (phrasesOfVocabulary === null) {
    const phrases = new Map<ColumnId, ReadonlySet<string>>();
    for (const [id, terms] of Object.entries(COLUMN_TERMS) as [ColumnId, ColumnTerms][]) {
      phrases.set(id, new Set(terms.phrases.map((p) => headerWords(p).join(' '))));
    }
    phrasesOfVocabulary = phrases;
  }
  return phrasesOfVocabulary;
}

/**
 * Matches header rows. One per config: the team's own header words (`columns`) come first,
 * then the vocabulary. Scores are worked out once per distinct header text.
 */
export class HeaderMatcher {
  private readonly phrases = vocabularyPhrases();
  private readonly config: Map<TableKind, ConfigRule[]>;
  private readonly scoreCache = new Map<string, Map<ColumnId, Scored | null>>();

  constructor(columns?: ColumnsConfig) {
    this.config = compileConfig(columns);
  }

  private score(words: readonly string[], column: ColumnId): Scored | null {
    const key = words.join(' ');
    let byColumn = this.scoreCache.get(key);
    if (!byColumn) {
      if (this.scoreCache.size > 4096) this.scoreCache.clear();
      this.scoreCache.set(key, (byColumn = new Map()));
    }
    if (!byColumn.has(column)) byColumn.set(column, scoreWords(words, COLUMN_TERMS[column], this.phrases.get(column)!));
    return byColumn.get(column)!;
  }

  /** A header cell names a posting date (the wide recap has one per brand). */
  isPostDateHeader(text: string): boolean {
    if (isDerived(text)) return false;
    const s = this.score(headerWords(text), 'postDate');
    return s !== null && s.how !== 'generic' && s.score >= MATCH_SCORE;
  }

  private assign(kind: TableKind, cells: readonly string[], words: readonly string[][]): Assigned {
    const columnsOfKind = KIND_COLUMNS[kind];
    const candidates: Candidate[] = [];
    const configRules = this.config.get(kind) ?? [];
    cells.forEach((text, index) => {
      const w = words[index]!;
      if (w.length === 0 || isDerived(text)) return;
      const joined = w.join(' ');
      const rule = configRules.find((r) => r.test(text, joined));
      if (rule) {
        candidates.push({ index, column: rule.column, order: -1, score: 2, weight: 100, how: 'config' });
        return;
      }
      columnsOfKind.forEach((column, order) => {
        const s = this.score(w, column);
        if (s && (s.how === 'generic' || s.score >= MATCH_SCORE)) candidates.push({ index, column, order, ...s });
      });
    });
    candidates.sort(better);
    const columns = new Map<ColumnId, number>();
    const how = new Map<ColumnId, ColumnMatch>();
    const taken = new Set<number>();
    const alternatives = new Map<ColumnId, ColumnMatch[]>();
    for (const c of candidates) {
      if (columns.has(c.column) || taken.has(c.index)) {
        if (columns.get(c.column) !== c.index && c.how !== 'generic') {
          const list = alternatives.get(c.column) ?? [];
          list.push({ index: c.index, how: c.how, score: c.score });
          alternatives.set(c.column, list);
        }
        continue;
      }
      columns.set(c.column, c.index);
      how.set(c.column, { index: c.index, how: c.how, score: c.score });
      taken.add(c.index);
    }
    // In sheet order, so everything that lists the columns lists them as the sheet does.
    const byIndex = <V>(m: Map<ColumnId, V>, at: (v: V) => number) => new Map([...m].sort((a, b) => at(a[1]) - at(b[1])));
    const unmapped: UnmappedHeader[] = [];
    cells.forEach((text, index) => {
      if (taken.has(index) || words[index]!.length === 0 || isDerived(text)) return;
      unmapped.push({ index, text, suggestion: this.suggest(words[index]!, columnsOfKind) });
    });
    return { columns: byIndex(columns, (i) => i), how: byIndex(how, (m) => m.index), unmapped, alternatives };
  }

  /**
   * The column a header most resembles: the best partial words match (of any kind, so a
   * `Followers` header in an affiliate table is named), else the nearest phrase by spelling.
   */
  private suggest(words: readonly string[], preferred: readonly ColumnId[]): ColumnId | null {
    const all = [...preferred, ...(Object.keys(COLUMN_TERMS) as ColumnId[]).filter((c) => !preferred.includes(c))];
    const matchIn = (columns: readonly ColumnId[]) => {
      let best: { column: ColumnId; score: number } | null = null;
      for (const column of columns) {
        const s = this.score(words, column);
        if (s && s.how !== 'generic' && s.score >= MATCH_SCORE && (!best || s.score > best.score)) best = { column, score: s.score };
      }
      return best?.column ?? null;
    };
    // A column of this kind it matches but lost to another header (a second `Tanggal Posting`);
    // else the column of this kind whose words it shares most (`Status Endorse` → PR-pack status);
    // else a column another kind would take (`Followers` in a deal list); else the nearest phrase by spelling.
    const own = matchIn(preferred);
    if (own) return own;
    let near: { column: ColumnId; score: number } | null = null;
    for (const column of preferred) {
      const r = resemblance(words, COLUMN_TERMS[column]);
      if (r > 0 && (!near || r > near.score)) near = { column, score: r };
    }
    if (near) return near.column;
    const other = matchIn(all);
    if (other) return other;
    const joined = words.join(' ');
    const byPhrase = new Map<string, ColumnId>();
    for (const column of all) for (const p of this.phrases.get(column)!) if (!byPhrase.has(p)) byPhrase.set(p, column);
    const spelled = didYouMean(joined, [...byPhrase.keys()]);
    return spelled ? byPhrase.get(spelled) ?? null : null;
  }

  private evidence(kind: TableKind, m: Assigned): ColumnId[] {
    return KIND_SIGNATURE[kind].filter((c) => m.columns.has(c) && m.how.get(c)!.how !== 'generic');
  }

  /** Headers that name a posting date: the one that is the post-date column, and any other that names one and nothing else. */
  private dateColumns(cells: readonly string[], m: Assigned): number[] {
    const taken = new Set(m.columns.values());
    return cells.map((c, i) => (m.columns.get('postDate') === i || (!taken.has(i) && this.isPostDateHeader(c)) ? i : -1)).filter((i) => i >= 0);
  }

  /**
   * Is this row a table header, and of which kind? Cells are the row's texts as written.
   * The kind is the one whose own columns the header holds (a recap's caption and views,
   * whatever its date column is called); between kinds that both fit, the one with more
   * and better-matched own columns, then more columns matched in all.
   */
  match(cells: readonly string[]): HeaderMatch | null {
    const words = cells.map((c) => headerWords(c));
    if (words.filter((w) => w.length > 0).length < MIN_MATCHED) return null;
    let best: { m: HeaderMatch; rank: number[] } | null = null;
    // A content calendar's `Tanggal Tayang | Jam Tayang | Status Tayang` look like a wide
    // recap's per-brand date columns; two or more of the calendar's own columns
    // (content type, time, hashtags, approval) say it is a calendar, not a recap.
    const calendarEvidence = this.evidence('content-calendar', this.assign('content-calendar', cells, words));
    for (const kind of KINDS) {
      const m = this.assign(kind, cells, words);
      const evidence = this.evidence(kind, m);
      const subject = KIND_SUBJECT[kind].some((c) => m.columns.has(c));
      const dateColumns = this.dateColumns(cells, m);
      const wide = kind === 'posting-recap' && m.columns.has('no') && dateColumns.length >= 2 && calendarEvidence.length < 2;
      const qualifies = wide || (m.columns.size >= MIN_MATCHED && evidence.length > 0 && subject);
      if (!qualifies) continue;
      // A generic match (`Status`, `Keterangan`) says nothing about the kind: it does not count.
      const sum = (ids: Iterable<ColumnId>) => [...ids].reduce((n, c) => n + (m.how.get(c)?.how === 'generic' ? 0 : Math.min(1, m.how.get(c)?.score ?? 0)), 0);
      const rank = [wide ? 1 : 0, sum(evidence), sum(m.columns.keys())];
      if (!best || compareRank(rank, best.rank) > 0) best = { m: { kind, ...m, evidence, dateColumns }, rank };
    }
    return best?.m ?? null;
  }

  /**
   * For a row that is no header: the kind it comes closest to, what it has and what that
   * kind still needs — so an unknown table says what was missing instead of a guess.
   */
  nearMiss(cells: readonly string[]): NearMiss | null {
    const words = cells.map((c) => headerWords(c));
    let best: { miss: NearMiss; size: number } | null = null;
    for (const kind of KINDS) {
      const m = this.assign(kind, cells, words);
      if (m.columns.size < 2) continue;
      const evidence = this.evidence(kind, m);
      const miss: NearMiss = {
        kind,
        found: [...m.columns.keys()],
        missingSignature: evidence.length ? [] : [...KIND_SIGNATURE[kind]],
        missingSubject: KIND_SUBJECT[kind].some((c) => m.columns.has(c)) ? [] : [...KIND_SUBJECT[kind]],
      };
      if (!best || m.columns.size > best.size) best = { miss, size: m.columns.size };
    }
    return best?.miss ?? null;
  }
}

function compareRank(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

let matcherWithoutConfig: HeaderMatcher | null = null;

/** The matcher of a run without config `columns`: made when first asked for (a run makes its own from its config). */
export function defaultMatcher(): HeaderMatcher {
  return (matcherWithoutConfig ??= new HeaderMatcher());
}

export function matchHeader(cells: readonly string[]): HeaderMatch | null {
  return defaultMatcher().match(cells);
}
