import { listOf } from '../../i18n/index.js';
import type { MessageArg } from '../../model/finding.js';
import { CONTENT_TYPE_LABELS, CONTENT_TYPES, type ContentType } from '../../parsers/content-type.js';
import { atCalendarRow } from '../support.js';
import { defineRule } from '../types.js';

/**
 * The content type says what is produced (a carousel is designed, a reel is filmed) and
 * is what the report counts per platform; a type kolops cannot read is counted as none.
 * The vocabulary is `parsers/content-type.ts`: whole phrases, a platform's name around a
 * type dropped, alternatives of one type (`Carousel/Slide`) read as it. A cell naming two
 * different types (`Feed/Reels`) plans two posts in one row, and says so.
 */
const ID = 'calendar/unknown-content-type';

/**
 * A type as the message names it, in the finding's language: the loanwords the team writes
 * in both (Feed, Reels, Story …) as they are, a text post in words of its own.
 */
const label = (type: ContentType): MessageArg => (type === 'text' ? { key: `${ID}:type-text` } : CONTENT_TYPE_LABELS[type]);

export default defineRule({
  meta: {
    id: ID,
    severity: 'warning',
    kinds: ['content-calendar'],
    description: 'A content type is not in the vocabulary (feed, carousel, reels, story, video, shorts, live, text post, in Indonesian and English), with a did-you-mean; or one cell names two types.',
    messages: {
      'unknown': 'content type "{value}" is not one kolops knows, so this post is counted without a type; write one of {known}',
      'did-you-mean': 'content type "{value}" is not one kolops knows, so this post is counted without a type; did you mean "{suggestion}"?',
      'two-types': 'content type "{value}" names {types}: one row is one post, so give each type its own row',
      'type-text': 'Text post',
    },
  },
  create(ctx) {
    const known = listOf(CONTENT_TYPES.map(label), 'or');
    return {
      calendarRow(row) {
        const c = row.contentType;
        if (!c || c.ok) return;
        const value = row.typeText ?? '';
        if (c.types) {
          ctx.report({ ...atCalendarRow(row, 'contentType'), messageId: 'two-types',
            args: { value, types: listOf(c.types.map(label), 'and') } });
          return;
        }
        ctx.report({ ...atCalendarRow(row, 'contentType'), messageId: c.suggestion ? 'did-you-mean' : 'unknown',
          args: { value, suggestion: c.suggestion ?? '', known } });
      },
    };
  },
});
