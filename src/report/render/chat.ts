/**
 * `kolops report monthly --format chat` (and `-o report.txt`): the month in one short
 * message to paste into a WhatsApp or Telegram group — `*bold*`, `_italic_` and `- `
 * lists, no tables, no headings. Per brand the target (listed vs target), the PR-pack
 * answers, who posted late (days late) and who has not posted (deadline); the content
 * calendar, one line per platform with last month's beside it (only when the month has a
 * calendar); the affiliate funnels; what moved against last month; the finding counts.
 *
 * At most CHAT_MAX_LINES lines: a list of KOLs shows the first few ("and 9 more"), and
 * when there are many brands or funnels the longest section is cut first ("and 2 more
 * brands"). Never an address or a phone number: the report's KOL lines (the only place
 * addresses live) are not read, `--include-contact` is ignored (report-command says so),
 * and a run of eight or more digits in a sheet text is blotted out. Sheet texts cannot
 * format the message: `*` `_` `~` and backticks become look-alike characters.
 */
import { oneLine } from '../../formatters/shared.js';
import { t, type Lang } from '../../i18n/index.js';
import type { AffiliateMetrics, BrandMetrics, CalendarFigures, CalendarMetrics, MonthlyReport } from '../metrics.js';
import {
  affiliateFigures, affiliateTitle, brandFigures, calendarTitle, engagementTargetText, findingsText, formatCount, formatPercent, monthLabel,
  previousAffiliate, previousBrand, targetText, type FigureRow,
} from './index.js';

export interface ChatContext {
  lang: Lang;
}

/** The longest message, in lines, whatever the month holds. */
export const CHAT_MAX_LINES = 30;
/** KOL names shown in a late / not-posted list before "and N more". */
export const CHAT_NAMES_SHOWN = 3;

/** WhatsApp's and Telegram's formatting marks, and a look-alike that formats nothing. */
const LOOKALIKE: Readonly<Record<string, string>> = {
  '*': '\u2217', // ∗ asterisk operator
  '_': '\u02cd', // ˍ modifier letter low macron
  '~': '\u223c', // ∼ tilde operator
  '`': '\u02cb', // ˋ modifier letter grave accent
};

/** Eight digits or more, however spaced, dotted or dashed: a phone number as far as a chat is concerned. */
const DIGIT_RUN = /\+?\d(?:[\s.()-]*\d){7,}/g;

/** Sheet text made inert in a chat message: one line, no phone-like digit run, no formatting mark. */
export function escapeChat(s: string): string {
  return oneLine(s).replace(DIGIT_RUN, '…').replace(/[*_~`]/g, (c) => LOOKALIKE[c]!);
}

const bold = (s: string) => `*${s}*`;
const italic = (s: string) => `_${s}_`;
const item = (s: string) => `- ${s}`;

/** "A, B, C and 9 more": the first CHAT_NAMES_SHOWN entries, then how many are left. */
function shortList(entries: readonly string[], lang: Lang): string {
  const shown = entries.slice(0, CHAT_NAMES_SHOWN).join(', ');
  const more = entries.length - CHAT_NAMES_SHOWN;
  return more > 0 ? t('report-chat:and-more', lang, { list: shown, more }) : shown;
}

function brandBlock(b: BrandMetrics, lang: Lang): string[] {
  const out = [`${b.targetMet ? '✅' : '❌'} ${bold(escapeChat(b.brand))} — ${targetText(b, lang)}`];
  out.push(item(t('report-chat:status', lang, { agreed: b.agreed, declined: b.declined, unreachable: b.unreachable, pending: b.pending })));
  if (b.agreed > 0) {
    out.push(item(t('report-chat:posting', lang, { posted: b.posted, agreed: b.agreed, onTime: b.onTime, late: b.late, notPosted: b.notPosted })));
  }
  if (b.lateKols.length > 0) {
    // Most days late first: the names a short list keeps are the ones to chase.
    const late = [...b.lateKols].sort((x, y) => y.daysLate - x.daysLate)
      .map((k) => t('report-chat:late-kol', lang, { kol: escapeChat(k.kol), days: k.daysLate }));
    out.push(item(t('report-chat:late', lang, { count: b.late, list: shortList(late, lang) })));
  }
  if (b.notPostedKols.length > 0) {
    // Earliest deadline first, no deadline last.
    const notPosted = [...b.notPostedKols].sort((x, y) => (x.deadline ?? '9999').localeCompare(y.deadline ?? '9999'))
      .map((k) => (k.deadline === null
        ? t('report-chat:not-posted-kol-no-deadline', lang, { kol: escapeChat(k.kol) })
        : t('report-chat:not-posted-kol', lang, { kol: escapeChat(k.kol), deadline: k.deadline })));
    out.push(item(t('report-chat:not-posted', lang, { count: b.notPosted, list: shortList(notPosted, lang) })));
  }
  return out;
}

function funnelLine(a: AffiliateMetrics, lang: Lang): string {
  const n = (v: number | null) => (v === null ? t('report:not-stated', lang) : formatCount(v, lang));
  return item(t('report-chat:funnel', lang, {
    title: escapeChat(affiliateTitle(a)), contacted: n(a.contacted), declared: n(a.dealsDeclared), rows: a.dealRows, done: a.done,
  }));
}

/**
 * A platform's calendar month in one line: "Instagram · Herbana: published 4 of 6 planned, on
 * schedule 3 of 4, approved before publishing 3 of 4, engagement 2.9% over reach, target
 * 3.0%: not met; August 2024: published 5 of 5, engagement 3.5%".
 */
function calendarLine(c: CalendarMetrics, report: MonthlyReport, lang: Lang): string {
  const notStated = t('report:not-stated', lang);
  const of = (n: number | null, total: number) => (n === null ? notStated : t('report-chat:of', lang, { n, of: total }));
  const rate = (f: CalendarFigures) => (f.engagementRate === null ? notStated : formatPercent(f.engagementRate, lang));
  const engagement = c.engagementRate === null || c.engagementBasis === null
    ? `${notStated}, ${engagementTargetText(c, lang)}`
    : t('report-chat:engagement', lang, { rate: rate(c), basis: t(`report:calendar-basis-${c.engagementBasis}`, lang), target: engagementTargetText(c, lang) });
  const line = t('report-chat:calendar', lang, {
    title: escapeChat(calendarTitle(c)), published: c.published, planned: c.planned,
    onSchedule: of(c.onSchedule, c.due), approved: of(c.approvedBeforePublishing, c.goingOut), engagement,
  });
  if (!c.previous) return item(line);
  return item(t('report-chat:calendar-previous', lang, {
    line, previous: monthLabel(report.previousMonth.month, lang), published: c.previous.published, planned: c.previous.planned, engagement: rate(c.previous),
  }));
}

/** The brand figures a chat compares: the listing, the answers and the postings (not the tier mix). */
const BRAND_CHANGES = new Set(['listed', 'agreed', 'acceptance', 'posted', 'on-time', 'late', 'not-posted']);

/** "Deals declared 5 (↓ −5 from 10); Done 11 (↑ +1 from 10)", or null when nothing moved. */
function moved(figures: readonly FigureRow[], lang: Lang): string | null {
  const parts: string[] = [];
  for (const f of figures) {
    if (f.previous === undefined) continue;
    if (f.trend) {
      if (f.trend.arrow !== '=') parts.push(t('report-chat:change-figure', lang, { label: f.label, value: f.valueText, change: f.changeText, previous: f.previousText }));
    } else if (f.valueText !== f.previousText) {
      // A count the sheet stated last month and not this month (or the other way round).
      parts.push(t('report-chat:change-unstated', lang, { label: f.label, value: f.valueText, previous: f.previousText }));
    }
  }
  return parts.length ? parts.join('; ') : null;
}

/** What moved since last month, one line per brand and funnel that was there last month too. */
function changeLines(report: MonthlyReport, lang: Lang): string[] {
  const previous = monthLabel(report.previousMonth.month, lang);
  if (report.previousMonth.brands.length === 0 && report.previousMonth.affiliate.length === 0) {
    // The calendar's lines carry last month's figures themselves: this says only that nothing else has any.
    const calendarHasPrevious = report.calendar.some((c) => c.previous !== null);
    return [item(t(calendarHasPrevious ? 'report-chat:nothing-previous-but-calendar' : 'report-chat:nothing-previous', lang, { previous }))];
  }
  const lines: string[] = [];
  const fresh: string[] = [];
  const line = (title: string, figures: FigureRow[]) => {
    const list = moved(figures, lang);
    lines.push(item(list === null ? t('report-chat:no-change', lang, { title }) : t('report-chat:changed', lang, { title, list })));
  };
  for (const b of report.brands) {
    const prev = previousBrand(report, b.brand);
    if (!prev) fresh.push(escapeChat(b.brand));
    else line(escapeChat(b.brand), brandFigures(b, prev, lang).filter((f) => BRAND_CHANGES.has(f.key)));
  }
  for (const a of report.affiliate) {
    const prev = previousAffiliate(report, a);
    if (!prev) fresh.push(escapeChat(affiliateTitle(a)));
    else line(escapeChat(affiliateTitle(a)), affiliateFigures(a, prev, lang));
  }
  const gone = [
    ...report.previousMonth.brands.filter((p) => !report.brands.some((b) => b.brand === p.brand)).map((p) => escapeChat(p.brand)),
    ...report.previousMonth.affiliate.filter((p) => !report.affiliate.some((a) => a.platform === p.platform && a.brand === p.brand))
      .map((p) => escapeChat(affiliateTitle(p))),
  ];
  if (fresh.length) lines.push(item(t('report-chat:new', lang, { previous, list: fresh.join(', ') })));
  if (gone.length) lines.push(item(t('report-chat:gone', lang, { previous, list: gone.join(', ') })));
  return lines;
}

interface Sections {
  brands: string[][];
  calendar: string[];
  funnels: string[];
  changes: string[];
}

interface Caps {
  brands: number;
  calendar: number;
  funnels: number;
  changes: number;
}

function assemble(report: MonthlyReport, s: Sections, caps: Caps, lang: Lang): string[] {
  const month = monthLabel(report.month, lang);
  const previous = monthLabel(report.previousMonth.month, lang);
  const out = [bold(t('report:title', lang, { month })), italic(t('report:as-of', lang, { asOf: report.asOf, previous })), ''];

  if (s.brands.length === 0) out.push(italic(t('report:no-listing', lang, { month })), '');
  for (const block of s.brands.slice(0, caps.brands)) out.push(...block, '');
  if (s.brands.length > caps.brands) out.push(italic(t('report-chat:more-brands', lang, { count: s.brands.length - caps.brands })), '');

  // No calendar post this month: no heading at all, never a line of zeros.
  if (s.calendar.length > 0) {
    out.push(bold(t('report:calendar-heading', lang)));
    out.push(...s.calendar.slice(0, caps.calendar));
    if (s.calendar.length > caps.calendar) out.push(item(t('report-chat:more-platforms', lang, { count: s.calendar.length - caps.calendar })));
    out.push('');
  }

  out.push(bold(t('report:affiliate-heading', lang)));
  if (s.funnels.length === 0) out.push(italic(t('report:no-affiliate', lang, { month })));
  out.push(...s.funnels.slice(0, caps.funnels));
  if (s.funnels.length > caps.funnels) out.push(item(t('report-chat:more-funnels', lang, { count: s.funnels.length - caps.funnels })));
  out.push('');

  out.push(bold(t('report-chat:changes-heading', lang, { previous })));
  out.push(...s.changes.slice(0, caps.changes));
  if (s.changes.length > caps.changes) out.push(item(t('report-chat:more-changes', lang, { count: s.changes.length - caps.changes })));
  out.push('');

  out.push(italic(findingsText(report, lang)));
  return out;
}

/** The order a too-long message is cut in: which section, down to how many entries. */
const CUTS: readonly [keyof Caps, number][] = [
  ['changes', 3], ['funnels', 3], ['calendar', 3], ['brands', 1], ['changes', 1], ['funnels', 1], ['calendar', 1],
];

export function renderReportChat(report: MonthlyReport, ctx: ChatContext): string {
  const { lang } = ctx;
  const sections: Sections = {
    brands: report.brands.map((b) => brandBlock(b, lang)),
    calendar: report.calendar.map((c) => calendarLine(c, report, lang)),
    funnels: report.affiliate.map((a) => funnelLine(a, lang)),
    changes: changeLines(report, lang),
  };
  const caps: Caps = { brands: sections.brands.length, calendar: sections.calendar.length, funnels: sections.funnels.length, changes: sections.changes.length };
  let lines = assemble(report, sections, caps, lang);
  // Too long: the changes, the funnels and the calendar's platforms give way first (down to
  // three each), then the brands (down to one), then the others again (down to one each):
  // at one each the message is about 24 lines, whatever the month holds.
  for (const [section, floor] of CUTS) {
    while (lines.length > CHAT_MAX_LINES && caps[section] > floor) {
      caps[section]--;
      lines = assemble(report, sections, caps, lang);
    }
  }
  return lines.join('\n') + '\n';
}
