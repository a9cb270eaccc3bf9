/**
 * Ragged rows: records with more or fewer fields than the header, reported as
 * `ragged-row` read notices. The header's field count is the reference, so this module
 * also says which of the first records is the header.
 */
import type { ReadNotice } from '../../model/source.js';
import type { CsvRecord } from './tokenizer.js';

/** How many leading records the header is looked for in. */
export const HEADER_SCAN_RECORDS = 30;

function isBlank(field: string): boolean {
  return field.trim() === '';
}

function nonEmptyCount(r: CsvRecord): number {
  return r.fields.filter((f) => !isBlank(f)).length;
}

/** The field count most non-blank records share (ties: the larger). */
function modalWidth(head: readonly CsvRecord[]): number {
  const freq = new Map<number, number>();
  for (const r of head) if (nonEmptyCount(r) > 0) freq.set(r.fields.length, (freq.get(r.fields.length) ?? 0) + 1);
  let best = { width: 0, n: 0 };
  for (const [width, n] of freq) if (n > best.n || (n === best.n && width > best.width)) best = { width, n };
  return best.width;
}

/**
 * The record whose field count is the reference: the first one with the most non-empty
 * fields among the first records, which is the header as a rule. Exception: a data row
 * with stray extra notes can outnumber the header; then every normal row after it would
 * read as short. So when that record's width is shared by no other record and an EARLIER
 * record (≥ 2 non-empty fields) has the width most records share, the earlier one wins.
 */
export function headerCandidate(head: readonly CsvRecord[]): number {
  const counts = head.map(nonEmptyCount);
  const most = Math.max(0, ...counts);
  if (most === 0) return -1;
  const best = counts.indexOf(most);
  const bestWidth = (head[best] as CsvRecord).fields.length;
  const sameWidth = head.filter((r) => nonEmptyCount(r) > 0 && r.fields.length === bestWidth).length;
  if (sameWidth > 1) return best;
  const modal = modalWidth(head);
  const earlier = head.findIndex((r, i) => i < best && (counts[i] ?? 0) >= 2 && r.fields.length === modal);
  return earlier >= 0 ? earlier : best;
}

/**
 * The field count to report if `fields` does not fit `expected`, else null. Trailing
 * empty fields beyond the header are harmless (`a;b;c;`), and a blank record is a blank
 * row, not a ragged one.
 */
export function raggedFieldCount(fields: readonly string[], expected: number): number | null {
  if (fields.length > expected) {
    let last = fields.length - 1;
    while (last >= expected && isBlank(fields[last] as string)) last--;
    return last >= expected ? last + 1 : null;
  }
  if (fields.length < expected && fields.some((f) => !isBlank(f))) return fields.length;
  return null;
}

/** Where one sheet's ragged-row notices go. */
export interface RaggedRowNotices {
  readonly sheet: string;
  readonly notices: ReadNotice[];
  /** Lines already reported, so iterating the rows twice does not duplicate notices. */
  readonly reported: Set<number>;
}

export function checkRagged(r: CsvRecord, expected: number, ctx: RaggedRowNotices): void {
  const found = raggedFieldCount(r.fields, expected);
  if (found === null || ctx.reported.has(r.line)) return;
  ctx.reported.add(r.line);
  ctx.notices.push({ code: 'ragged-row', sheet: ctx.sheet, rowNumber: r.line, args: { found, expected } });
}
