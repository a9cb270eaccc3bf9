import { fold } from '../../compliance/text.js';
import type { Platform } from '../../parsers/platform.js';
import { rowPlatform } from '../../rows/calendar.js';
import { atCalendarRow, calendarPlatformName, isCancelled, placeOf } from '../support.js';
import { defineRule } from '../types.js';

/** Shorter than this once normalised, a caption is a teaser (`Coming soon!`, `Link di bio`) that may well go everywhere. */
const MIN_COMPARED = 20;

/**
 * A caption as two platforms' copies are compared: case and diacritics folded, hashtags
 * dropped (each platform gets its own), then only letters and digits kept — spaces,
 * punctuation and emoji go, the words of an @mention stay (`@herbana.id` → `herbanaid`):
 * tagging another account is a real difference.
 */
function comparedCaption(caption: string): string {
  return fold(caption).replace(/#[\p{L}\p{N}_]+/gu, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * `003_…`: each platform has its own culture and limits, so a caption written for one is
 * not pasted on another. The first row a caption is planned on stays quiet; each later
 * row with the same caption on a platform other than the first's gets one finding
 * naming the first. The same caption twice on one platform is a repeated post, not this
 * rule. Cancelled posts and rows whose platform cannot be read take no part. State: one
 * entry per distinct caption of the run.
 */
export default defineRule({
  meta: {
    id: 'calendar/same-caption',
    severity: 'warning',
    kinds: ['content-calendar'],
    description: 'The same caption (case, spaces, punctuation, emoji and hashtags aside) is planned on two platforms; each platform has its own audience and limits.',
    messages: {
      'same': 'this {platform} caption is the caption of row {firstRow} of this sheet ({firstPlatform}); each platform has its own audience and limits, so write this one for {platform}',
      'same-sheet': 'this {platform} caption is the caption of row {firstRow} of sheet "{sheet}" ({firstPlatform}); each platform has its own audience and limits, so write this one for {platform}',
      'same-file': 'this {platform} caption is the caption of {file}, sheet "{sheet}", row {firstRow} ({firstPlatform}); each platform has its own audience and limits, so write this one for {platform}',
    },
  },
  create(ctx) {
    const first = new Map<string, { file: string; sheet: string; row: number; platform: Platform }>();
    return {
      calendarRow(row) {
        const platform = rowPlatform(row);
        if (!row.caption || !platform || isCancelled(row)) return;
        const key = comparedCaption(row.caption);
        if (key.length < MIN_COMPARED) return;
        const seen = first.get(key);
        if (!seen) {
          first.set(key, { file: row.table.file, sheet: row.table.sheet, row: row.rowNumber, platform });
          return;
        }
        if (seen.platform === platform) return;
        const place = placeOf(seen, row.table);
        ctx.report({ ...atCalendarRow(row, 'caption'),
          messageId: place.where === 'file' ? 'same-file' : place.where === 'sheet' ? 'same-sheet' : 'same',
          args: { platform: calendarPlatformName(platform), firstPlatform: calendarPlatformName(seen.platform), firstRow: place.row, sheet: place.sheet, file: place.file } });
      },
    };
  },
});
