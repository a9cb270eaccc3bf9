import type { UiKey } from '../i18n/index.js';
import type { ColumnId, TableKind } from '../model/table.js';

/** The ids that have a header text (`init:head-<id>`) and a note (`init:note-<id>`). */
export type TemplateHead = Extract<UiKey, `init:head-${string}`> extends `init:head-${infer H}` ? H : never;
export type TemplateNote = Extract<UiKey, `init:note-${string}`> extends `init:note-${infer H}` ? H : never;

/** Which drop-down list a column gets. */
export type ListName = 'platform' | 'affiliatePlatform' | 'brand' | 'prStatus' | 'dealStatus';

/** One column of a template: what it means, what it is called, how it is formatted. */
export interface TemplateColumn {
  /** The canonical column `matchHeader` must map this header to. */
  readonly id: ColumnId;
  /** Catalogue suffix of the header (`init:head-<key>`) and note (`init:note-<key>`). */
  readonly head: TemplateHead;
  readonly note: TemplateNote;
  readonly width: number;
  readonly format?: 'date' | 'number' | 'percent';
  readonly list?: ListName;
}

export const DATE_FORMAT = 'dd/mm/yyyy';
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
  // Issue 16: the content calendar template is not written yet (TEMPLATE_KINDS leaves it out).
  'content-calendar': [],
};

export const TEMPLATE_KINDS: readonly TableKind[] = ['kol-listing', 'posting-recap', 'affiliate-deals'];

/** Catalogue key of each template's file name. */
export const TEMPLATE_FILE_KEY: Readonly<Record<TableKind, UiKey>> = {
  'kol-listing': 'init:file-listing',
  'posting-recap': 'init:file-recap',
  'affiliate-deals': 'init:file-affiliate',
  'content-calendar': 'init:file-calendar',
};
