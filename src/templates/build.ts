import ExcelJS from 'exceljs';
import { DEFAULT_CALENDAR_LEAD_DAYS } from '../config/defaults.js';
import { t, type Lang } from '../i18n/index.js';
import { formatMonth } from '../i18n/message-format.js';
import type { TableKind } from '../model/table.js';
import type { TimeZoneId } from '../parsers/time.js';
import {
  AFFILIATE_PLATFORM_LIST, CALENDAR_PLATFORM_LIST, CALENDAR_STATUS_LISTS, CONTENT_TYPE_LISTS, DATE_FORMAT, DEAL_STATUS_LIST, NUMBER_FORMAT,
  PERCENT_FORMAT, PLATFORM_LIST, PR_STATUS_LIST, TEMPLATE_COLUMNS, TEMPLATE_FILE_KEY, TEMPLATE_ROWS, TIME_FORMAT,
  type ListName, type TemplateColumn,
} from './spec.js';

export interface TemplateOptions {
  lang: Lang;
  /** `YYYY-MM`: names the sheet, so the month of every row is known. */
  month: string;
  /** Brand names for the Brand drop-down (the config's brands). */
  brands: readonly string[];
  deliverables?: { videos: number; lives: number };
  /** The zone a calendar time is in when it names none (config `calendar.timeZone`). */
  timeZone?: TimeZoneId;
  /** Days a post is planned and approved ahead (config `calendar.minLeadDays`). */
  minLeadDays?: number;
}

/**
 * `2026-10` → `Oktober 2026` / `October 2026`: the month as the language names it (Intl),
 * a sheet name the month reader understands in Indonesian and English. (Another language's
 * month names are read only when src/parsers/month.ts knows them; until then the template's
 * Month column says the month.)
 */
export function monthSheetName(month: string, lang: Lang): string {
  return formatMonth(month, lang);
}

export function templateFileName(kind: TableKind, lang: Lang): string {
  return t(TEMPLATE_FILE_KEY[kind], lang);
}

/** The header texts of a template, in sheet order. */
export function templateHeaders(kind: TableKind, lang: Lang): string[] {
  return TEMPLATE_COLUMNS[kind].map((col) => t(`init:head-${col.head}`, lang));
}

/** Excel's inline list is one quoted, comma-separated string of at most 255 characters. */
const MAX_INLINE_LIST = 255;

/** The statuses offered in a calendar template: its language's phrases, else English (see CALENDAR_STATUS_LISTS). */
export function calendarStatusList(lang: Lang): readonly string[] {
  return lang === 'id' ? CALENDAR_STATUS_LISTS.id : CALENDAR_STATUS_LISTS.en;
}

/** The content types offered in a calendar template: its language's words, else English (see CONTENT_TYPE_LISTS). */
export function contentTypeList(lang: Lang): readonly string[] {
  return lang === 'id' ? CONTENT_TYPE_LISTS.id : CONTENT_TYPE_LISTS.en;
}

function listValues(list: ListName, brands: readonly string[], lang: Lang): string[] {
  switch (list) {
    case 'platform': return [...PLATFORM_LIST];
    case 'affiliatePlatform': return [...AFFILIATE_PLATFORM_LIST];
    case 'prStatus': return [...PR_STATUS_LIST];
    case 'dealStatus': return [...DEAL_STATUS_LIST];
    case 'calendarPlatform': return [...CALENDAR_PLATFORM_LIST];
    case 'contentType': return [...contentTypeList(lang)];
    case 'calendarStatus': return [...calendarStatusList(lang)];
    // A comma or a quote cannot stand in an inline list; such a brand is typed by hand.
    case 'brand': return [...new Set(brands.map((b) => b.trim()).filter((b) => b !== '' && !/[",]/.test(b)))];
  }
}

/** The list formula, or null when there is nothing to offer or it would not fit. */
export function listFormula(values: readonly string[]): string | null {
  const body = values.join(',');
  return values.length > 0 && body.length <= MAX_INLINE_LIST ? `"${body}"` : null;
}

function numFmt(col: TemplateColumn): string | undefined {
  switch (col.format) {
    case 'date': return DATE_FORMAT;
    case 'time': return TIME_FORMAT;
    case 'number': return NUMBER_FORMAT;
    case 'percent': return PERCENT_FORMAT;
    default: return undefined;
  }
}

/**
 * A header-only workbook for one kind of table: header in the chosen language with a
 * note per column, frozen, column widths, number and date formats and drop-downs over
 * the first TEMPLATE_ROWS data rows, and a sheet named after the month.
 */
export function buildTemplate(kind: TableKind, opts: TemplateOptions): ExcelJS.Workbook {
  const { lang } = opts;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kolops';
  const ws = wb.addWorksheet(monthSheetName(opts.month, lang), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  const cols = TEMPLATE_COLUMNS[kind];
  const noteArgs = {
    month: monthSheetName(opts.month, lang),
    videos: opts.deliverables?.videos ?? 3,
    lives: opts.deliverables?.lives ?? 1,
    zone: opts.timeZone ?? 'WIB',
    lead: opts.minLeadDays ?? DEFAULT_CALENDAR_LEAD_DAYS,
    platforms: CALENDAR_PLATFORM_LIST.join(', '),
    types: contentTypeList(lang).join(', '),
    statuses: calendarStatusList(lang).join(', '),
  };
  const validationTitle = t('init:validation-title', lang);
  const validationError = t('init:validation-error', lang);

  cols.forEach((col, i) => {
    const c = i + 1;
    const column = ws.getColumn(c);
    column.width = col.width;
    const head = ws.getCell(1, c);
    head.value = t(`init:head-${col.head}`, lang);
    head.font = { bold: true };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    head.alignment = { vertical: 'middle', wrapText: true };
    head.note = t(`init:note-${col.note}`, lang, noteArgs);

    const fmt = numFmt(col);
    const formula = col.list ? listFormula(listValues(col.list, opts.brands, lang)) : null;
    if (!fmt && !formula) return;
    for (let r = 2; r <= TEMPLATE_ROWS + 1; r++) {
      const cell = ws.getCell(r, c);
      if (fmt) cell.numFmt = fmt;
      if (formula) {
        // A warning, not a stop: a team's own phrases (config `statuses`) stay possible.
        cell.dataValidation = {
          type: 'list', allowBlank: true, formulae: [formula],
          showErrorMessage: true, errorStyle: 'warning', errorTitle: validationTitle, error: validationError,
        };
      }
    }
  });
  return wb;
}

export async function templateBuffer(kind: TableKind, opts: TemplateOptions): Promise<Uint8Array> {
  const buf = await buildTemplate(kind, opts).xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
