import { platformSettings } from '../../calendar/settings.js';
import { listOf } from '../../i18n/index.js';
import { formatTime, inWindow, shiftZone } from '../../parsers/time.js';
import { rowPlatform } from '../../rows/calendar.js';
import { atCalendarRow, calendarPlatformName, isCancelled } from '../support.js';
import { defineRule } from '../types.js';

/** A time as typed (`19.00`); a number cell's raw value (0.79166…, 19.3) is shown as a clock instead. */
const CLOCK = /^\d{1,2}[.:]\d{2}$/;

/**
 * The SOP (`001_…` Tahap 4) posts at the audience's prime time. The windows are the
 * team's (config `calendar.platforms.<p>.primeTime`, in `calendar.timeZone`), set from the
 * account's insights; the defaults are a common starting point. A time written in
 * another zone (`20.00 WITA`) is moved into the team's before it is compared. Stories and
 * lives are held to the same windows. A post without a readable time is left alone.
 */
export default defineRule({
  meta: {
    id: 'calendar/off-prime-time',
    severity: 'info',
    kinds: ['content-calendar'],
    description: 'A post is timed outside its platform\'s prime-time windows (the team\'s, config calendar.platforms.<platform>.primeTime, in calendar.timeZone), after moving a WITA/WIT time into the team\'s zone.',
    messages: {
      'off': 'the time "{time}" is outside {platform}\'s prime time ({windows} {teamZone}); these windows are the team\'s own (calendar.platforms.{key}.primeTime in kolops.config.json): move the post into one, or set them from the account\'s insights',
      'off-shifted': 'the time "{time}" is {shifted} {teamZone}, outside {platform}\'s prime time ({windows} {teamZone}); these windows are the team\'s own (calendar.platforms.{key}.primeTime in kolops.config.json): move the post into one, or set them from the account\'s insights',
    },
  },
  create(ctx) {
    const teamZone = ctx.config.calendar.timeZone;
    return {
      calendarRow(row) {
        const platform = rowPlatform(row);
        if (!platform || !row.time?.ok || isCancelled(row)) return;
        const windows = platformSettings(ctx.config, platform).primeTime;
        if (windows.length === 0) return;
        const minutes = shiftZone(row.time.minutes, row.timeZone, teamZone);
        if (windows.some((w) => inWindow(minutes, w))) return;
        const written = row.timeText?.trim() ?? '';
        const readable = written !== '' && (CLOCK.test(written) || !/^[\d.]+$/.test(written)) ? written : formatTime(row.time.minutes);
        // Quoted with its zone: the one it names, else the team's it was read in.
        const time = /\b(?:WIB|WITA|WIT)\b/iu.test(readable) ? readable : `${readable} ${row.timeZone}`;
        const args = { time, shifted: formatTime(minutes), teamZone, platform: calendarPlatformName(platform), key: platform,
          windows: listOf(windows.map((w) => w.text), 'and') };
        ctx.report({ ...atCalendarRow(row, row.table.columns.has('publishTime') ? 'publishTime' : 'publishDate'),
          messageId: row.timeZone === teamZone ? 'off' : 'off-shifted', args });
      },
    };
  },
});
