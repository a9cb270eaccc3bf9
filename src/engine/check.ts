import type { Config } from '../config/schema.js';
import { ruleDescription, ruleMessage, type Lang } from '../i18n/index.js';
import { columnLetter } from '../model/cell.js';
import { countFindings, sortFindings, type Finding, type MessageArgs, type Severity } from '../model/finding.js';
import type { CheckResult, FileResult, NotCheckedFile, RuleDescriptor } from '../model/result.js';
import { rowBatches, type WorkbookSource } from '../model/source.js';
import type { TableInfo, TableKind } from '../model/table.js';
import { asUnreadable, openWorkbook } from '../readers/index.js';
import type { ReadContext, RunOptions } from '../rows/context.js';
import { formatPlatform, type Platform } from '../parsers/platform.js';
import { Interpreter, type ReadHandlers } from '../interpret/pipeline.js';
import { rules as allRules, ruleById } from '../rules/index.js';
import type { Report, Rule, RuleMeta, RuleVisitor } from '../rules/types.js';
import { AffiliateBook } from '../affiliate/book.js';
import { CalendarBook } from '../calendar/book.js';
import { PostingBook } from '../posting/book.js';
import { inFolder, readingOrder } from './order.js';
import type { WalkIssue } from './walk.js';

export interface CheckOptions extends RunOptions {
  lang: Lang;
  /**
   * Only tables of these kinds are checked (`kolops list validate`); file-level rules
   * always run. Listings and recaps are still read for the posting join, so a listing's
   * KOLs who posted (per a recap beside it) are not called unposted.
   */
  kinds?: readonly TableKind[];
  /** The rules to run (default: every rule the config leaves on); `recap check` runs the recap and file rules. */
  rules?: (meta: RuleMeta) => boolean;
  /**
   * Workbooks read for the joins only (listing ↔ recap, earlier months for `repeat-kol`):
   * their findings are not reported, except that they could not be read at all.
   */
  context?: readonly string[];
  /** Paths the walk could not read (a folder without permission, a symlink loop): file/unreadable findings. */
  pathIssues?: readonly WalkIssue[];
  /** Files named on the command line (not found in a folder): with `kinds`, one without such a table is a finding. */
  explicit?: ReadonlySet<string>;
  /** Folders given: with `kinds`, a folder holding no such table at all is a finding. */
  folders?: readonly string[];
  delimiter?: string;
  /** Called as rows are read (about every thousand rows); the CLI draws a progress line. */
  onProgress?: (p: { file: string; sheet: string; rows: number }) => void;
}

/** How the engine opens files; tests inject in-memory workbooks through this. */
export interface EngineIO {
  openWorkbook(path: string, opts: { delimiter?: string; limits?: { maxSheetBytes: number; maxCells: number } }): Promise<WorkbookSource>;
}

const defaultIO: EngineIO = { openWorkbook };

interface ActiveRule {
  rule: Rule;
  visitor: RuleVisitor;
}

export function ruleDescriptors(config: Config, lang: Lang): RuleDescriptor[] {
  return allRules
    .filter((r) => config.rules[r.meta.id] !== 'off')
    .map((r) => ({ id: r.meta.id, severity: severityOf(r, config), description: ruleDescription(r.meta, lang) }));
}

function severityOf(rule: Rule, config: Config, reported?: Report['severity']): Finding['severity'] {
  const override = config.rules[rule.meta.id];
  if (override && override !== 'off') return override;
  return reported ?? rule.meta.severity;
}

/**
 * One pass over every file: read → split into tables → interpret rows → rules.
 * Never prints, never exits; returns everything the formatters need.
 */
export async function checkFiles(files: readonly string[], config: Config, options: CheckOptions, io: EngineIO = defaultIO): Promise<CheckResult> {
  return (await checkWorkbooks(files, config, options, io)).result;
}

/** A check run's findings plus the joined listing/recap data that `kolops chase` and the report read. */
export interface CheckRun {
  result: CheckResult;
  postings: PostingBook;
  affiliates: AffiliateBook;
  /** Every content-calendar row of the run, compact, for the report's calendar section. */
  calendars: CalendarBook;
  asOf: string;
}

export async function checkWorkbooks(files: readonly string[], config: Config, options: CheckOptions, io: EngineIO = defaultIO): Promise<CheckRun> {
  const findings: Finding[] = [];
  /**
   * Findings reported before their table's month or brand was known get it filled in at
   * the end: each finding's table, by its place in `findings` (an array, not a map entry per finding).
   */
  const tableOf: (TableInfo | undefined)[] = [];
  const ctx: ReadContext = { config, options };
  const postings = new PostingBook(config);
  const affiliates = new AffiliateBook(config.affiliate.deliverables);
  const calendars = new CalendarBook(config);
  const asOf = options.asOf ?? localToday();

  // Findings may be about a target file, or about a folder given (nothing of a kind in it).
  const targets = new Set([...files, ...(options.folders ?? [])]);
  const contextOnly = (options.context ?? []).filter((f) => !targets.has(f));
  // With context, files are read in the order a run over everything would read them, so
  // "first at row …" and earlier-month joins come out as a full run would say them.
  const reading = contextOnly.length ? readingOrder([...files, ...contextOnly]) : files;
  const wanted = (kind: TableKind) => !options.kinds || options.kinds.includes(kind);
  // Listings and recaps are one join: a kind-only command still reads the other half of it.
  const read = (kind: TableKind) => wanted(kind) || ((kind === 'kol-listing' || kind === 'posting-recap') && (wanted('kol-listing') || wanted('posting-recap')));
  /**
   * Whether a finding reaches the user: of a file this run checks (a context file only for
   * not being readable at all), and of a table of a kind the command checks.
   */
  const reported = (rule: Rule, r: Report): boolean => {
    const file = r.table?.file ?? r.file ?? '';
    if (!targets.has(file) && !(rule.meta.id === 'file/unreadable')) return false;
    return !r.table || wanted(r.table.kind);
  };

  const active: ActiveRule[] = allRules
    .filter((rule) => config.rules[rule.meta.id] !== 'off' && (!options.rules || options.rules(rule.meta)))
    .map((rule) => ({
      rule,
      visitor: rule.create({ config, options, asOf, postings, report: (r) => {
        if (!reported(rule, r)) return;
        findings.push(toFinding(rule, r, config, options.lang));
        tableOf.push(r.table ?? undefined);
      } }),
    }));
  const accepts = (a: ActiveRule, kind: TableKind) => wanted(kind) && (a.rule.meta.kinds === 'all' || a.rule.meta.kinds.includes(kind));
  // Row hooks run for every row of a million-row export: which visitors have them, and
  // for which table kinds, is worked out once instead of asked of 36 rules per row.
  const visitorsCache = new Map<string, RuleVisitor[]>();
  const visitors = <H extends keyof RuleVisitor>(hook: H, kind: TableKind): RuleVisitor[] => {
    const key = `${hook}\u0000${kind}`;
    let list = visitorsCache.get(key);
    if (!list) visitorsCache.set(key, (list = active.filter((a) => a.visitor[hook] !== undefined && accepts(a, kind)).map((a) => a.visitor)));
    return list;
  };
  const listingRowVisitors = visitors('listingRow', 'kol-listing');
  const affiliateRowVisitors = visitors('affiliateRow', 'affiliate-deals');
  const affiliateMetaVisitors = visitors('affiliateMeta', 'affiliate-deals');
  const recapEntryVisitors = visitors('recapEntry', 'posting-recap');
  const calendarRowVisitors = visitors('calendarRow', 'content-calendar');

  for (const issue of options.pathIssues ?? []) {
    targets.add(issue.path);
    for (const a of active) a.visitor.fileUnreadable?.(issue.path, issue.error);
  }

  const fileResults: FileResult[] = [];
  /** Per target file: the kinds of table it holds, for a kind-only command's "no listing here". */
  const kindsIn = new Map<string, Map<TableKind, number>>();
  const interpreter = new Interpreter(ctx, { read, month: options.month ?? null });
  for (const file of reading) {
    const target = targets.has(file);
    const result: FileResult = { path: file, tables: [] };
    if (target) fileResults.push(result);
    const found = new Map<TableKind, number>();
    kindsIn.set(file, found);
    /** The rules' row hooks of each table, worked out once instead of per row. */
    const rowHooks = new Map<TableInfo, RuleVisitor[]>();
    let lastRowTable: TableInfo | null = null;
    let lastRowHooks: RuleVisitor[] = [];

    const handlers: ReadHandlers = {
      tableStart(table) {
        found.set(table.kind, (found.get(table.kind) ?? 0) + 1);
        rowHooks.set(table, visitors('row', table.kind));
        for (const a of active) if (accepts(a, table.kind)) a.visitor.tableStart?.(table);
      },
      row(row, table) {
        // A table's rows come in a run: its hooks are looked up when the table changes, not per row.
        if (table !== lastRowTable) {
          lastRowTable = table;
          lastRowHooks = rowHooks.get(table)!;
        }
        for (let i = 0; i < lastRowHooks.length; i++) lastRowHooks[i]!.row!(row, table);
      },
      listingRow(row) {
        postings.addListing(row);
        for (const v of listingRowVisitors) v.listingRow!(row);
      },
      recapRow(entries) {
        for (const entry of entries) {
          postings.addRecap(entry);
          for (const v of recapEntryVisitors) v.recapEntry!(entry);
        }
      },
      affiliateRow(row) {
        affiliates.addRow(row);
        for (const v of affiliateRowVisitors) v.affiliateRow!(row);
      },
      affiliateMeta(table, meta, rowNumber) {
        affiliates.addMeta(table, meta);
        for (const v of affiliateMetaVisitors) v.affiliateMeta!(table, meta, rowNumber);
      },
      calendarRow(row) {
        calendars.addRow(row);
        for (const v of calendarRowVisitors) v.calendarRow!(row);
      },
      blankRow(table, rowNumber) {
        for (const a of active) if (accepts(a, table.kind)) a.visitor.blankRow?.(table, rowNumber);
      },
      tableEnd(table) {
        rowHooks.delete(table);
        if (table === lastRowTable) lastRowTable = null;
        if (!read(table.kind)) return;
        for (const a of active) if (accepts(a, table.kind)) a.visitor.tableEnd?.(table);
        if (wanted(table.kind)) {
          result.tables.push({ sheet: table.sheet, kind: table.kind, headerRow: table.headerRow, rows: table.rows,
            month: table.month, brand: table.brand, platform: table.platform ? formatPlatform(table.platform as Platform) : null });
        }
      },
    };

    let workbook: WorkbookSource | null = null;
    try {
      workbook = await io.openWorkbook(file, { delimiter: options.delimiter, limits: config.limits });
      for await (const sheet of workbook.sheets) {
        const reader = interpreter.sheet(file, sheet, workbook.format, handlers);
        let rowsRead = 0;
        for await (const batch of rowBatches(sheet)) {
          for (const raw of batch) {
            reader.feed(raw);
            if (options.onProgress && ++rowsRead % 1000 === 0) options.onProgress({ file, sheet: sheet.name, rows: rowsRead });
          }
        }
        const outcome = reader.finish();
        if (outcome.tablesFound === 0 && outcome.unclaimedRows > 0) {
          for (const a of active) a.visitor.sheetWithoutTable?.(file, sheet.name, outcome.nearMiss);
        }
        if (outcome.tablesFound > 0 && sheet.state !== 'visible') {
          for (const a of active) a.visitor.hiddenSheet?.(file, sheet.name, sheet.state);
        }
      }
    } catch (err) {
      const error = asUnreadable(err);
      // A context file that cannot be read leaves the joins short: `reported` lets this one through.
      for (const a of active) a.visitor.fileUnreadable?.(file, error);
    }
    for (const notice of workbook?.notices ?? []) {
      for (const a of active) a.visitor.readNotice?.(file, notice);
    }
  }
  for (const a of active) a.visitor.end?.();

  const notChecked = options.kinds ? reportMissingKinds(options.kinds, files, kindsIn, options, active, findings) : [];

  for (let i = 0; i < findings.length; i++) {
    const table = tableOf[i];
    if (!table) continue;
    const f = findings[i]!;
    f.month ??= table.month;
    f.brand ??= table.brand;
  }
  const withFindings = new Set(findings.map((f) => f.file));
  const looked = options.kinds
    ? fileResults.filter((r) => r.tables.length > 0 || withFindings.has(r.path))
    : fileResults;
  const result: CheckResult = {
    files: looked, findings: sortFindings(findings),
    summary: { files: looked.length, ...countFindings(findings) },
    ...(options.kinds ? { notChecked } : {}),
  };
  return { result, postings, affiliates, calendars, asOf };
}

/**
 * A kind-only command (`list validate`) over a file or folder holding no table of that
 * kind says so, naming what is there, instead of "no problems found". A file found in a
 * folder beside others is not a finding (folders hold every kind); it is listed as not
 * checked, and a folder with no such table at all is the finding.
 */
function reportMissingKinds(
  kinds: readonly TableKind[], files: readonly string[], kindsIn: ReadonlyMap<string, ReadonlyMap<TableKind, number>>,
  options: CheckOptions, active: readonly ActiveRule[], findings: readonly Finding[],
): NotCheckedFile[] {
  const unreadable = new Set(findings.filter((f) => f.rule === 'file/unreadable').map((f) => f.file));
  const has = (file: string) => kinds.some((k) => (kindsIn.get(file)?.get(k) ?? 0) > 0);
  const notChecked: NotCheckedFile[] = [];
  for (const file of files) {
    if (has(file) || unreadable.has(file)) continue;
    const found = kindsIn.get(file) ?? new Map<TableKind, number>();
    if (options.explicit?.has(file)) {
      for (const a of active) a.visitor.kindNotFound?.({ path: file, scope: 'file', wanted: kinds, found });
    } else {
      notChecked.push({ path: file, kinds: [...found.keys()] });
    }
  }
  for (const folder of options.folders ?? []) {
    const inside = files.filter((f) => inFolder(f, folder));
    if (inside.some(has)) continue;
    const found = new Map<TableKind, number>();
    for (const f of inside) for (const [k, n] of kindsIn.get(f) ?? []) found.set(k, (found.get(k) ?? 0) + n);
    for (const a of active) a.visitor.kindNotFound?.({ path: folder, scope: 'folder', wanted: kinds, found, files: inside.length });
  }
  return notChecked;
}

function toFinding(rule: Rule, r: Report, config: Config, lang: Lang): Finding {
  const table = r.table ?? null;
  const index = r.column === undefined || r.column === null ? undefined
    : typeof r.column === 'number' ? r.column : table?.columns.get(r.column);
  const column = index === undefined ? null : columnLetter(index);
  const row = r.row ?? null;
  return new (findingClass(lang))(
    rule.meta.id,
    severityOf(rule, config, r.severity),
    table?.file ?? r.file ?? '',
    table?.sheet ?? r.sheet ?? null,
    row,
    column,
    column && row !== null ? `${column}${row}` : null,
    typeof r.column === 'string' ? r.column : null,
    r.messageId,
    r.args ?? {},
    r.kol ?? null,
    r.brand ?? table?.brand ?? null,
    r.month ?? table?.month ?? null,
  );
}

/**
 * A finding whose message is rendered from the catalogue each time it is read, in the
 * run's language (a class per language, so no finding carries one). Held rendered, a
 * message was a third of a finding's memory — ~220 bytes, 20 MB over the 90,000 findings
 * of a 3M-row export — for text that is read once, as the finding is written out (issue 17).
 * `message` is an accessor, not an own property: a copy of a finding names it (`{ ...f,
 * message: f.message }`).
 */
abstract class RenderedFinding implements Finding {
  constructor(
    public rule: string,
    public severity: Severity,
    public file: string,
    public sheet: string | null,
    public row: number | null,
    public column: string | null,
    public cell: string | null,
    public columnId: string | null,
    public messageId: string,
    public args: MessageArgs,
    public kol: string | null,
    public brand: string | null,
    public month: string | null,
  ) {}

  protected abstract get lang(): Lang;

  get message(): string {
    return ruleMessage(ruleById.get(this.rule)!.meta, this.messageId, this.lang, this.args);
  }

  /** Enumerated as the other fields are, for what serialises a finding whole. */
  toJSON(): Finding {
    return { ...this, message: this.message };
  }
}

/** One finding class per language a run asks for, its language in the class rather than in every finding. */
const findingClasses = new Map<Lang, new (...args: ConstructorParameters<typeof RenderedFinding>) => RenderedFinding>();
function findingClass(lang: Lang) {
  let found = findingClasses.get(lang);
  if (!found) {
    found = class extends RenderedFinding {
      protected get lang(): Lang {
        return lang;
      }
    };
    findingClasses.set(lang, found);
  }
  return found;
}

/** The user's calendar day: deadlines are days, and "today" is the day where the user is. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

