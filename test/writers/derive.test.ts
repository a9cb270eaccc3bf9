import { describe, expect, it } from 'vitest';
import { matchHeader } from '../../src/tables/headers.js';
import { sideBySideBands } from '../../src/tables/splitter.js';
import { affiliateHeaders, DERIVED_HEADERS, isDerivedHeader, recapHeaders } from '../../src/writers/derive.js';

const LISTING = ['No', 'KOL', 'Followers', 'Address', 'Post Date', 'Willing to receive PR Pack', 'Platform', 'Brand', 'Link Instagram', 'Tier', 'Status', 'Month'];

describe('derived headers', () => {
  it('are never taken for a table header on their own', () => {
    expect(matchHeader([...DERIVED_HEADERS])).toBeNull();
  });

  it('never take a column of the listing beside them: the header reads the same with or without them', () => {
    const plain = matchHeader(LISTING)!;
    const withDerived = matchHeader([...LISTING, '', ...DERIVED_HEADERS])!;
    expect(withDerived.kind).toBe(plain.kind);
    expect([...withDerived.columns]).toEqual([...plain.columns]);
    // Even when the team's own Followers/Tier/Status columns are missing, `kolops: …` does not stand in.
    const bare = ['No', 'KOL', 'Address', 'Willing to receive PR Pack', 'Link Instagram'];
    expect([...matchHeader([...bare, '', ...DERIVED_HEADERS])!.columns]).toEqual([...matchHeader(bare)!.columns]);
  });

  it('are recognised in any case', () => {
    expect(isDerivedHeader(' KOLOPS: followers ')).toBe(true);
    expect(isDerivedHeader('Followers')).toBe(false);
  });
});

const LONG_RECAP = ['KOL', 'Link', 'Brand', 'Bulan', 'PR Pack Sent', 'Deadline', 'Post Date', 'Post Link', 'Caption', 'Views', 'Likes', 'Comments', 'PIC'];
const WIDE_RECAP = ['No', 'Herbamojo', 'Tanggal Posting', 'Tanggal Posting'];
const DEAL_BLOCK = ['No', 'Nama Akun', 'Link', 'Status'];
const DEAL_LONG = ['Bulan', 'Platform', 'Merek', 'Nama Akun', 'Link', 'Video', 'Live', 'Bukti', 'Komisi (%)', 'Penjualan', 'Target', 'Status'];

describe('derived headers of recaps and affiliate tables', () => {
  const wide = recapHeaders({ wide: true, dateColumns: [{ column: 2, brand: 'Herbamojo' }, { column: 3, brand: 'Herbana' }] });
  const long = recapHeaders({ wide: false, dateColumns: [{ column: 6, brand: null }] });
  const deals = affiliateHeaders(false);
  const dealsLong = affiliateHeaders(true);

  it('are named as the issue asks', () => {
    expect(wide).toEqual(['kolops: Account', 'kolops: Brand', 'kolops: Post date Herbamojo', 'kolops: Post date Herbana', 'kolops: Posted', 'kolops: Month']);
    expect(long).toEqual(['kolops: Account', 'kolops: Brand', 'kolops: Post date', 'kolops: Posted', 'kolops: Month']);
    expect(deals).toEqual(['kolops: Account', 'kolops: Platform', 'kolops: Brand', 'kolops: Status', 'kolops: Month']);
    expect(dealsLong).toEqual([...deals, 'kolops: Commission %']);
    // Two date columns for one brand, or none named: the column letter keeps them apart.
    expect(recapHeaders({ wide: true, dateColumns: [{ column: 2, brand: 'Herbana' }, { column: 3, brand: 'Herbana' }, { column: 4, brand: null }] }))
      .toEqual(['kolops: Account', 'kolops: Brand', 'kolops: Post date Herbana (C)', 'kolops: Post date Herbana (D)', 'kolops: Post date E', 'kolops: Posted', 'kolops: Month']);
  });

  it('are never a table header on their own, nor a side-by-side band', () => {
    for (const h of [wide, long, deals, dealsLong]) expect(matchHeader(h), h.join('|')).toBeNull();
    for (const h of [wide, long, deals, dealsLong]) {
      // A `kolops: …` header is never taken for the team's column, whatever words follow.
      const m = matchHeader(['No', 'KOL', 'Followers', 'Link', ...h]);
      expect(m, h.join('|')).not.toBeNull();
      for (const index of m!.columns.values()) expect(index, h.join('|')).toBeLessThan(4);
    }
  });

  it('never take a column of the table beside them', () => {
    const cases: [string[], string[]][] = [[LONG_RECAP, long], [WIDE_RECAP, wide], [DEAL_BLOCK, deals], [DEAL_LONG, dealsLong], [LISTING, long], [LISTING, deals]];
    for (const [header, derived] of cases) {
      const plain = matchHeader(header)!;
      const withDerived = matchHeader([...header, '', ...derived])!;
      expect(withDerived.kind, header.join('|')).toBe(plain.kind);
      expect([...withDerived.columns], header.join('|')).toEqual([...plain.columns]);
      const row = { rowNumber: 1, values: [...header, '', ...derived].map((text) => (text ? { type: 'string' as const, text } : undefined)) };
      expect(sideBySideBands(row), header.join('|')).toBeNull();
    }
    // The wide recap still finds its two date columns, and only those.
    expect(matchHeader([...WIDE_RECAP, '', ...wide])!.kind).toBe('posting-recap');
  });

  it('are recognised as kolops columns, the per-brand dates too', () => {
    for (const h of [...wide, ...long, ...dealsLong]) expect(isDerivedHeader(h), h).toBe(true);
    expect(isDerivedHeader('kolops: post date herbana (c)')).toBe(true);
    expect(isDerivedHeader('Tanggal Posting')).toBe(false);
    expect(isDerivedHeader('kolops: post date')).toBe(true);
    expect(isDerivedHeader('kolops: notes')).toBe(false);
  });
});
