import { platformSettings } from '../../calendar/settings.js';
import type { Platform } from '../../parsers/platform.js';
import { rowPlatform } from '../../rows/calendar.js';
import { atCalendarRow, calendarPlatformName } from '../support.js';
import { defineRule } from '../types.js';

/**
 * More hashtags than the post may carry: the caption's and the hashtag column's, once
 * each. The limit is the lower of the platform's (Instagram 5 since December 2025;
 * YouTube ignores every tag past 60) and the team's own `calendar.maxHashtags`, which
 * holds on every platform, a row with no readable platform too. The message says whose
 * limit it is, because a platform's is a wall and the team's a choice it can change.
 */
export default defineRule({
  meta: {
    id: 'calendar/too-many-hashtags',
    severity: 'warning',
    kinds: ['content-calendar'],
    description: 'A post carries more hashtags (caption and hashtag column, once each) than the platform allows (Instagram 5, YouTube 60) or than the team\'s own limit (config calendar.maxHashtags, calendar.platforms.<platform>.hashtagLimit).',
    messages: {
      'instagram': '{count, number} hashtags, but Instagram allows {limit, number} on a post since December 2025; drop {extra}',
      'youtube': '{count, number} hashtags, but YouTube ignores every hashtag of a video with more than {limit, number}; drop {extra}',
      'platform': '{count, number} hashtags, over {platform}\'s limit of {limit, number}; drop {extra}',
      'platform-config': '{count, number} hashtags, over the team\'s limit of {limit, number} for {platform} (calendar.platforms.{key}.hashtagLimit in kolops.config.json); drop {extra}',
      'team': '{count, number} hashtags, over the team\'s limit of {limit, number} (calendar.maxHashtags in kolops.config.json); drop {extra}',
    },
  },
  create(ctx) {
    /** The limit a row's hashtags are held to, and the message that says whose it is. */
    const limitFor = (platform: Platform | null) => {
      const team = ctx.config.calendar.maxHashtags ?? null;
      if (!platform) return team === null ? null : { limit: team, messageId: 'team' as const };
      const s = platformSettings(ctx.config, platform);
      if (s.hashtagLimit === null) return null;
      if (s.hashtagLimitFrom === 'team') return { limit: s.hashtagLimit, messageId: 'team' as const };
      const own = (ctx.config.calendar.platforms as Partial<Record<Platform, object>>)[platform];
      if (own && 'hashtagLimit' in own) return { limit: s.hashtagLimit, messageId: 'platform-config' as const };
      const messageId = platform === 'instagram' ? 'instagram' as const : platform === 'youtube' ? 'youtube' as const : 'platform' as const;
      return { limit: s.hashtagLimit, messageId };
    };
    return {
      calendarRow(row) {
        const count = row.hashtags.length;
        if (count === 0) return;
        const platform = rowPlatform(row);
        const found = limitFor(platform);
        if (!found || count <= found.limit) return;
        const extra = row.hashtags.slice(found.limit);
        // Tags past the limit come from the hashtag column when it adds any: that is the cell to trim.
        const column = row.hashtagsBeyondCaption.length > 0 ? 'hashtags' : 'caption';
        ctx.report({ ...atCalendarRow(row, column), messageId: found.messageId,
          args: { count, limit: found.limit, extra: extra.join(' '), platform: platform ? calendarPlatformName(platform) : '', key: platform ?? '' } });
      },
    };
  },
});
