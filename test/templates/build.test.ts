import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import type { Lang } from '../../src/i18n/index.js';
import { parseCalendarStatus, type CalendarStatus } from '../../src/parsers/calendar-status.js';
import { CONTENT_TYPES, parseContentType } from '../../src/parsers/content-type.js';
import { parsePlatform } from '../../src/parsers/platform.js';
import { matchHeader } from '../../src/tables/headers.js';
import {
  buildTemplate, configText, initialConfig, listFormula, monthSheetName, TEMPLATE_COLUMNS, TEMPLATE_KINDS,
  TEMPLATE_ROWS, templateFileName, templateHeaders,
} from '../../src/templates/index.js';
import { calendarStatusList, contentTypeList } from '../../src/templates/build.js';
import { CALENDAR_PLATFORM_LIST } from '../../src/templates/spec.js';

const LANGS: readonly Lang[] = ['id', 'en'];

describe('template headers', () => {
  it('are exactly the SOP headers asked for', () => {
    expect(templateHeaders('kol-listing', 'id')).toEqual(
      ['No', 'Nama KOL', 'Followers', 'Alamat', 'Tanggal Posting', 'Status PR Pack', 'Platform', 'Merek', 'Link Profil', 'Bulan']);
    expect(templateHeaders('kol-listing', 'en')).toEqual(
      ['No', 'KOL', 'Followers', 'Address', 'Post Date', 'Willing to receive PR Pack', 'Platform', 'Brand', 'Link', 'Month']);
    expect(templateHeaders('posting-recap', 'en')).toEqual(
      ['KOL', 'Link', 'Brand', 'Month', 'PR Pack Sent', 'Deadline', 'Post Date', 'Post Link', 'Caption', 'Views', 'Likes', 'Comments', 'PIC']);
    expect(templateHeaders('affiliate-deals', 'id')).toEqual(
      ['Bulan', 'Platform', 'Merek', 'Nama Akun', 'Link', 'Video', 'Live', 'Bukti', 'Komisi (%)', 'Penjualan', 'Target', 'Status']);
    expect(templateHeaders('content-calendar', 'id')).toEqual(
      ['No', 'Tanggal', 'Jam', 'Platform', 'Jenis Konten', 'Tema / Judul', 'Caption', 'Hashtag', 'Status', 'Disetujui Oleh', 'Tanggal Disetujui',
        'Tanggal Dibuat', 'Link Posting', 'PIC', 'Campaign', 'Merek', 'Reach', 'Impresi', 'Likes', 'Komentar', 'Share', 'Save']);
    expect(templateHeaders('content-calendar', 'en')).toEqual(
      ['No', 'Date', 'Time', 'Platform', 'Content Type', 'Theme / Title', 'Caption', 'Hashtags', 'Status', 'Approved By', 'Approval Date',
        'Created Date', 'Post Link', 'PIC', 'Campaign', 'Brand', 'Reach', 'Impressions', 'Likes', 'Comments', 'Shares', 'Saves']);
  });

  it('the content calendar offers every calendar column but weekday (the date says it), month (the sheet says it) and notes', () => {
    const ids = TEMPLATE_COLUMNS['content-calendar'].map((col) => col.id);
    expect(ids).not.toContain('weekday');
    expect(ids).toEqual(expect.arrayContaining(['publishDate', 'publishTime', 'platform', 'contentType', 'title', 'caption', 'hashtags', 'status',
      'approvedBy', 'approvalDate', 'createdDate', 'postLink', 'contactPerson', 'campaign', 'brand', 'reach', 'impressions', 'likes', 'comments',
      'shares', 'saves']));
  });

  for (const lang of LANGS) {
    for (const kind of TEMPLATE_KINDS) {
      it(`${kind} (${lang}) is recognised by matchHeader as that kind, every column as the intended one`, () => {
        const match = matchHeader(templateHeaders(kind, lang));
        expect(match?.kind).toBe(kind);
        const expected = new Map(TEMPLATE_COLUMNS[kind].map((col, i) => [col.id, i]));
        expect(Object.fromEntries(match!.columns)).toEqual(Object.fromEntries(expected));
      });
    }
  }
});

describe('monthSheetName', () => {
  it('names the month in the chosen language', () => {
    expect(monthSheetName('2026-10', 'id')).toBe('Oktober 2026');
    expect(monthSheetName('2026-10', 'en')).toBe('October 2026');
    expect(monthSheetName('2026-08', 'id')).toBe('Agustus 2026');
  });
});

describe('listFormula', () => {
  it('quotes a comma-separated list, and gives up past Excel\'s 255 characters', () => {
    expect(listFormula(['DONE', 'ON PROCESS', 'CANCEL'])).toBe('"DONE,ON PROCESS,CANCEL"');
    expect(listFormula([])).toBeNull();
    expect(listFormula(['x'.repeat(256)])).toBeNull();
  });
});

describe('initialConfig', () => {
  it('is a valid config with the SOP defaults and a placeholder brand', () => {
    const cfg = configSchema.parse(JSON.parse(configText(initialConfig(2026))));
    expect(cfg.year).toBe(2026);
    expect(cfg.brands).toEqual([{ name: 'Herbana', aliases: [], handles: [] }]);
    expect(cfg.listing.monthlyTarget).toBe(20);
    expect(cfg.affiliate.deliverables).toEqual({ videos: 3, lives: 1 });
    expect(JSON.parse(configText(initialConfig(2026)))).not.toHaveProperty('$schema');
  });
});

describe('buildTemplate', () => {
  it('freezes the header, sets widths, notes, formats and drop-downs over the data rows', () => {
    const wb = buildTemplate('kol-listing', { lang: 'en', month: '2026-10', brands: ['Herbana', 'Herbamojo', 'A, B'] });
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('October 2026');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(4).width).toBe(40);
    expect(String(ws.getCell('C1').note)).toMatch(/354K/);
    expect(ws.getCell('C2').numFmt).toBe('#,##0');
    expect(ws.getCell('E2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell(`E${TEMPLATE_ROWS + 1}`).numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('G2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Instagram,TikTok,YouTube,Facebook,Twitter,Shopee,Tokopedia,Lazada"'] });
    // A brand with a comma cannot stand in an inline list: it is left out, not split.
    expect(ws.getCell('H2').dataValidation?.formulae).toEqual(['"Herbana,Herbamojo"']);
    expect(ws.getCell('F2').dataValidation?.formulae?.[0]).toContain('TIDAK BISA DI CONTACT');
    expect(ws.getCell('A2').dataValidation).toBeUndefined();
  });

  it('gives file names in each language', () => {
    expect(TEMPLATE_KINDS.map((k) => templateFileName(k, 'id'))).toEqual(['daftar-kol.xlsx', 'rekap-posting.xlsx', 'deal-affiliate.xlsx', 'kalender-konten.xlsx']);
    expect(TEMPLATE_KINDS.map((k) => templateFileName(k, 'en'))).toEqual(['kol-listing.xlsx', 'posting-recap.xlsx', 'affiliate-deals.xlsx', 'content-calendar.xlsx']);
  });

  const formulaOf = (ws: ReturnType<typeof buildTemplate>['worksheets'][number], col: string) => {
    const f = ws.getCell(`${col}2`).dataValidation?.formulae?.[0];
    return typeof f === 'string' ? f.replace(/^"|"$/g, '').split(',') : [];
  };

  for (const [lang, statuses, textPost] of [
    ['en', ['Draft', 'Review', 'Approved', 'Scheduled', 'Published', 'Cancelled'], 'Text post'],
    ['id', ['Draft', 'Review', 'Disetujui', 'Dijadwalkan', 'Sudah Tayang', 'Batal'], 'Postingan teks'],
  ] as const) {
    it(`content calendar (${lang}): date, time and number formats, and drop-downs whose every value kolops reads back`, () => {
      const wb = buildTemplate('content-calendar', { lang, month: '2024-10', brands: ['Herbana', 'Herbamojo', 'EssentialDHARI'], timeZone: 'WITA' });
      const ws = wb.worksheets[0]!;
      expect(ws.name).toBe(monthSheetName('2024-10', lang));
      for (const col of ['B', 'K', 'L']) expect(ws.getCell(`${col}2`).numFmt).toBe('dd/mm/yyyy');
      expect(ws.getCell('C2').numFmt).toBe('h:mm');
      expect(ws.getCell(`C${TEMPLATE_ROWS + 1}`).numFmt).toBe('h:mm');
      for (const col of ['Q', 'R', 'S', 'T', 'U', 'V']) expect(ws.getCell(`${col}2`).numFmt).toBe('#,##0');

      const platforms = formulaOf(ws, 'D');
      expect(platforms).toEqual(['Instagram', 'TikTok', 'YouTube', 'X', 'Facebook']);
      expect(platforms.map((p) => parsePlatform(p))).toEqual(
        ['instagram', 'tiktok', 'youtube', 'twitter', 'facebook'].map((platform) => ({ ok: true, platform })));

      const types = formulaOf(ws, 'E');
      expect(types.map((x) => parseContentType(x))).toEqual(CONTENT_TYPES.map((type) => ({ ok: true, type })));
      // A text post in the template's language (the other types are the words both languages write).
      expect(types.at(-1)).toBe(textPost);
      expect(String(ws.getCell('E1').note)).toContain(types.join(', '));

      expect(formulaOf(ws, 'I')).toEqual([...statuses]);
      expect(statuses.map((x) => parseCalendarStatus(x))).toEqual(
        (['draft', 'review', 'approved', 'scheduled', 'published', 'cancelled'] as CalendarStatus[]).map((status) => ({ ok: true, status })));

      expect(formulaOf(ws, 'P')).toEqual(['Herbana', 'Herbamojo', 'EssentialDHARI']);
      for (const col of ['A', 'F', 'G', 'H', 'J', 'M', 'N', 'O']) expect(ws.getCell(`${col}2`).dataValidation).toBeUndefined();
      // Notes carry the config's zone and lead time, and name the list's values.
      expect(String(ws.getCell('C1').note)).toContain('WITA');
      expect(String(ws.getCell('L1').note)).toMatch(/14/);
      expect(String(ws.getCell('I1').note)).toContain(statuses.join(', '));
      expect(String(ws.getCell('D1').note)).toContain(CALENDAR_PLATFORM_LIST.join(', '));
    });
  }

  it('offers a language the status and content-type parsers do not know the English words', () => {
    expect(calendarStatusList('qps')).toEqual(calendarStatusList('en'));
    expect(contentTypeList('qps')).toEqual(contentTypeList('en'));
  });
});
