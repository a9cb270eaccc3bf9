import { describe, expect, it } from 'vitest';
import { matchHeader } from '../../src/tables/headers.js';
import { DERIVED_HEADERS, isDerivedHeader } from '../../src/writers/derive.js';

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
