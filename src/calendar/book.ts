/**
 * The run's content-calendar posts, kept as small records for what reads them after the
 * pass (the report's calendar section): a calendar holds tens of posts a month, but a
 * record never keeps its row's cells.
 */
import type { Config } from '../config/schema.js';
import type { CalendarStatus } from '../parsers/calendar-status.js';
import type { ContentType } from '../parsers/content-type.js';
import type { Platform } from '../parsers/platform.js';
import { shiftZone } from '../parsers/time.js';
import type { CalendarMetrics, CalendarRow } from '../rows/calendar.js';
import { rowPlatform } from '../rows/calendar.js';

export interface CalendarPost {
  readonly file: string;
  readonly sheet: string;
  readonly rowNumber: number;
  /** The row's month (its month column, else its date's, else its table's); null: undated. */
  readonly month: string | null;
  /** ISO publishing date; null when absent or unreadable. */
  readonly date: string | null;
  /** Minutes since midnight in `calendar.timeZone`; null when no time is stated or readable. */
  readonly minutes: number | null;
  readonly platform: Platform | null;
  readonly platformText: string | null;
  readonly contentType: ContentType | null;
  /** null: blank or not a known phrase (`statusKnown` tells which). */
  readonly status: CalendarStatus | null;
  readonly statusKnown: boolean;
  /** An approver named, an approval date read, or status approved. With `approvalDate` null: no readable date, so (for a post going out) an approver named. */
  readonly approved: boolean;
  /** ISO approval date; null when none is recorded or readable. */
  readonly approvalDate: string | null;
  readonly brand: string | null;
  readonly title: string | null;
  readonly postLink: string | null;
  readonly metrics: CalendarMetrics;
}

export class CalendarBook {
  readonly posts: CalendarPost[] = [];

  constructor(private readonly config: Config) {}

  addRow(row: CalendarRow): void {
    const zone = this.config.calendar.timeZone;
    const time = row.time?.ok ? shiftZone(row.time.minutes, row.timeZone, zone) : null;
    const brandFromTable = row.table.brand;
    this.posts.push({
      file: row.table.file,
      sheet: row.table.sheet,
      rowNumber: row.rowNumber,
      month: row.month,
      date: row.date?.ok ? row.date.iso : null,
      minutes: time,
      platform: rowPlatform(row),
      platformText: row.platformText,
      contentType: row.contentType?.ok ? row.contentType.type : null,
      status: row.status?.ok ? row.status.status : null,
      statusKnown: row.status?.ok ?? false,
      approved: row.approvedBy !== null || (row.approvalDate?.ok ?? false) || (row.status?.ok === true && row.status.status === 'approved'),
      approvalDate: row.approvalDate?.ok ? row.approvalDate.iso : null,
      brand: (row.brand?.ok ? row.brand.brand : null) ?? brandFromTable,
      title: row.title,
      postLink: row.postLink,
      metrics: row.metrics,
    });
  }

  /** The posts of a month (by the row's month). */
  inMonth(month: string): CalendarPost[] {
    return this.posts.filter((p) => p.month === month);
  }
}
