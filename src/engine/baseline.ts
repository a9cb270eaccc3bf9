/**
 * Baselines, as ESLint's bulk suppressions are: a team accepts today's findings (a month
 * closed with a KOL who never posted) and CI fails only on new ones. Pure functions over
 * findings; reading and writing the file is the CLI's.
 *
 * A finding is identified by what it is about, never by where the row happens to be:
 * rule, file, sheet, KOL, month, brand, the column's meaning, and the cell's own words
 * (the value written, the phrase matched). So a row inserted above, a re-sorted sheet or a
 * column moved to the left changes nothing, while a second forbidden phrase in one
 * caption, or the same claim in another KOL's caption, is new.
 */
import { posix, relative, resolve, sep } from 'node:path';
import type { Finding, Severity } from '../model/finding.js';

export const BASELINE_FORMAT = 'kolops-baseline';
export const BASELINE_VERSION = 1;

/**
 * Message arguments that say what a finding is about (not how far past a deadline it is,
 * nor a count that moves as rows are added): the cell as written, a matched phrase, a
 * formula error code, the header named, a link.
 */
const IDENTITY_ARGS = ['value', 'phrase', 'code', 'column', 'header', 'link', 'state'] as const;

/** One accepted finding (or `count` identical ones). Fields a finding lacks are left out. */
export interface BaselineEntry {
  /** Relative to the baseline file's folder, with `/`, so the file works from any folder and machine. */
  file: string;
  rule: string;
  /** The highest severity accepted: the same finding grown into an error (a deadline passed) is new. */
  severity: Severity;
  sheet?: string;
  kol?: string;
  month?: string;
  brand?: string;
  column?: string;
  match?: Record<string, string>;
  count: number;
}

export interface Baseline {
  entries: BaselineEntry[];
}

export class BaselineError extends Error {
  constructor(readonly reason: 'not-a-baseline' | 'invalid-json', readonly detail: string) {
    super(`${reason}: ${detail}`);
  }
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The identity of an entry or a finding, as one string key. */
function keyOf(e: Omit<BaselineEntry, 'severity' | 'count'>): string {
  return JSON.stringify([e.file, e.rule, e.sheet ?? null, e.kol ?? null, e.month ?? null, e.brand ?? null, e.column ?? null,
    e.match ? Object.entries(e.match).sort(([a], [b]) => (a < b ? -1 : 1)) : null]);
}

/** A finding's path as a baseline stores it. Findings hold absolute paths until the CLI relabels them. */
export function baselinePath(file: string, baselineDir: string): string {
  return relative(baselineDir, resolve(baselineDir, file)).split(sep).join(posix.sep);
}

function entryOf(f: Finding, baselineDir: string): BaselineEntry {
  const e: BaselineEntry = { file: baselinePath(f.file, baselineDir), rule: f.rule, severity: f.severity, count: 1 };
  if (f.sheet !== null) e.sheet = f.sheet;
  if (f.kol) e.kol = f.kol;
  if (f.month) e.month = f.month;
  if (f.brand) e.brand = f.brand;
  if (f.columnId) e.column = f.columnId;
  const match: Record<string, string> = {};
  for (const name of IDENTITY_ARGS) {
    const v = f.args[name];
    if (typeof v === 'string' && v !== '') match[name] = v;
    else if (typeof v === 'number') match[name] = String(v);
  }
  if (Object.keys(match).length) e.match = match;
  return e;
}

export interface BaselineApplied {
  /** Findings not in the baseline: these are shown, counted and decide the exit code. */
  fresh: Finding[];
  suppressed: Finding[];
  /** Entries (with how many of their count) this run did not find again, in files it checked. */
  absent: BaselineEntry[];
}

/**
 * Split findings into new and accepted. An entry accepts up to `count` findings of its
 * identity whose severity is no higher than the one accepted. Entries of files this run did
 * not check are neither used nor absent: a pre-commit run on one file says nothing of the rest.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, baselineDir: string, checkedFiles: readonly string[]): BaselineApplied {
  const remaining = new Map<string, { entry: BaselineEntry; left: number }>();
  for (const entry of baseline.entries) {
    const k = keyOf(entry);
    const have = remaining.get(k);
    if (have) {
      have.left += entry.count;
      if (RANK[entry.severity] > RANK[have.entry.severity]) have.entry = { ...have.entry, severity: entry.severity };
    } else {
      remaining.set(k, { entry, left: entry.count });
    }
  }
  const fresh: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const slot = remaining.get(keyOf(entryOf(f, baselineDir)));
    if (slot && slot.left > 0 && RANK[f.severity] <= RANK[slot.entry.severity]) {
      slot.left--;
      suppressed.push(f);
    } else {
      fresh.push(f);
    }
  }
  const checked = new Set(checkedFiles.map((f) => baselinePath(f, baselineDir)));
  const absent = [...remaining.values()]
    .filter((s) => s.left > 0 && checked.has(s.entry.file))
    .map((s) => ({ ...s.entry, count: s.left }));
  return { fresh, suppressed, absent };
}

export interface BaselineUpdate {
  /** Accept these findings: all of this run's (`--suppress-all`), or one month's (`--suppress-month`). */
  accept: readonly Finding[];
  /** Drop entries of checked files that no longer occur (`--prune-suppressions`, and `--suppress-all`). */
  prune: boolean;
}

/**
 * The baseline after accepting findings and/or pruning. Entries of files this run did
 * not check stay as they are.
 */
export function updateBaseline(old: Baseline, run: BaselineApplied, update: BaselineUpdate, baselineDir: string): Baseline {
  const counts = new Map<string, BaselineEntry>();
  const add = (e: BaselineEntry) => {
    const k = keyOf(e);
    const have = counts.get(k);
    if (!have) counts.set(k, { ...e });
    else {
      have.count += e.count;
      if (RANK[e.severity] > RANK[have.severity]) have.severity = e.severity;
    }
  };
  const absentLeft = new Map(run.absent.map((e) => [keyOf(e), e.count]));
  for (const e of old.entries) {
    if (!update.prune) {
      add(e);
      continue;
    }
    // Keep what was used this run: the entry's count less what no longer occurs.
    const k = keyOf(e);
    const gone = Math.min(absentLeft.get(k) ?? 0, e.count);
    if (gone > 0) absentLeft.set(k, (absentLeft.get(k) ?? 0) - gone);
    if (e.count - gone > 0) add({ ...e, count: e.count - gone });
  }
  const accepted = new Set(update.accept);
  for (const f of run.fresh) if (accepted.has(f)) add(entryOf(f, baselineDir));
  return { entries: sortEntries([...counts.values()]) };
}

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const k = (e: BaselineEntry) => keyOf(e);
  return entries.sort((a, b) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
}

/** The file's text: stable key order and sorting, one entry per line block, so a git diff of it reads well. */
export function serializeBaseline(b: Baseline): string {
  const entries = b.entries.map((e) => {
    const o: Record<string, unknown> = { file: e.file, rule: e.rule, severity: e.severity };
    for (const key of ['sheet', 'kol', 'month', 'brand', 'column', 'match'] as const) if (e[key] !== undefined) o[key] = e[key];
    o.count = e.count;
    return o;
  });
  return `${JSON.stringify({ format: BASELINE_FORMAT, version: BASELINE_VERSION, findings: entries }, null, 2)}\n`;
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Read a baseline file's text; anything else (another JSON, a workbook) is a BaselineError. */
export function parseBaseline(text: string): Baseline {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new BaselineError('invalid-json', (err as Error).message.split('\n', 1)[0] ?? '');
  }
  const doc = json as { format?: unknown; version?: unknown; findings?: unknown };
  if (typeof doc !== 'object' || doc === null || doc.format !== BASELINE_FORMAT) throw new BaselineError('not-a-baseline', 'format');
  if (doc.version !== BASELINE_VERSION) throw new BaselineError('not-a-baseline', `version ${String(doc.version)}`);
  if (!Array.isArray(doc.findings)) throw new BaselineError('not-a-baseline', 'findings');
  const entries = doc.findings.map((raw, i): BaselineEntry => {
    const e = raw as Partial<BaselineEntry>;
    const ok = typeof e === 'object' && e !== null && typeof e.file === 'string' && typeof e.rule === 'string'
      && typeof e.severity === 'string' && SEVERITIES.has(e.severity) && Number.isInteger(e.count) && (e.count ?? 0) > 0;
    if (!ok) throw new BaselineError('not-a-baseline', `findings[${i}]`);
    return e as BaselineEntry;
  });
  return { entries };
}

export const EMPTY_BASELINE: Baseline = { entries: [] };
