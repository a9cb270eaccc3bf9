import { ruleMessage, t, type Lang } from '../i18n/index.js';
import { columnLetter } from '../model/cell.js';
import { UnreadableFileError, type SheetState, type WorkbookSource } from '../model/source.js';
import { openWorkbook } from '../readers/index.js';
import fileUnreadable from '../rules/file/unreadable.js';
import { cellLine, escapeLine, isBlankCell } from './cells.js';

/** A sheet name as a cell reference writes it: quoted when it is not a plain word (`'Okt 2024'!B7`). */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${escapeLine(name).replace(/'/g, "''")}'`;
}

function stateLabel(state: SheetState, lang: Lang): string {
  return state === 'visible' ? '' : ` (${t(state === 'hidden' ? 'textconv:hidden' : 'textconv:very-hidden', lang)})`;
}

/** git hands textconv a temp file named after the path, but a file may still lack the extension: sniff it as xlsx. */
async function open(path: string, delimiter?: string): Promise<WorkbookSource> {
  try {
    return await openWorkbook(path, { delimiter });
  } catch (err) {
    if (err instanceof UnreadableFileError && err.reason === 'unsupported-extension') return (await import('../readers/xlsx/open.js')).openXlsx(path);
    throw err;
  }
}

/**
 * A workbook as stable, line-oriented text for `git diff`: per sheet in workbook order a
 * `## Sheet` heading (`## Sheet (hidden)`), then one `Sheet!B7<TAB>value` line per
 * non-empty cell in row then column order, then a `# code: …` line per cell the reader
 * could not place or read (a reference outside the grid, a missing shared string).
 * Never throws: a file that cannot be read is one `# unreadable: <reason>` line, so git
 * never fails because of it. The few words it adds (hidden, row, unreadable and why) are
 * in `lang`; cell values, sheet names and notice codes are as they are.
 */
export async function textconv(path: string, opts: { delimiter?: string; lang?: Lang } = {}): Promise<string> {
  const lang = opts.lang ?? 'en';
  const lines: string[] = [];
  try {
    const wb = await open(path, opts.delimiter);
    for await (const sheet of wb.sheets) {
      lines.push(`## ${escapeLine(sheet.name)}${stateLabel(sheet.state, lang)}`);
      const ref = sheetRef(sheet.name);
      for await (const row of sheet.rows) {
        const width = Math.max(row.values.length, ...[...(row.formulas?.keys() ?? [])].map((c) => c + 1));
        for (let c = 0; c < width; c++) {
          const v = row.values[c];
          const formula = row.formulas?.get(c);
          if (isBlankCell(v, formula)) continue;
          lines.push(`${ref}!${columnLetter(c)}${row.rowNumber}\t${cellLine(v, formula)}`);
        }
      }
      // What the reader could not place or read in this sheet, so a diff shows it too.
      for (const n of wb.notices.splice(0)) lines.push(`# ${n.code}${n.rowNumber ? ` (${t('textconv:row', lang, { row: n.rowNumber })})` : ''}: ${Object.entries(n.args).map(([k, v]) => `${k}=${escapeLine(String(v))}`).join(' ')}`);
    }
  } catch (err) {
    // Said as `kolops check` says it (the file/unreadable finding), in the run's language.
    const reason = err instanceof UnreadableFileError && err.reason in fileUnreadable.meta.messages
      ? ruleMessage(fileUnreadable.meta, err.reason, lang, { detail: err.detail })
      : err instanceof Error ? err.message : String(err);
    return `# ${t('textconv:unreadable', lang)}: ${escapeLine(reason.split('\n')[0] ?? reason)}\n`;
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
