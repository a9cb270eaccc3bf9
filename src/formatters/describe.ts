/**
 * `kolops describe` output: a readable account per file, sheet and table (text), or the
 * same facts as data (json). Words come from the catalogue; ids (kinds, columns, how a
 * header matched, where a month came from) are the same in every language.
 */
import { columnRef, format, kindRef, t, type Lang } from '../i18n/index.js';
import { formatMonth } from '../i18n/message-format.js';
import type { DescribedFile, DescribedTable } from '../model/described.js';
import { displayPath, oneLine } from './shared.js';

export interface DescribeContext {
  lang: Lang;
  version: string;
  cwd: string;
}

/** A column's name, as a table of `kindId` names it (a calendar's status is not a deal's). */
const label = (id: string, lang: Lang, kindId?: string) => format('{c}', { c: columnRef(id, kindId) }, lang);
const kind = (k: string, lang: Lang) => format('{k}', { k: kindRef(k) }, lang);

function monthLine(tb: DescribedTable, lang: Lang): string {
  if (tb.month === null) return t(tb.monthPerRow ? 'describe:month-per-row' : 'describe:month-none', lang);
  const from = tb.monthFrom ? ` "${oneLine(tb.monthFrom)}"` : '';
  return t('describe:month', lang, { month: formatMonth(tb.month, lang), source: t(`describe:source-${tb.monthSource ?? 'option'}`, lang), from });
}

function brandLine(tb: DescribedTable, lang: Lang): string {
  if (tb.brandSource === 'sheet-or-title') return t('describe:brand-table', lang, { brand: tb.brand ?? '' });
  if (tb.brandSource === 'brand-column') return t('describe:brand-column', lang);
  if (tb.brandSource === 'group-row') {
    const none = t('describe:brand-unnamed', lang);
    return t('describe:brand-group', lang, { brands: tb.dateBrands.map((d) => `${d.column} ${d.brand ?? none}`).join(', ') });
  }
  return t('describe:brand-none', lang);
}

function tableLines(tb: DescribedTable, lang: Lang): string[] {
  const out: string[] = [];
  const why = tb.layout === 'wide' ? t('describe:why-wide', lang) : t('describe:why', lang, { columns: tb.why.map((c) => label(c, lang, tb.kind)).join(', ') });
  out.push(t('describe:table', lang, { kind: kind(tb.kind, lang), row: tb.headerRow, rows: tb.rows, layout: t(`describe:layout-${tb.layout}`, lang) }));
  out.push(`  ${why}`);
  out.push(`  ${monthLine(tb, lang)}`);
  out.push(`  ${brandLine(tb, lang)}${tb.platform ? `; ${t('describe:platform', lang, { platform: tb.platform })}` : ''}`);
  out.push(`  ${t('describe:columns', lang)}`);
  const width = Math.min(32, Math.max(0, ...tb.columns.map((c) => oneLine(c.header).length)));
  for (const c of tb.columns) {
    const header = oneLine(c.header).padEnd(width);
    const what = c.how === 'derived' ? t('describe:derived', lang)
      : c.maps === null
      ? t(c.suggestion ? 'describe:unread-suggest' : 'describe:unread', lang, { column: c.suggestion ? label(c.suggestion, lang, tb.kind) : '' })
      : `${label(c.maps, lang, tb.kind)} (${t(`describe:how-${c.how ?? 'exact'}`, lang)})`;
    out.push(`    ${c.column.padEnd(3)} ${header}  → ${what}`);
  }
  for (const s of tb.swapped) out.push(`  ${t('describe:swapped', lang, { column: label(s.column, lang, tb.kind), from: s.from, to: s.to })}`);
  return out;
}

export function formatDescribeText(files: readonly DescribedFile[], ctx: DescribeContext): string {
  const { lang } = ctx;
  const out: string[] = [];
  for (const f of files) {
    const config = f.config ? displayPath(f.config, ctx.cwd) : t('format:config-defaults', lang);
    out.push(`${displayPath(f.path, ctx.cwd)}  (${t('format:config-one', lang, { config })})`);
    if (f.unreadable) {
      out.push(`  ${oneLine(f.unreadableMessage ?? f.unreadable.reason)}`, '');
      continue;
    }
    for (const s of f.sheets) {
      const name = s.state === 'visible' ? s.name : `${s.name} (${t(`describe:state-${s.state}`, lang)})`;
      if (s.tables.length === 0) {
        const why = s.empty ? t('describe:sheet-empty', lang)
          : s.nearMiss ? t('describe:sheet-near-miss', lang, {
            found: s.nearMiss.found.map((c) => label(c, lang, s.nearMiss!.kind)).join(', '),
            kind: kind(s.nearMiss.kind, lang),
            missing: (s.nearMiss.missingSignature.length ? s.nearMiss.missingSignature : s.nearMiss.missingSubject)
              .map((c) => label(c, lang, s.nearMiss!.kind)).join(t('describe:or', lang)),
          }) : t('describe:sheet-no-table', lang);
        out.push(`  ${t('describe:sheet', lang, { sheet: oneLine(name) })}: ${why}`);
        continue;
      }
      out.push(`  ${t('describe:sheet', lang, { sheet: oneLine(name) })}`);
      for (const tb of s.tables) out.push(...tableLines(tb, lang).map((l) => `    ${l}`));
    }
    out.push('');
  }
  if (files.length === 0) out.push(t('format:nothing-checked', lang));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** The describe JSON: documented in the README ("What kolops understood"). */
export function describeJson(files: readonly DescribedFile[], ctx: DescribeContext) {
  return {
    tool: 'kolops',
    version: ctx.version,
    files: files.map((f) => ({
      path: displayPath(f.path, ctx.cwd),
      config: f.config ? displayPath(f.config, ctx.cwd) : null,
      format: f.format,
      unreadable: f.unreadable ? { reason: f.unreadable.reason, message: f.unreadableMessage ?? f.unreadable.reason } : null,
      sheets: f.sheets.map((s) => ({
        name: s.name,
        state: s.state,
        empty: s.empty,
        nearMiss: s.nearMiss ? { kind: s.nearMiss.kind, found: s.nearMiss.found, missing: s.nearMiss.missingSignature.length ? s.nearMiss.missingSignature : s.nearMiss.missingSubject } : null,
        tables: s.tables.map((tb) => ({
          kind: tb.kind,
          why: tb.why,
          layout: tb.layout,
          headerRow: tb.headerRow,
          rows: tb.rows,
          month: tb.month,
          monthSource: tb.monthSource,
          monthFrom: tb.monthFrom,
          monthPerRow: tb.monthPerRow,
          brand: tb.brand,
          brandSource: tb.brandSource,
          dateBrands: tb.dateBrands,
          platform: tb.platform,
          titleRows: tb.titleRows,
          columns: tb.columns,
          swapped: tb.swapped,
        })),
      })),
    })),
  };
}

export function formatDescribeJson(files: readonly DescribedFile[], ctx: DescribeContext): string {
  return `${JSON.stringify(describeJson(files, ctx), null, 2)}\n`;
}
