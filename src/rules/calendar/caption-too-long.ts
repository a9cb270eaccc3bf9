import { platformSettings } from '../../calendar/settings.js';
import { captionLength } from '../../parsers/caption-length.js';
import { rowPlatform } from '../../rows/calendar.js';
import { atCalendarRow, calendarPlatformName } from '../support.js';
import { defineRule } from '../types.js';

const ID = 'calendar/caption-too-long';

/**
 * What goes out is the caption and, after a blank line, the hashtag column's tags the
 * caption does not already hold; the platform refuses it, or cuts it, past its limit
 * (config `calendar.platforms.<p>.captionLimit`, defaults from each platform's help pages).
 * X counts weighted characters, so a caption that looks short can still be over.
 */
export default defineRule({
  meta: {
    id: ID,
    severity: 'error',
    kinds: ['content-calendar'],
    description: 'The caption, with the hashtag column\'s tags that go out with it, is over the platform\'s limit (Instagram 2,200 characters, TikTok 4,000, X 280 weighted, YouTube 5,000, Facebook 63,206; config calendar.platforms.<platform>.captionLimit).',
    messages: {
      'too-long': 'the caption is {length, number} characters{weighted}, over {platform}\'s limit of {limit, number} by {over, number}; shorten it',
      'too-long-with-tags': 'the caption is {captionLength, number} characters{weighted}, {length, number} with the {tags, plural, one {# tag of the hashtag column that goes} other {# tags of the hashtag column that go}} out after it, over {platform}\'s limit of {limit, number} by {over, number}; shorten it',
      'tags-push-over': 'the caption is {captionLength, number} characters{weighted} and fits, but the {tags, plural, one {# tag of the hashtag column that goes} other {# tags of the hashtag column that go}} out after it ({tagList}) make it {length, number}, over {platform}\'s limit of {limit, number} by {over, number}; drop tags or shorten the caption',
      'weighted': ' as X counts them (a link weighs 23, an emoji 2)',
    },
  },
  create(ctx) {
    return {
      calendarRow(row) {
        const platform = rowPlatform(row);
        if (!platform) return;
        const limit = platformSettings(ctx.config, platform).captionLimit;
        if (limit === null) return;
        const caption = row.caption ?? '';
        const tags = row.hashtagsBeyondCaption;
        const text = tags.length === 0 ? caption : caption ? `${caption}\n\n${tags.join(' ')}` : tags.join(' ');
        const length = captionLength(text, platform);
        if (length <= limit) return;
        const alone = captionLength(caption, platform);
        const args = {
          length, limit, over: length - limit, captionLength: alone, tags: tags.length, tagList: tags.join(' '),
          platform: calendarPlatformName(platform), weighted: platform === 'twitter' ? { key: `${ID}:weighted` } : '',
        };
        const messageId = tags.length === 0 ? 'too-long' : alone > limit ? 'too-long-with-tags' : 'tags-push-over';
        // The cell to change: the tags' when they alone push it over.
        ctx.report({ ...atCalendarRow(row, messageId === 'tags-push-over' ? 'hashtags' : 'caption'), messageId, args });
      },
    };
  },
});
