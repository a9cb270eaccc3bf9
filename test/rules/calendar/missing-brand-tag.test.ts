import { describe, expect, it } from 'vitest';
import { checkCalendar, findingsOf } from './calendar-fixture.js';

const RULE = 'calendar/missing-brand-tag';
const UNTAGGED = 'Awali pagimu dengan segelas Herbana hangat #iklan';

describe("'calendar/missing-brand-tag'", () => {
  it('fires when the caption tags none of the brand\'s accounts', async () => {
    const r = await checkCalendar([{}, { caption: UNTAGGED }]);
    const f = findingsOf(r, RULE);
    expect(f).toMatchObject([{ severity: 'warning', row: 4, cell: 'G4', brand: 'Herbana', args: { brand: 'Herbana', handles: '@herbana.id' } }]);
    expect(f[0]!.message).toBe('the caption does not tag Herbana (@herbana.id); add the tag to the caption');
  });

  it('checks the caption only: a handle in the hashtag column does not tag the brand', async () => {
    const r = await checkCalendar([{ caption: UNTAGGED, hashtags: '#herbana @herbana.id' }]);
    expect(findingsOf(r, RULE).map((x) => x.cell)).toEqual(['G3']);
  });

  it('does not count a look-alike account, and names every handle of a brand that has several', async () => {
    const r = await checkCalendar([{ caption: 'Segelas Herbana @herbana.idx #iklan' }],
      { config: { brands: [{ name: 'Herbana', handles: ['@herbana.id', 'herbana.official'] }] } });
    expect(findingsOf(r, RULE).map((x) => x.args.handles)).toEqual(['@herbana.id, @herbana.official']);
  });

  it('stays quiet on a tagged caption, a blank one, a cancelled post, and a brand the config gives no handles', async () => {
    const r = await checkCalendar([{ caption: 'Segelas @Herbana.ID. hangat #iklan' }, { caption: '' }, { caption: UNTAGGED, status: 'Cancelled' },
      { caption: UNTAGGED, brand: 'Sariayu' }, { caption: UNTAGGED, brand: '' }],
    { config: { brands: [{ name: 'Herbana', handles: ['@herbana.id'] }, { name: 'Sariayu' }] } });
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar([{ caption: UNTAGGED }], { lang: 'id' });
    expect(findingsOf(r, RULE)[0]!.message).toBe('caption tidak menyertakan tag Herbana (@herbana.id); tambahkan tag itu di caption');
  });
});
