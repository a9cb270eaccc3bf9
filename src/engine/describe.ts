/**
 * `kolops describe`: what kolops understood of every table, told from the same
 * interpretation pipeline every other command reads through — its kind and why, the
 * header row, each header and the column it was taken for (and how), the headers nothing
 * took, the month and brand with where each came from. Like frictionless's `describe`,
 * it checks nothing; it says how the workbook is read.
 */
import { ruleMessage, type Lang } from '../i18n/index.js';
import fileUnreadable from '../rules/file/unreadable.js';
import type { Config } from '../config/schema.js';
import { Interpreter } from '../interpret/pipeline.js';
import { columnLetter } from '../model/cell.js';
import { rowBatches } from '../model/source.js';
import type { DescribedColumn, DescribedFile, DescribedSheet, DescribedTable } from '../model/described.js';
import type { ColumnId, MatchHow, TableInfo } from '../model/table.js';
import { formatPlatform, type Platform } from '../parsers/platform.js';
import type { RecapLayout } from '../rows/recap.js';
import type { EngineIO } from './check.js';
import { asUnreadable, openWorkbook } from '../readers/index.js';

export type { DescribedColumn, DescribedFile, DescribedSheet, DescribedTable } from '../model/described.js';

const defaultIO: EngineIO = { openWorkbook };

function describeTable(table: TableInfo, recap: RecapLayout | null, file: string): DescribedTable {
  const owner = new Map<number, { id: ColumnId; how: MatchHow; score: number }>();
  for (const [id, m] of table.reading.how) owner.set(m.index, { id, how: m.how, score: m.score });
  const unmapped = new Map(table.reading.unmapped.map((u) => [u.index, u]));
  const layoutCols = new Set(recap?.wide ? [recap.nameColumn, ...recap.dateColumns.map((d) => d.column)] : []);
  const columns: DescribedColumn[] = [];
  table.headers.forEach((header, index) => {
    if (header.trim() === '') return;
    const o = owner.get(index);
    if (o) {
      columns.push({ column: columnLetter(index), header, maps: o.id, how: o.how, score: round(o.score), suggestion: null });
    } else if (layoutCols.has(index)) {
      const date = recap!.dateColumns.find((d) => d.column === index);
      columns.push({ column: columnLetter(index), header, maps: date ? 'postDate' : 'name', how: 'layout', score: null, suggestion: null });
    } else if (/^\s*kolops\s*:/i.test(header)) {
      columns.push({ column: columnLetter(index), header, maps: null, how: 'derived', score: null, suggestion: null });
    } else {
      columns.push({ column: columnLetter(index), header, maps: null, how: null, score: null, suggestion: unmapped.get(index)?.suggestion ?? null });
    }
  });
  const monthFrom = table.monthSource === 'sheet-name' ? table.sheet
    : table.monthSource === 'title-row' ? table.titleRows.join(' ')
      : table.monthSource === 'file-name' ? file.split(/[\\/]/).pop() ?? file : null;
  return {
    kind: table.kind,
    why: recap?.wide ? ['postDate'] : table.reading.evidence,
    layout: recap?.wide ? 'wide' : table.kind === 'affiliate-deals' && table.titleRows.length > 0 ? 'blocks' : 'long',
    headerRow: table.headerRow,
    rows: table.rows,
    columns,
    swapped: table.reading.swapped.map((s) => ({ column: s.column, from: columnLetter(s.from), to: columnLetter(s.to) })),
    month: table.month,
    monthSource: table.monthSource,
    monthFrom,
    monthPerRow: table.month === null && !table.undatedRows,
    brand: table.brand,
    brandSource: table.brand ? 'sheet-or-title' : table.columns.has('brand') ? 'brand-column' : recap?.wide ? 'group-row' : null,
    dateBrands: recap?.wide ? recap.dateColumns.map((d) => ({ column: columnLetter(d.column), brand: d.brand })) : [],
    platform: table.platform ? formatPlatform(table.platform as Platform) : null,
    titleRows: table.titleRows,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Describe each file as its config reads it; a file that cannot be read says why. */
export async function describeFiles(files: readonly string[], config: Config, configFile: string | null, options: { month?: string | null; year?: number | null; delimiter?: string; lang: Lang }, io: EngineIO = defaultIO): Promise<DescribedFile[]> {
  const interpreter = new Interpreter({ config, options: { month: options.month ?? null, year: options.year ?? null } }, { month: options.month ?? null });
  const out: DescribedFile[] = [];
  for (const file of files) {
    const sheets: DescribedSheet[] = [];
    let format: DescribedFile['format'] = null;
    try {
      const workbook = await io.openWorkbook(file, { delimiter: options.delimiter, limits: config.limits });
      format = workbook.format;
      for await (const sheet of workbook.sheets) {
        const tables: DescribedTable[] = [];
        const layouts = new Map<TableInfo, RecapLayout | null>();
        const reader = interpreter.sheet(file, sheet, workbook.format, {
          tableStart: (table, recap) => void layouts.set(table, recap),
          tableEnd: (table) => void tables.push(describeTable(table, layouts.get(table) ?? null, file)),
        });
        let rows = 0;
        for await (const batch of rowBatches(sheet)) for (const raw of batch) {
          reader.feed(raw);
          rows++;
        }
        const outcome = reader.finish();
        sheets.push({ name: sheet.name, state: sheet.state, tables, nearMiss: outcome.tablesFound === 0 ? outcome.nearMiss : null, empty: rows === 0 || (outcome.tablesFound === 0 && outcome.unclaimedRows === 0) });
      }
      out.push({ path: file, config: configFile, format, sheets, unreadable: null, unreadableMessage: null });
    } catch (err) {
      const error = asUnreadable(err);
      out.push({ path: file, config: configFile, format, sheets, unreadable: error, unreadableMessage: ruleMessage(fileUnreadable.meta, error.reason, options.lang, { detail: error.detail }) });
    }
  }
  return out;
}
