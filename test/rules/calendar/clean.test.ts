import { describe, expect, it } from 'vitest';
import { CLEAN_POST, checkCalendar } from './calendar-fixture.js';

describe('a clean content calendar', () => {
  it('is read as a content calendar and gives no finding at all', async () => {
    const r = await checkCalendar([CLEAN_POST, { ...CLEAN_POST, date: 'Jumat, 10 Oktober 2025', link: 'https://www.instagram.com/reel/Cx2def/' }]);
    expect(r.files[0]!.tables).toMatchObject([{ kind: 'content-calendar', headerRow: 2, month: '2025-10', rows: 2 }]);
    expect(r.findings).toEqual([]);
  });
});
