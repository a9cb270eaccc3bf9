import { shortStretches } from '../../calendar/cadence.js';
import { platformSettings } from '../../calendar/settings.js';
import type { TableInfo } from '../../model/table.js';
import { civilFromDays, daysFromCivil, isoFromYmd } from '../../parsers/calendar.js';
import type { Platform } from '../../parsers/platform.js';
import { rowPlatform } from '../../rows/calendar.js';
import { calendarPlatformName, isCancelled } from '../support.js';
import { defineRule } from '../types.js';

interface Post { readonly day: number; readonly table: TableInfo; readonly row: number; readonly month: string | null }

interface Group { readonly platform: Platform; readonly brand: string | null; readonly posts: Post[] }

const isoOf = (day: number) => { const c = civilFromDays(day); return isoFromYmd(c.year, c.month, c.day); };

/**
 * `000_…`/`001_…`: content goes out at a steady rhythm, config
 * `calendar.platforms.<platform>.cadence` (Instagram: 3 posts every 7 days). Per platform,
 * and per brand where the row or its table names one, over the whole run: planned posts
 * with a readable date count, whatever their status, except cancelled ones. One finding
 * per short stretch (see `shortStretches`), on the first post after it — the one that
 * ends the gap — or on the last post when the stretch runs to the end. A platform
 * without a cadence (a marketplace, or one config sets to null) is not checked.
 */
export default defineRule({
  meta: {
    id: 'calendar/gap',
    severity: 'info',
    kinds: ['content-calendar'],
    description: 'A platform has fewer posts than its cadence over some stretch of the calendar (config calendar.platforms.<platform>.cadence, e.g. Instagram 3 every 7 days).',
    messages: {
      'gap': '{who}: {n, plural, =0 {no post} one {# post} other {# posts}} from {from, day} to {to, day}; the cadence is {posts, plural, one {# post} other {# posts}} every {days, plural, one {# day} other {# days}} (config calendar.platforms.{platformId}.cadence): plan more posts there, or change the cadence',
      'gap-long': '{who}: {n, plural, =0 {no post} one {# post} other {# posts}} from {from, day} to {to, day}, with no {days, plural, one {# day} other {# days}} in a row holding {posts, number}; the cadence is {posts, plural, one {# post} other {# posts}} every {days, plural, one {# day} other {# days}} (config calendar.platforms.{platformId}.cadence): plan more posts there, or change the cadence',
    },
  },
  create(ctx) {
    const groups = new Map<string, Group>();
    return {
      calendarRow(row) {
        const platform = rowPlatform(row);
        if (!platform || !row.date?.ok || isCancelled(row)) return;
        if (!platformSettings(ctx.config, platform).cadence) return;
        const brand = (row.brand?.ok ? row.brand.brand : null) ?? row.table.brand;
        const id = `${platform}\u0000${brand ?? ''}`;
        let g = groups.get(id);
        if (!g) groups.set(id, (g = { platform, brand, posts: [] }));
        g.posts.push({ day: daysFromCivil(row.date.year, row.date.month, row.date.day), table: row.table, row: row.rowNumber, month: row.month });
      },
      end() {
        for (const g of groups.values()) {
          const cadence = platformSettings(ctx.config, g.platform).cadence!;
          const posts = [...g.posts].sort((a, b) => a.day - b.day);
          for (const s of shortStretches(posts.map((p) => p.day), cadence)) {
            const at = posts.find((p) => p.day > s.to) ?? posts[posts.length - 1]!;
            const label = calendarPlatformName(g.platform);
            ctx.report({ table: at.table, row: at.row, column: 'publishDate', brand: g.brand, month: at.month,
              messageId: s.to - s.from + 1 === cadence.days ? 'gap' : 'gap-long',
              args: { who: g.brand ? `${label} (${g.brand})` : label, n: s.posts, from: isoOf(s.from), to: isoOf(s.to),
                posts: cadence.posts, days: cadence.days, platformId: g.platform } });
          }
        }
      },
    };
  },
});
