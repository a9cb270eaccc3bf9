import type { Config } from '../config/schema.js';
import { normalizeName } from '../parsers/text.js';
import { remember } from '../parsers/memo.js';
import { didYouMean } from '../parsers/suggest.js';

export type BrandMatch =
  | { ok: true; brand: string | null /* null: the cell is blank */ }
  | { ok: false; suggestion: string | null; known: boolean /* false: no brands configured */ };

/**
 * Brand names and aliases from the config, case-, space- and accent-insensitive. Without
 * brands in the config, the brands the sheets write are learned as they come, so
 * `herbana`, `Herbana` and `HERBANA ` are one brand, shown as first written.
 */
export class BrandBook {
  private readonly byKey = new Map<string, string>();
  private readonly names: string[] = [];
  /** Without a config: key → the brand as first written. */
  private readonly learned = new Map<string, string>();

  constructor(config: Config) {
    for (const b of config.brands) {
      this.names.push(b.name);
      for (const n of [b.name, ...b.aliases]) this.byKey.set(key(n), b.name);
    }
  }

  get configured(): boolean {
    return this.names.length > 0;
  }

  /** A brand column repeats a few names down every row: each distinct text is matched once. */
  readonly match: (text: string) => BrandMatch = remember(1024, (text) => this.read(text));

  private read(text: string): BrandMatch {
    if (text.trim() === '') return { ok: true, brand: null };
    const hit = this.byKey.get(key(text));
    if (hit) return { ok: true, brand: hit };
    if (!this.configured) return { ok: true, brand: this.name(text) };
    const suggestion = didYouMean(text, [...this.byKey.keys()], key);
    return { ok: false, suggestion: suggestion ? this.byKey.get(suggestion) ?? null : null, known: true };
  }

  /** A brand as the run shows it: the config's name for a name or alias, else the first spelling seen of it. */
  name(text: string): string {
    const k = key(text);
    const configured = this.byKey.get(k);
    if (configured) return configured;
    let first = this.learned.get(k);
    if (first === undefined) this.learned.set(k, (first = text.trim().replace(/\s+/g, ' ')));
    return first;
  }

  /** The one configured brand named inside free text (a title row, a group row); null when none or several are. */
  findIn(text: string): string | null {
    const words = ` ${key(text)} `;
    const found = new Set<string>();
    for (const [k, name] of this.byKey) if (words.includes(` ${k} `)) found.add(name);
    return found.size === 1 ? [...found][0]! : null;
  }
}

function key(s: string): string {
  return normalizeName(s).replace(/[^a-z0-9]+/g, ' ').trim();
}
