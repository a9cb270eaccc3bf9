/**
 * Follower and view counts as KOL teams write them: `354K`, `85.3K`, `12,5K`, `8.301`,
 * `1.234.567`, `1,2 jt`, `10rb`, `1.5B`, or a numeric cell.
 *
 * Why it is careful: `.` and `,` swap roles between Indonesian (`8.301` = 8301) and English
 * (`85.3K` = 85300), and English-locale Excel silently turns a typed `8.301` into the
 * number 8.301. A count we cannot read one way only is reported as `ambiguous` with the
 * integer readings as candidates — a finding, never a silent guess (PRODUCT.md §3).
 */
import { remember } from './memo.js';

export type CountResult =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'unparseable' | 'ambiguous'; candidates?: number[] };

/** Multipliers by suffix. `m` is million, as on Instagram — never `miliar` (see report). */
const SUFFIXES: ReadonlyMap<string, number> = new Map(Object.entries({
  k: 1e3, rb: 1e3, ribu: 1e3,
  m: 1e6, jt: 1e6, juta: 1e6, mio: 1e6,
  b: 1e9, bn: 1e9, miliar: 1e9, milyar: 1e9,
}));

const SHAPE = /^(\d+(?:[.,]\d+)*)(?: ?([a-z]+)\.?)?$/;

type Num =
  | { kind: 'int'; digits: string }
  | { kind: 'decimal'; int: string; frac: string }
  | { kind: 'single'; a: string; b: string };

const ok = (value: number): CountResult => ({ ok: true, value });
const fail = (reason: 'empty' | 'unparseable'): CountResult => ({ ok: false, reason });
function ambiguous(candidates: number[]): CountResult {
  const c = [...new Set(candidates.filter((n) => Number.isSafeInteger(n) && n >= 0))];
  return c.length > 0 ? { ok: false, reason: 'ambiguous', candidates: c } : { ok: false, reason: 'ambiguous' };
}

/** A thousands group sequence: first group 1–3 digits without a leading zero, then 3-digit groups. */
function isGrouped(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  return first !== undefined && /^[1-9]\d{0,2}$/.test(first) && rest.every((g) => /^\d{3}$/.test(g));
}

/** Split the digits-and-separators part into a shape we can reason about, or null. */
function splitNumber(text: string): Num | null {
  const groups = text.split(/[.,]/);
  const seps = text.replace(/\d/g, '');
  if (seps.length === 0) return { kind: 'int', digits: text };
  if (seps.length === 1) return { kind: 'single', a: groups[0] ?? '', b: groups[1] ?? '' };
  const last = seps[seps.length - 1];
  const thousands = seps.slice(0, -1);
  if ([...thousands].every((c) => c === last)) {
    // `1.234.567`: one separator, used several times — thousands only.
    return isGrouped(groups) ? { kind: 'int', digits: groups.join('') } : null;
  }
  // `1.234,56` / `1,234.56`: the last separator is the decimal mark, used once.
  if ([...thousands].some((c) => c === last)) return null;
  const intGroups = groups.slice(0, -1);
  return isGrouped(intGroups) ? { kind: 'decimal', int: intGroups.join(''), frac: groups[groups.length - 1] ?? '' } : null;
}

/** `int.frac × mult` in integer arithmetic (85.3K → 853 × 1000 / 10 = 85300, no float drift). */
function scaled(int: string, frac: string, mult: number): { exact: boolean; value: number } {
  const scale = 10 ** frac.length;
  const whole = Number(int + frac);
  const product = whole * mult;
  if (!Number.isSafeInteger(product)) return { exact: Number.isInteger(product / scale), value: Math.round(product / scale) };
  return { exact: product % scale === 0, value: Math.round(product / scale) };
}

function fromNumber(v: number): CountResult {
  if (!Number.isFinite(v) || v < 0) return fail('unparseable');
  if (Number.isInteger(v)) return Number.isSafeInteger(v) ? ok(v + 0) : fail('unparseable'); // + 0: no -0
  // English-locale Excel reads a typed `8.301` as 8.301: offer the thousands reading.
  const thousandths = v * 1000;
  if (v < 1000 && Math.abs(thousandths - Math.round(thousandths)) < 1e-6) return ambiguous([Math.round(thousandths)]);
  return ambiguous([]);
}

function withSuffix(n: Num, mult: number): CountResult {
  if (n.kind === 'int') {
    const v = Number(n.digits) * mult;
    return Number.isSafeInteger(v) ? ok(v) : fail('unparseable');
  }
  const [int, frac] = n.kind === 'decimal' ? [n.int, n.frac] : [n.a, n.b];
  const r = scaled(int, frac, mult);
  if (!Number.isSafeInteger(r.value)) return fail('unparseable');
  // `1.234K`: decimal (1234) or Indonesian thousands (1.234 ribu = 1 234 000)?
  if (n.kind === 'single' && frac.length === 3 && isGrouped([int, frac])) {
    return ambiguous([r.value, Number(int + frac) * mult]);
  }
  return r.exact ? ok(r.value) : ambiguous([r.value]);
}

function withoutSuffix(n: Num): CountResult {
  if (n.kind === 'int') {
    const v = Number(n.digits);
    return Number.isSafeInteger(v) ? ok(v) : fail('unparseable');
  }
  if (n.kind === 'decimal') {
    // `41.000,00` is a whole number written with decimals; `1.234,56` is not a count.
    return /^0+$/.test(n.frac) ? withoutSuffix({ kind: 'int', digits: n.int }) : ambiguous([]);
  }
  const { a, b } = n;
  // `8.301`, `1,234`: a separator before exactly three digits groups thousands.
  if (b.length === 3 && isGrouped([a, b])) return ok(Number(a + b));
  const candidates: number[] = [];
  if (/^0+$/.test(b)) {
    if (a.length > 3) return withoutSuffix({ kind: 'int', digits: a }); // `41000.00`
    candidates.push(Number(a));
  }
  // `1.5`, `8,30`: thousands with the trailing zeros lost, or a forgotten `K`.
  if (b.length < 3 && (a === '0' || /^[1-9]\d{0,2}$/.test(a))) candidates.push(Number(a) * 1000 + Number(b.padEnd(3, '0')));
  return ambiguous(candidates);
}

/**
 * Read a follower/view count. Never throws. Blank → `empty`; negative, signed, `-`, `N/A`,
 * words → `unparseable`; readable more than one way, or not a whole number → `ambiguous`
 * with the whole-number readings as `candidates` (when there are any).
 */
export function parseCount(input: string | number | null | undefined): CountResult {
  if (input === null || input === undefined) return fail('empty');
  if (typeof input === 'number') return fromNumber(input);
  if (typeof input !== 'string') return fail('unparseable');
  // Plain digits are most of a sales or follower column and need none of the work below.
  if (PLAIN_DIGITS.test(input)) return ok(Number(input));
  return readRemembered(input);
}

const PLAIN_DIGITS = /^\d{1,15}$/;

const readRemembered = remember(4096, readCountText);

function readCountText(input: string): CountResult {
  const s = input.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (s === '') return fail('empty');
  const m = SHAPE.exec(s);
  if (!m) return fail('unparseable');
  const n = splitNumber(m[1] ?? '');
  if (!n) return fail('unparseable');
  const suffix = m[2];
  if (suffix === undefined) return withoutSuffix(n);
  const mult = SUFFIXES.get(suffix);
  return mult === undefined ? fail('unparseable') : withSuffix(n, mult);
}

/** `1234567` → `1.234.567`: Indonesian thousands dots. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * A short form that `parseCount` reads back to the same integer: the team's own compact
 * style (`354K`, `85.3K`, `1.2M`, `10B`) when it is exact with at most one decimal, else
 * the full number with Indonesian thousands dots (`8.301`, `1.234.567`). Never a rounded
 * figure: a count shown in a finding must be the count in the cell.
 * Non-integers (not counts) come out as `1.234,5`, which `parseCount` calls ambiguous.
 */
export function formatCount(n: number): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return String(n);
  if (n < 0) return `-${formatCount(-n)}`;
  if (!Number.isInteger(n)) {
    if (n >= 1e21) return String(n);
    const [i = '0', f = ''] = n.toFixed(2).split('.');
    const frac = f.replace(/0+$/, '');
    return grouped(Number(i)) + (frac ? `,${frac}` : '');
  }
  if (n < 1000 || !Number.isSafeInteger(n)) return n < 1000 ? String(n) : grouped(n);
  const units: readonly [number, string][] = [[1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  for (const [unit, suffix] of units) {
    if (n < unit) continue;
    if (n % (unit / 10) !== 0) break;
    const tenths = n / (unit / 10);
    const whole = Math.floor(tenths / 10);
    const digit = tenths % 10;
    return `${whole}${digit ? `.${digit}` : ''}${suffix}`;
  }
  return grouped(n);
}
