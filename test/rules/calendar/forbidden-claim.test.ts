import { describe, expect, it } from 'vitest';
import { checkMemory } from '../../helpers/memory.js';
import { checkCalendar, findingsOf } from './calendar-fixture.js';

const RULE = 'calendar/forbidden-claim';
const BAD = 'Herbana terbaik, pasti menyembuhkan darah tinggi tanpa efek samping, kata dokter @herbana.id #iklan';

describe("'calendar/forbidden-claim'", () => {
  it('fires once per claim in the caption, quoting it, in the words of its category', async () => {
    const r = await checkCalendar([{}, { caption: BAD }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId, x.args.phrase])).toEqual([
      ['G4', 'claim-superlative', 'terbaik'], ['G4', 'claim-cure', 'pasti menyembuhkan'], ['G4', 'claim-disease', 'darah tinggi'],
      ['G4', 'claim-safety', 'tanpa efek samping'], ['G4', 'claim-doctor', 'kata dokter'],
    ]);
    expect(f[0]).toMatchObject({ severity: 'error', brand: 'Herbana', month: '2025-10' });
    expect(f[1]!.message).toBe('promise to cure "pasti menyembuhkan" in the caption: herbal product ads may not promise a cure; take it out before the post goes out, or edit the post if it is already out');
  });

  it('finds what the recap rule finds in the same caption: one check, shared', async () => {
    const calendar = findingsOf(await checkCalendar([{ caption: BAD }]), RULE).map((x) => [x.messageId, x.args]);
    const recap = await checkMemory({ 'recap.xlsx': [{ name: 'Oktober 2025', rows: [
      ['KOL', 'Link', 'Brand', 'Post Date', 'Post Link', 'Caption'],
      ['Sinta', 'https://www.tiktok.com/@sinta', 'Herbana', '9 Oktober 2025', 'https://www.tiktok.com/@sinta/video/1', BAD],
    ] }] }, { year: 2025, brands: [{ name: 'Herbana', handles: ['@herbana.id'] }] });
    expect(calendar).toHaveLength(5);
    expect(findingsOf(recap, 'recap/forbidden-claim').map((x) => [x.messageId, x.args])).toEqual(calendar);
  });

  it('reads the team\'s own categories from config, and stays quiet on a clean or cancelled post', async () => {
    const r = await checkCalendar([{ caption: 'Jamu viral se-Indonesia @herbana.id #iklan' }, {}, { caption: BAD, status: 'Batal' }],
      { config: { posting: { forbiddenClaims: { viral: ['viral'] } } } });
    expect(findingsOf(r, RULE)).toMatchObject([{ row: 3, messageId: 'claim', args: { phrase: 'viral', category: 'viral' } }]);
    expect(findingsOf(r, RULE)[0]!.message).toBe('forbidden claim "viral" (category: viral) in the caption; take it out before the post goes out, or edit the post if it is already out');
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar([{ caption: 'Herbana pasti menyembuhkan @herbana.id #iklan' }], { lang: 'id' });
    expect(findingsOf(r, RULE)[0]!.message).toBe('janji kesembuhan "pasti menyembuhkan" di caption: iklan produk herbal tidak boleh menjanjikan kesembuhan; hapus sebelum konten tayang, atau edit postingannya jika sudah tayang');
  });
});
