import { describe, expect, it } from 'vitest';
import type { ColumnId, TableInfo } from '../../src/model/table.js';
import type { ListingRef, PostingRecord } from '../../src/posting/book.js';
import { chaseList, type ChaseItem } from '../../src/posting/chase.js';
import type { RecapEntry } from '../../src/rows/recap.js';

function table(p: Partial<TableInfo> & { columnIds?: ColumnId[] } = {}): TableInfo {
  const ids = p.columnIds ?? ['name', 'postDate', 'prStatus', 'brand', 'link'];
  return {
    file: '/w/kol.xlsx', sheet: 'September 2024', sheetState: 'visible', index: 0, kind: 'kol-listing', headerRow: 1,
    columns: new Map(ids.map((id, i) => [id, i])), headers: ids, titleRows: [], titleCells: [],
    contextMonth: null, month: '2024-09', monthSource: 'sheet-name', brand: null, platform: null, rows: 10, ...p,
  } as TableInfo;
}

const LISTING = table();

function listingRef(kol: string, rowNumber: number, t: TableInfo = LISTING): ListingRef {
  return {
    table: t, rowNumber, kol, key: null, nameKey: `name:${kol.toLowerCase()}`, brand: 'Herbana', platform: 'instagram',
    link: null, status: 'done', statusText: 'YES (DONE)', postDate: null, shipDate: null, deadlineCell: null,
    contactPerson: null, rowMonth: null, followers: null, address: null,
  };
}

let nextRow = 2;
/** A listing record for September 2024 (deadline the 25th) that has not posted, unless overridden. */
function rec(kol: string, p: Partial<PostingRecord> = {}): PostingRecord {
  return {
    kol, brand: 'Herbana', platform: 'instagram', link: `https://www.instagram.com/${kol.toLowerCase().replace(/\s/g, '')}/`,
    month: '2024-09', status: 'done', listing: listingRef(kol, nextRow++), listingIndex: null, recap: null, posted: null,
    deadline: { iso: '2024-09-25', source: 'day-of-month' }, shipDate: null, contactPerson: null, ...p,
  };
}

function recapEntry(kol: string, post: RecapEntry['post'], rowNumber = 5): RecapEntry {
  const t = table({ file: '/w/recap.xlsx', sheet: 'Recap', kind: 'posting-recap', columnIds: ['name', 'postDate'] });
  return {
    table: t, rowNumber, layout: 'long', dateColumn: 1, postText: '-', post, kol, nameColumn: 0, account: null,
    key: `name:${kol.toLowerCase()}`, nameKey: `name:${kol.toLowerCase()}`, brand: 'Herbana', platform: null,
    month: '2024-09', shipDate: null, deadline: null, postLink: null, caption: null, views: null, likes: null,
    comments: null, contactPerson: null, periodEnd: null,
  };
}

const OPTS = { asOf: '2024-09-20', within: 3, followUpDays: [7, 10, 14] };
const names = (items: ChaseItem[]) => items.map((i) => i.kol);
const one = (r: PostingRecord, opts: Partial<typeof OPTS> = {}) => chaseList([r], { ...OPTS, ...opts })[0];

describe('chaseList: which KOLs', () => {
  it('lists an overdue KOL with the days late, and the full item shape', () => {
    const r = rec('Ayu', { deadline: { iso: '2024-09-17', source: 'deadline-column' }, contactPerson: 'Abel Cantika' });
    expect(chaseList([r], OPTS)).toEqual([{
      kol: 'Ayu', brand: 'Herbana', platform: 'instagram', link: 'https://www.instagram.com/ayu/', month: '2024-09',
      deadline: '2024-09-17', daysLate: 3, nextFollowUp: null, ghosted: false, contactPerson: 'Abel Cantika', shipDate: null,
      source: { file: '/w/kol.xlsx', sheet: 'September 2024', row: r.listing!.rowNumber },
    }]);
  });

  it('lists a KOL due in 2 days (negative days late) and one due today (0)', () => {
    expect(one(rec('Ayu', { deadline: { iso: '2024-09-22', source: 'day-of-month' } }))?.daysLate).toBe(-2);
    expect(one(rec('Ayu', { deadline: { iso: '2024-09-20', source: 'day-of-month' } }))?.daysLate).toBe(0);
  });

  it('includes a deadline exactly `within` days ahead and leaves out one a day further', () => {
    expect(one(rec('Ayu', { deadline: { iso: '2024-09-23', source: 'day-of-month' } }))?.daysLate).toBe(-3);
    expect(one(rec('Ayu', { deadline: { iso: '2024-09-24', source: 'day-of-month' } }))).toBeUndefined();
    expect(one(rec('Ayu', { deadline: { iso: '2024-09-24', source: 'day-of-month' } }), { within: 4 })?.daysLate).toBe(-4);
  });

  it('leaves out a KOL due in 10 days with no follow-up due', () => {
    expect(chaseList([rec('Ayu', { deadline: { iso: '2024-09-30', source: 'end-of-month' } })], OPTS)).toEqual([]);
  });

  it('with --within 0 lists only what is due today or late', () => {
    const items = chaseList([
      rec('Late', { deadline: { iso: '2024-09-19', source: 'day-of-month' } }),
      rec('Today', { deadline: { iso: '2024-09-20', source: 'day-of-month' } }),
      rec('Tomorrow', { deadline: { iso: '2024-09-21', source: 'day-of-month' } }),
    ], { ...OPTS, within: 0 });
    expect(names(items)).toEqual(['Late', 'Today']);
  });

  it('leaves out a KOL who posted on or before the as-of date', () => {
    expect(chaseList([
      rec('Listing post', { posted: { iso: '2024-09-05', from: 'listing' } }),
      rec('Recap post', { posted: { iso: '2024-09-20', from: 'recap' } }),
    ], OPTS)).toEqual([]);
  });

  it('treats a post dated after the as-of date as not yet posted (replaying an old date)', () => {
    const r = rec('Leona', { posted: { iso: '2024-09-27', from: 'recap' }, deadline: { iso: '2024-09-19', source: 'day-of-month' } });
    expect(one(r)?.daysLate).toBe(1);
    expect(one(r, { asOf: '2024-09-27' })).toBeUndefined();
  });

  it('leaves out KOLs who did not agree (declined, unreachable, pending, unknown status)', () => {
    const late = { deadline: { iso: '2024-09-01', source: 'day-of-month' as const } };
    expect(chaseList([
      rec('Declined', { ...late, status: 'declined' }),
      rec('Unreachable', { ...late, status: 'unreachable' }),
      rec('Pending', { ...late, status: 'pending' }),
      rec('Unknown', { ...late, status: null }),
    ], OPTS)).toEqual([]);
  });

  it('lists agreed and shipped statuses too', () => {
    const late = { deadline: { iso: '2024-09-01', source: 'day-of-month' as const } };
    expect(names(chaseList([rec('A', { ...late, status: 'agreed' }), rec('B', { ...late, status: 'shipped' })], OPTS))).toEqual(['A', 'B']);
  });

  it('lists a recap-only KOL whose recap row says not posted, pointing at the recap row', () => {
    const entry = recapEntry('Hendra', { kind: 'not-posted' }, 7);
    const r = rec('Hendra', { status: null, listing: null, recap: entry, deadline: { iso: '2024-09-18', source: 'deadline-column' } });
    expect(one(r)).toMatchObject({ kol: 'Hendra', daysLate: 2, source: { file: '/w/recap.xlsx', sheet: 'Recap', row: 7 } });
  });

  it('leaves out a recap-only record whose post cell is unreadable (it says neither posted nor not)', () => {
    const entry = recapEntry('Hendra', { kind: 'unparseable', reason: 'unparseable' });
    const r = rec('Hendra', { status: null, listing: null, recap: entry, deadline: { iso: '2024-09-18', source: 'deadline-column' } });
    expect(one(r)).toBeUndefined();
  });

  it('leaves out a KOL with neither deadline nor shipment date', () => {
    expect(one(rec('Ayu', { deadline: null, month: null }))).toBeUndefined();
  });

  it('lists a KOL without a deadline when a follow-up is due, with daysLate and deadline null', () => {
    expect(one(rec('Ayu', { deadline: null, shipDate: '2024-09-11' }))).toMatchObject({
      deadline: null, daysLate: null, nextFollowUp: { date: '2024-09-21', day: 10 }, ghosted: false, shipDate: '2024-09-11',
    });
  });

  it('lists a ghosted KOL without a deadline', () => {
    expect(one(rec('Ayu', { deadline: null, shipDate: '2024-09-01' }))).toMatchObject({ daysLate: null, nextFollowUp: null, ghosted: true });
  });

  it('skips a listing row whose table cannot show a post (no Post Date column) when no recap covers its brand', () => {
    const noPostDate = table({ columnIds: ['name', 'prStatus', 'brand', 'link'] });
    const r = rec('Ayu', { listing: listingRef('Ayu', 3, noPostDate), deadline: { iso: '2024-09-01', source: 'day-of-month' } });
    expect(chaseList([r], OPTS)).toEqual([]);
    // A recap of that brand could show the post, so not showing it means "not posted".
    const other = rec('Budi', { status: null, listing: null, recap: recapEntry('Budi', { kind: 'posted', date: { ok: true, iso: '2024-09-02', year: 2024, month: 9, day: 2 } as never }), posted: { iso: '2024-09-02', from: 'recap' } });
    expect(names(chaseList([r, other], OPTS))).toEqual(['Ayu']);
  });
});

describe('chaseList: follow-ups on day 7, 10 and 14 after shipment', () => {
  // Shipped 2024-09-01: marks on 09-08 (day 7), 09-11 (day 10), 09-15 (day 14).
  const shipped = (p: Partial<PostingRecord> = {}) => rec('Ayu', { shipDate: '2024-09-01', deadline: { iso: '2024-10-31', source: 'day-of-month' }, ...p });
  const at = (asOf: string, within = 0) => one(shipped(), { asOf, within });

  it('before day 7, the next mark is day 7, listed once it is within the window', () => {
    expect(at('2024-09-02')).toBeUndefined();
    expect(at('2024-09-05', 3)?.nextFollowUp).toEqual({ date: '2024-09-08', day: 7 });
    expect(at('2024-09-04', 3)).toBeUndefined();
  });

  it('on a mark, that mark is next (day 7, 10, 14 on their own day)', () => {
    expect(at('2024-09-08')?.nextFollowUp).toEqual({ date: '2024-09-08', day: 7 });
    expect(at('2024-09-11')?.nextFollowUp).toEqual({ date: '2024-09-11', day: 10 });
    expect(at('2024-09-15')?.nextFollowUp).toEqual({ date: '2024-09-15', day: 14 });
    expect(at('2024-09-15')?.ghosted).toBe(false);
  });

  it('the day after a mark, the next mark is the following one', () => {
    expect(at('2024-09-09', 3)?.nextFollowUp).toEqual({ date: '2024-09-11', day: 10 });
    expect(at('2024-09-12', 3)?.nextFollowUp).toEqual({ date: '2024-09-15', day: 14 });
    expect(at('2024-09-09', 1)).toBeUndefined();
  });

  it('the day after day 14 the KOL is ghosted: listed whatever the window, with no next follow-up', () => {
    expect(at('2024-09-16')).toMatchObject({ ghosted: true, nextFollowUp: null, daysLate: -45 });
    expect(at('2024-09-30')).toMatchObject({ ghosted: true, nextFollowUp: null });
  });

  it('uses the configured days, in order, whatever order (and repeats) the config lists them in', () => {
    const next = (followUpDays: number[], asOf: string) => one(shipped(), { asOf, within: 10, followUpDays })?.nextFollowUp;
    expect(next([14, 3], '2024-09-04')).toEqual({ date: '2024-09-04', day: 3 });
    expect(next([14, 3, 3], '2024-09-05')).toEqual({ date: '2024-09-15', day: 14 });
    expect(next([3, 14], '2024-09-05')).toEqual({ date: '2024-09-15', day: 14 });
    expect(one(shipped(), { asOf: '2024-09-07', within: 0, followUpDays: [3, 5] })?.ghosted).toBe(true);
  });

  it('an overdue KOL who is not ghosted yet still shows the next follow-up', () => {
    expect(one(shipped({ deadline: { iso: '2024-09-10', source: 'days-after-shipment' } }), { asOf: '2024-09-12', within: 0 }))
      .toMatchObject({ daysLate: 2, nextFollowUp: { date: '2024-09-15', day: 14 }, ghosted: false });
  });
});

describe('chaseList: order', () => {
  it('most days late first, no deadline last; then ghosted; then the next follow-up; then the name', () => {
    const d = (iso: string) => ({ deadline: { iso, source: 'day-of-month' as const } });
    const items = chaseList([
      rec('Due soon', d('2024-09-22')),
      rec('No deadline, follow-up', { deadline: null, shipDate: '2024-09-11' }),
      rec('Very late', d('2024-09-01')),
      rec('zeta late', d('2024-09-18')),
      rec('Alpha late', d('2024-09-18')),
      rec('Late, follow-up 09-22', { ...d('2024-09-18'), shipDate: '2024-09-12' }),
      rec('Late, follow-up 09-21', { ...d('2024-09-18'), shipDate: '2024-09-11' }),
      rec('Late, ghosted', { ...d('2024-09-18'), shipDate: '2024-08-01' }),
      rec('No deadline, ghosted', { deadline: null, shipDate: '2024-08-01' }),
      rec('Due today', d('2024-09-20')),
    ], OPTS);
    expect(names(items)).toEqual([
      'Very late',
      'Late, ghosted', 'Late, follow-up 09-21', 'Late, follow-up 09-22', 'Alpha late', 'zeta late',
      'Due today', 'Due soon',
      'No deadline, ghosted', 'No deadline, follow-up',
    ]);
  });

  it('is stable for the same KOL in two months (by month)', () => {
    const late = { deadline: { iso: '2024-09-01', source: 'day-of-month' as const } };
    const items = chaseList([rec('Ayu', { ...late, month: '2024-10' }), rec('Ayu', { ...late, month: '2024-09' })], OPTS);
    expect(items.map((i) => i.month)).toEqual(['2024-09', '2024-10']);
  });
});
