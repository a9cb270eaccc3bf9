import type { UiKey } from '../i18n/index.js';
import type { ColumnId, TableKind } from '../model/table.js';

/** The ids that have a header text (`init:head-<id>`) and a note (`init:note-<id>`). */
export type TemplateHead = Extract<UiKey, `init:head-${string}`> extends `init:head-${infer H}` ? H : never;
export type TemplateNote = Extract<UiKey, `init:note-${string}`> extends `init:note-${infer H}` ? H : never;

/** Which drop-down list a column gets. */
export type ListName = 'platform' | 'affiliatePlatform' | 'brand' | 'prStatus' | 'dealStatus'
  | 'calendarPlatform' | 'contentType' | 'calendarStatus';

/** One column of a template: what it means, what it is called, how it is formatted. */
export interface TemplateColumn {
  /** The canonical column `matchHeader` must map this header to. */
  readonly id: ColumnId;
  /** Catalogue suffix of the header (`init:head-<key>`) and note (`init:note-<key>`). */
  readonly head: TemplateHead;
  readonly note: TemplateNote;
  readonly width: number;
  readonly format?: 'date' | 'time' | 'number' | 'percent';
  readonly list?: ListName;
}

export const DATE_FORMAT = 'dd/mm/yyyy';
/** A time of day as the calendar's Time column shows it (19:00); `19.00` typed as text is read too. */
export const TIME_FORMAT = 'h:mm';
export const NUMBER_FORMAT = '#,##0';
export const PERCENT_FORMAT = '0.##';
/** Data rows that get formats and drop-downs. */
export const TEMPLATE_ROWS = 500;

/** Platforms KOLs post on, and shop platforms affiliates sell on (names `parsePlatform` reads). */
export const PLATFORM_LIST: readonly string[] = ['Instagram', 'TikTok', 'YouTube', 'Facebook', 'Twitter', 'Shopee', 'Tokopedia', 'Lazada'];
export const AFFILIATE_PLATFORM_LIST: readonly string[] = ['Shopee', 'TikTok Shop', 'Tokopedia', 'Lazada'];
/** The PR-pack phrases the seed's listing uses, all in the default status vocabulary. */
export const PR_STATUS_LIST: readonly string[] = ['YES (DONE)', 'YES', 'DIKIRIM', 'TIDAK BISA BARTER', 'TIDAK BISA DI CONTACT', 'PENDING'];
export const DEAL_STATUS_LIST: readonly string[] = ['DONE', 'ON PROCESS', 'CANCEL'];
/** The platforms a content calendar plans for, as `parsePlatform` reads them (X is Twitter). */
export const CALENDAR_PLATFORM_LIST: readonly string[] = ['Instagram', 'TikTok', 'YouTube', 'X', 'Facebook'];
/**
 * A post's statuses in the order it moves through the SOP, as the template's language
 * writes them. These are values the status parser reads back (src/parsers/calendar-status.ts),
 * not UI text: a language gets its own list only once the parser knows its phrases, so
 * every other language is offered the English one.
 */
export const CALENDAR_STATUS_LISTS: Readonly<Record<'en' | 'id', readonly string[]>> = {
  en: ['Draft', 'Review', 'Approved', 'Scheduled', 'Published', 'Cancelled'],
  id: ['Draft', 'Review', 'Disetujui', 'Dijadwalkan', 'Sudah Tayang', 'Batal'],
};

/**
 * The content types offered in a calendar template, in CONTENT_TYPES order, as the
 * template's language writes them: values the content-type parser reads back
 * (src/parsers/content-type.ts), not UI text. Indonesian teams write the platform words
 * as they are (Feed, Reels, Story); only a text post has a word of its own.
 */
export const CONTENT_TYPE_LISTS: Readonly<Record<'en' | 'id', readonly string[]>> = {
  en: ['Feed', 'Carousel', 'Reels', 'Story', 'Video', 'Shorts', 'Live', 'Text post'],
  id: ['Feed', 'Carousel', 'Reels', 'Story', 'Video', 'Shorts', 'Live', 'Postingan teks'],
};

const c = (id: ColumnId & TemplateHead & TemplateNote, width: number, extra: Partial<TemplateColumn> = {}): TemplateColumn =>
  ({ id, head: id, note: id, width, ...extra });

/** The columns of each template, in sheet order. */
export const TEMPLATE_COLUMNS: Readonly<Record<TableKind, readonly TemplateColumn[]>> = {
  'kol-listing': [
    c('no', 6),
    c('name', 24),
    c('followers', 12, { format: 'number' }),
    c('address', 40),
    c('postDate', 16, { format: 'date' }),
    c('prStatus', 26, { list: 'prStatus' }),
    c('platform', 14, { list: 'platform' }),
    c('brand', 16, { list: 'brand' }),
    c('link', 36),
    c('month', 16),
  ],
  'posting-recap': [
    c('name', 24),
    c('link', 36),
    c('brand', 16, { list: 'brand' }),
    c('month', 16),
    c('shipDate', 16, { format: 'date' }),
    c('deadline', 14, { format: 'date' }),
    c('postDate', 16, { format: 'date' }),
    c('postLink', 36),
    c('caption', 40),
    c('views', 12, { format: 'number' }),
    c('likes', 12, { format: 'number' }),
    c('comments', 12, { format: 'number' }),
    c('contactPerson', 14),
  ],
  'affiliate-deals': [
    c('month', 16),
    c('platform', 14, { list: 'affiliatePlatform', note: 'affiliatePlatform' }),
    c('brand', 16, { list: 'brand' }),
    c('account', 24),
    c('link', 36, { head: 'accountLink', note: 'accountLink' }),
    c('videos', 10, { format: 'number' }),
    c('lives', 10, { format: 'number' }),
    c('proof', 36),
    c('commission', 16, { format: 'percent' }),
    c('sales', 16, { format: 'number' }),
    c('target', 16, { format: 'number' }),
    c('status', 16, { list: 'dealStatus' }),
  ],
  // No weekday column: the weekday is the date's, and a typed one only gets out of step with it.
  'content-calendar': [
    c('no', 6),
    c('publishDate', 14, { format: 'date' }),
    c('publishTime', 9, { format: 'time' }),
    c('platform', 12, { list: 'calendarPlatform', note: 'calendarPlatform' }),
    c('contentType', 14, { list: 'contentType' }),
    c('title', 28),
    c('caption', 48, { note: 'calendarCaption' }),
    c('hashtags', 28),
    c('status', 14, { list: 'calendarStatus', note: 'calendarStatus' }),
    c('approvedBy', 16),
    c('approvalDate', 14, { format: 'date' }),
    c('createdDate', 14, { format: 'date' }),
    c('postLink', 36, { note: 'calendarPostLink' }),
    c('contactPerson', 14, { note: 'calendarPic' }),
    c('campaign', 18),
    c('brand', 16, { list: 'brand' }),
    c('reach', 11, { format: 'number' }),
    c('impressions', 12, { format: 'number' }),
    c('likes', 10, { format: 'number' }),
    c('comments', 10, { format: 'number' }),
    c('shares', 10, { format: 'number' }),
    c('saves', 10, { format: 'number' }),
  ],
};

export const TEMPLATE_KINDS: readonly TableKind[] = ['kol-listing', 'posting-recap', 'affiliate-deals', 'content-calendar'];

/** Catalogue key of each template's file name. */
export const TEMPLATE_FILE_KEY: Readonly<Record<TableKind, UiKey>> = {
  'kol-listing': 'init:file-listing',
  'posting-recap': 'init:file-recap',
  'affiliate-deals': 'init:file-affiliate',
  'content-calendar': 'init:file-calendar',
};
