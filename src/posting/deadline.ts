import type { Config } from '../config/schema.js';
import { daysInMonth } from '../parsers/calendar.js';
import { addDays, lastDayOfMonth } from '../parsers/date.js';

export type DeadlineSource = 'deadline-column' | 'days-after-shipment' | 'day-of-month' | 'end-of-month' | 'recap-period';

export interface Deadline {
  iso: string;
  source: DeadlineSource;
}

/**
 * One string per date computed here: a deadline is a day of a few months, but every
 * record computed its own copy, and each not-posted finding keeps its deadline (issue 17:
 * 32 bytes a finding, 50,000 of them on the bench's 300k listing). Bounded, in case a run
 * computes dates without end.
 */
const computedDates = new Map<string, string>();
function oneCopy(iso: string): string {
  const known = computedDates.get(iso);
  if (known !== undefined) return known;
  if (computedDates.size >= 65_536) computedDates.clear();
  computedDates.set(iso, iso);
  return iso;
}

/**
 * When a KOL should have posted: a Deadline cell on the row wins; else the config's
 * `posting.deadline` (`dayOfMonth`, `daysAfterShipment` — which needs the shipment
 * date, else falls back); else the last day of the listing month. Null when neither a
 * cell nor a month says.
 */
export function deadlineFor(
  facts: { deadlineCell: string | null; shipDate: string | null; month: string | null; periodEnd?: string | null },
  rule: Config['posting']['deadline'],
): Deadline | null {
  if (facts.deadlineCell) return { iso: facts.deadlineCell, source: 'deadline-column' };
  if (rule && 'daysAfterShipment' in rule && facts.shipDate) {
    return { iso: oneCopy(addDays(facts.shipDate, rule.daysAfterShipment)), source: 'days-after-shipment' };
  }
  if (facts.month) {
    if (rule && 'dayOfMonth' in rule) {
      const [y, m] = facts.month.split('-').map(Number) as [number, number];
      const day = Math.min(rule.dayOfMonth, daysInMonth(y, m));
      return { iso: oneCopy(`${facts.month}-${String(day).padStart(2, '0')}`), source: 'day-of-month' };
    }
    return { iso: oneCopy(lastDayOfMonth(facts.month)), source: 'end-of-month' };
  }
  if (facts.periodEnd) return { iso: facts.periodEnd, source: 'recap-period' };
  return null;
}
